#!/usr/bin/env bash
# Runs the end-to-end journeys: a virtual display, one tauri-driver, node's test runner.
# Expects the apps built (cargo build --workspace --tests --bins --features talentwerk/e2e) and `npm ci` done in this folder.
# E2E_FILES picks the test file (default journeys.test.mjs; scripts/check-package.sh runs
# installed.test.mjs against the installed program), E2E_PATTERN a subset of its tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export TALENTWERK_APP="${TALENTWERK_APP:-$root/target/debug/talentwerk-e2e}"
export TALENTWERK_CLI="${TALENTWERK_CLI:-$root/target/debug/talentwerk-cli}"
for bin in "$TALENTWERK_APP" "$TALENTWERK_CLI"; do
  [ -x "$bin" ] || { echo "missing $bin: build it first (cargo build --workspace --tests --bins --features talentwerk/e2e)" >&2; exit 1; }
done

# Without a GPU WebKitGTK needs these, or windows stay blank.
export WEBKIT_DISABLE_DMABUF_RENDERER=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 LIBGL_ALWAYS_SOFTWARE=1
export NO_AT_BRIDGE=1

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
export DISPLAY=":$display"

# The e2e build's file dialogs answer with this path (see src-tauri/src/dialogs.rs);
# the app inherits it from tauri-driver, so it is set before the driver starts.
exchange_dir="$(mktemp -d)"
trap 'cleanup; rm -rf "$exchange_dir"' EXIT
export TALENTWERK_E2E_FILE="$exchange_dir/exchange-file"
# The app's data folder (demo file) and config folder ("Zuletzt geöffnet") for this run only:
# the journeys never touch a user's own files.
export XDG_DATA_HOME="$exchange_dir/data" XDG_CONFIG_HOME="$exchange_dir/config"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

port=4444
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
export TAURI_DRIVER_PORT=$port
mkdir -p "$here/artifacts"
"$here/node_modules/.bin/tauri-driver" --port "$port" >"$here/artifacts/tauri-driver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/status" >/dev/null 2>&1 && break
  sleep 0.1
done

cd "$here"
node --test --test-concurrency=1 ${E2E_PATTERN:+--test-name-pattern="$E2E_PATTERN"} "${E2E_FILES:-journeys.test.mjs}"
