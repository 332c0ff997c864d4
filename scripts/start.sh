#!/usr/bin/env bash
# Quick start: installs what is missing, builds the UI and the desktop app, and starts it
# on its embedded SQLite database (talentwerk.db in the OS app data folder, or TALENTWERK_DB).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

echo "==> building the user interface"
build_ui
echo "==> building the desktop app (the release binary the installers ship)"
ui/node_modules/.bin/tauri build --ci --no-bundle
echo "==> starting Talentwerk"
exec ./target/release/talentwerk "$@"
