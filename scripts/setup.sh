#!/usr/bin/env bash
# Installs what Talentwerk needs on Debian/Ubuntu and is missing; a warm machine pays nothing.
# Sourced by scripts/start.sh and scripts/test.sh.
set -euo pipefail

need_apt=(
  libwebkit2gtk-4.1-dev libsoup-3.0-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
  libssl-dev build-essential file pkg-config
  xvfb xauth webkit2gtk-driver poppler-utils curl
)
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
# apt-get as root, non-interactive (through `env`: sudo drops the caller's environment).
apt_get() { "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }
# Installs those of the given Debian packages that are missing; nothing when all are there.
apt_install_missing() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "==> installing system packages: ${missing[*]}"
    apt_get update -qq
    apt_get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}
apt_install_missing "${need_apt[@]}"

for tool in cargo node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Talentwerk needs $tool: install Rust (https://rustup.rs) and Node.js 20 or newer, then run this again." >&2
    exit 1
  fi
done

# The web UI the app embeds (ui/dist), installed exactly as ui/package-lock.json pins it.
build_ui() { (cd ui && npm ci --no-audit --no-fund && npm run build); }
