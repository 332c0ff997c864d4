#!/usr/bin/env bash
# Builds the Linux installers with the project's own tooling: the Tauri CLI pinned in
# ui/package.json runs `tauri build` (release build, version from the workspace's
# Cargo.toml). Writes target/release/bundle/deb/*.deb (and, where the AppImage tools can be
# had, target/release/bundle/appimage/*.AppImage) and prints their sizes.
# Usage: scripts/package.sh [deb|appimage ...]   (default: deb appimage)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

bundles=("$@")
((${#bundles[@]})) || bundles=(deb appimage)

echo "==> building the user interface"
(cd ui && npm ci --no-audit --no-fund && npm run build)

echo "==> building the installers: ${bundles[*]}"
ui/node_modules/.bin/tauri build --ci --bundles "$(IFS=,; echo "${bundles[*]}")"

for file in target/release/bundle/deb/*.deb target/release/bundle/appimage/*.AppImage; do
  if [ -e "$file" ]; then
    printf '%s: %s MB\n' "$file" "$(( ($(stat -c %s "$file") + 524288) / 1048576 ))"
  fi
done
