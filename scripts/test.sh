#!/usr/bin/env bash
# Runs every test: formatting and lints, the core's and the shell's tests, the bindings and
# licence-list drift checks, the UI's type check and tests, the end-to-end journeys through the
# real app under Xvfb, and the installer: built, installed, started and removed again.
#
# Every cargo command here selects the whole workspace with its test targets, so Cargo
# resolves the dependencies' features the same way each time and builds typst and the WebKit
# bindings once, not once per command. (`cargo test` alone, as a developer runs it, still
# builds only the core, without the webview.)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { echo; echo "==> $*"; }

# One set of features for every cargo command: the e2e feature only adds the talentwerk-e2e
# binary, and building the app library once with it (rather than once with and once without)
# saves a full rebuild and its disk space.
features=(--features talentwerk/e2e)
# Incremental caches only help repeated builds; a clean CI run would write gigabytes of them.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step "formatting"
cargo fmt --all --check

step "user interface: install and build (the app embeds ui/dist)"
build_ui

step "core and shell tests; the shell's tests export the IPC bindings"
cargo test --workspace "${features[@]}"

step "IPC bindings and the third-party licence list are up to date"
if ! git diff --exit-code -- ui/src/bindings.gen.ts; then
  echo "ui/src/bindings.gen.ts drifted from the Rust commands: commit the regenerated file." >&2
  exit 1
fi
if ! git diff --exit-code -- THIRD-PARTY-LICENSES.md ui/src/screens/help/licenses.gen.json; then
  echo "The third-party licence list drifted from Cargo.lock/package-lock.json: commit the regenerated files." >&2
  exit 1
fi

step "lints"
cargo clippy --workspace --all-targets "${features[@]}" -- -D warnings

step "user interface: type check and tests"
(cd ui && npm run check && npm test)

step "end-to-end journeys (real app, Xvfb, tauri-driver)"
# The feature adds the binary target/debug/talentwerk-e2e, whose file dialogs answer from
# TALENTWERK_E2E_FILE (tests only: it refuses a release build). The user's
# target/debug/talentwerk is built from the same library and never runs that mode.
cargo build --workspace --tests --bins "${features[@]}"
echo "build output: $(du -sh target | cut -f1)"
# Not `npm ci`: tauri-driver lists optional binaries for macOS and Windows that the registry
# here does not serve, so the lock file cannot name them and `npm ci` refuses it. The lock
# file still pins every version that is installed.
(cd tests/e2e && npm install --no-audit --no-fund)
tests/e2e/run.sh

step "installers: build the .deb and the AppImage (release), install, start through WebDriver, remove"
TALENTWERK_UI_BUILT=1 scripts/package.sh deb appimage
scripts/check-package.sh
echo "build output: $(du -sh target | cut -f1)"
