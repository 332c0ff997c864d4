#!/usr/bin/env bash
# Runs every test: formatting and lints, the core's tests, the bindings drift check, the UI's
# type check and tests, and the end-to-end journeys through the real app under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { echo; echo "==> $*"; }

step "formatting"
cargo fmt --all --check

step "core tests (no webview)"
cargo test -p talentwerk-core

step "user interface: install and build"
(cd ui && npm ci --no-audit --no-fund && npm run build)

step "IPC bindings are up to date"
cargo test -p talentwerk
if ! git diff --exit-code -- ui/src/bindings.gen.ts; then
  echo "ui/src/bindings.gen.ts drifted from the Rust commands: commit the regenerated file." >&2
  exit 1
fi

step "lints"
cargo clippy --workspace --all-targets -- -D warnings

step "user interface: type check and tests"
(cd ui && npm run check && npm test)

step "end-to-end journeys (real app, Xvfb, tauri-driver)"
# The e2e feature lets the journeys stand in for native file dialogs (never in a user's build;
# a release build refuses it). It builds its own binary, target/debug/talentwerk-e2e, so the
# ordinary target/debug/talentwerk stays the user's build.
cargo build -p talentwerk --features e2e --bin talentwerk-e2e
# Not `npm ci`: tauri-driver lists optional binaries for macOS and Windows that the registry
# here does not serve, so the lock file cannot name them and `npm ci` refuses it. The lock
# file still pins every version that is installed.
(cd tests/e2e && npm install --no-audit --no-fund)
tests/e2e/run.sh
