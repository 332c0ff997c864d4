#!/usr/bin/env bash
# Checks the installer for real, as a user would meet it: installs the newest .deb from
# target/release/bundle/deb (scripts/package.sh builds it) with apt, checks its desktop entry,
# starts the installed /usr/bin/talentwerk under Xvfb on a fresh company file through one
# WebDriver journey (tests/e2e/installed.test.mjs), and removes the package again, also when
# a step fails. Then the same journey against the AppImage, when one was built. Needs root or
# sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/setup.sh
apt_install_missing desktop-file-utils
mb() { echo $(( ($(stat -c %s "$1") + 524288) / 1048576 )); }

# The journey reads the new file back with talentwerk-cli, and needs the WebDriver packages.
if [ -z "${TALENTWERK_CLI:-}" ] && [ ! -x target/debug/talentwerk-cli ]; then
  cargo build --release -p talentwerk -p talentwerk-core --bins --features tauri/custom-protocol
  export TALENTWERK_CLI="$PWD/target/release/talentwerk-cli"
fi
[ -d tests/e2e/node_modules ] || (cd tests/e2e && npm install --no-audit --no-fund)

deb="$(ls -t target/release/bundle/deb/*.deb 2>/dev/null | head -1 || true)"
[ -n "$deb" ] || { echo "no .deb in target/release/bundle/deb: run scripts/package.sh first" >&2; exit 1; }
echo "==> $deb: $(mb "$deb") MB (goal: at most 25 MB)"
if (($(stat -c %s "$deb") > 25 * 1048576)); then echo "warning: the .deb is larger than the 25 MB goal" >&2; fi

if dpkg -s talentwerk >/dev/null 2>&1; then
  echo "Talentwerk is already installed here; this check installs and removes its own copy. Remove it first (apt-get remove talentwerk)." >&2
  exit 1
fi
remove() { apt_get remove -y -qq talentwerk >/dev/null 2>&1 || true; }
trap remove EXIT

echo "==> installing $deb"
apt_get install -y -qq --no-install-recommends "./$deb"
echo "==> what it installed"
dpkg -L talentwerk | grep -E '^/usr/(bin|share/applications|share/icons/hicolor/128x128|share/doc)/' | sort
desktop="$(dpkg -L talentwerk | grep -E '^/usr/share/applications/.*\.desktop$')"
desktop-file-validate "$desktop"
grep -E '^(Name|GenericName|Comment|Categories|Exec)=' "$desktop"
grep -q '^Categories=.*Office' "$desktop" || { echo "the desktop entry must list the category Office" >&2; exit 1; }
grep -q '^Comment=.*KI-Kompetenz' "$desktop" || { echo "the desktop entry must carry the German comment" >&2; exit 1; }
[ "$(dpkg-query -W -f '${Version}' talentwerk)" = "$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)" ] \
  || { echo "the package version must be the workspace's" >&2; exit 1; }

echo "==> the installed program, through WebDriver"
TALENTWERK_APP=/usr/bin/talentwerk E2E_FILES=installed.test.mjs tests/e2e/run.sh

echo "==> removing the package"
apt_get remove -y -qq talentwerk
trap - EXIT
[ ! -e /usr/bin/talentwerk ] || { echo "/usr/bin/talentwerk is still there after removal" >&2; exit 1; }
echo "installed, started, created a company, removed: the .deb works"

appimage="$(ls -t target/release/bundle/appimage/*.AppImage 2>/dev/null | head -1 || true)"
if [ -n "$appimage" ]; then
  echo "==> $appimage: $(mb "$appimage") MB, through WebDriver"
  # Without FUSE (as on CI machines and in containers) an AppImage unpacks itself and runs;
  # on a desktop with libfuse2 it mounts itself instead.
  APPIMAGE_EXTRACT_AND_RUN=1 TALENTWERK_APP="$PWD/$appimage" E2E_FILES=installed.test.mjs tests/e2e/run.sh
  echo "started, created a company: the AppImage works"
fi
