#!/usr/bin/env bash
# Times the printed talent matrix against LibreOffice in one run, on the same machine and
# the same data: `talentwerk-cli print matrix` (database → PDF) versus
# `soffice --headless --convert-to pdf` of the XLSX that `talentwerk-cli export matrix`
# writes for the same matrix (what a user of Excel/LibreOffice does today).
# Usage: scripts/bench-print.sh [EMPLOYEES...]   (default: 250 5000)
# Installs libreoffice-calc-nogui and hyperfine when missing. Results go to stdout and
# target/bench-print/.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for pkg in libreoffice-calc-nogui hyperfine poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cargo build --release -p talentwerk-core --bin talentwerk-cli
cli="$PWD/target/release/talentwerk-cli"
out="$PWD/target/bench-print"
rm -rf "$out" && mkdir -p "$out"
# A private LibreOffice profile, so a running office or a first-start wizard cannot interfere.
profile="file://$out/lo-profile"

sizes=("$@")
((${#sizes[@]})) || sizes=(250 5000)
for n in "${sizes[@]}"; do
  db="$out/demo-$n.db"
  "$cli" --db "$db" demo --employees "$n" >/dev/null
  "$cli" --db "$db" export matrix --format xlsx --out "$out/matrix-$n.xlsx" >/dev/null
  # One untimed LibreOffice start creates its profile.
  soffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out/lo" "$out/matrix-$n.xlsx" >/dev/null 2>&1
  hyperfine -N --warmup 2 --runs 10 --export-markdown "$out/result-$n.md" \
    -n "talentwerk-cli print matrix ($n × 16)" \
    "$cli --db $db print matrix --out $out/talentwerk-$n.pdf" \
    -n "soffice --convert-to pdf ($n × 16 XLSX)" \
    "soffice -env:UserInstallation=$profile --headless --convert-to pdf --outdir $out/lo $out/matrix-$n.xlsx"
  echo "pages: talentwerk $(pdfinfo "$out/talentwerk-$n.pdf" | awk '/^Pages/ {print $2}')," \
       "LibreOffice $(pdfinfo "$out/lo/matrix-$n.pdf" | awk '/^Pages/ {print $2}')"
done
