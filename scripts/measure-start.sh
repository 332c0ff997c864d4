#!/usr/bin/env bash
# Measures start and footprint of the release app under Xvfb, as a user meets it: start to
# a visible talent matrix for the demo company (140 × 16) and for 5,000 × 100, one level
# edit until painted, and the memory (PSS) of the app and its WebKit processes with the
# matrix open. Medians of RUNS starts (default 5). Each measurement is appended to
# docs/start-measurements.csv, and the whole table is printed, so the trend stays visible.
# Usage: scripts/measure-start.sh [RUNS]
# TALENTWERK_APP=/usr/bin/talentwerk measures an installed program instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
runs="${1:-5}"
out="$PWD/target/measure-start"
rm -rf "$out" && mkdir -p "$out"

if [ -z "${TALENTWERK_APP:-}" ]; then
  echo "==> building the release app as the installers ship it"
  build_ui
  ui/node_modules/.bin/tauri build --ci --no-bundle
  export TALENTWERK_APP="$PWD/target/release/talentwerk"
fi
# The CLI with the features `tauri build` used, so no dependency is built a second time.
cargo build --release -p talentwerk -p talentwerk-core --bins --features tauri/custom-protocol
export TALENTWERK_CLI="$PWD/target/release/talentwerk-cli"

echo "==> company files"
"$TALENTWERK_CLI" --db "$out/demo-140.db" demo >/dev/null
"$TALENTWERK_CLI" --db "$out/demo-5000x100.db" demo --employees 5000 --competencies 100 >/dev/null
export MEASURE_DIR="$out" MEASURE_RUNS="$runs"
export MEASURE_FILES='[{"label":"140x16","file":"'"$out"'/demo-140.db","people":140},{"label":"5000x100","file":"'"$out"'/demo-5000x100.db","people":5000}]'

echo "==> measuring ($runs starts each)"
(cd tests/e2e && npm install --no-audit --no-fund >/dev/null)
E2E_FILES=measure.mjs tests/e2e/run.sh

csv=docs/start-measurements.csv
[ -e "$csv" ] || echo "Datum;Commit;Läufe;erste Ansicht 140x16 ms;Matrix 140x16 ms;Matrix 5000x100 ms;Änderung gezeichnet ms;PSS App MB;PSS App+WebKit 5000x100 MB" >"$csv"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const [small, large] = r;
  const round = (x) => Math.round(x);
  console.log([new Date().toISOString().slice(0, 10), process.argv[2], process.argv[3],
    round(small.first), round(small.matrix), round(large.matrix), round(large.edit),
    round(large.pssApp), round(large.pssAll)].join(";"));
' "$out/result.json" "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!docs/start-measurements.csv' || echo +)" "$runs" >>"$csv"
echo
column -t -s ';' "$csv" 2>/dev/null || cat "$csv"
