// How fast the real app starts and how much memory it takes: run by scripts/measure-start.sh
// (which builds the release binary and the company files), not by the test suite. Each run
// starts the app through tauri-driver on a fresh copy of a company file and measures, from
// the moment the app's process was started (its start time in /proc):
//   - until the first screen is ready, and until the talent matrix shows its people after a
//     click on "Talentmatrix" (the demo's files have use cases, so they open on the dashboard);
//   - one level typed into the matrix until the new level is painted (in the page, so no
//     WebDriver round trip is counted);
//   - the proportional set size (PSS) of the app and of all its child processes (WebKit's web
//     and network processes) with the matrix open. PSS shares each library page among the
//     processes that map it; RSS would count shared libraries once per process.
import { test } from "node:test";
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { startApp } from "./driver.mjs";

const runs = Number(process.env.MEASURE_RUNS ?? 5);
const dir = process.env.MEASURE_DIR;
const files = JSON.parse(process.env.MEASURE_FILES ?? "[]"); // [{ label, file, people }]
const ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. */
function startTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19]);
}

/** Epoch milliseconds at which process `pid` started: measured against this node process's
 *  own start, whose epoch time node knows (no /proc/uptime, which containers may fake). */
function startedAt(pid) {
  return performance.timeOrigin + ((startTicks(pid) - startTicks(process.pid)) / ticks) * 1000;
}

function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return -1;
  }
}

function descendants(root) {
  const all = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  const found = [root];
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of all) {
      if (!found.includes(pid) && found.includes(parentOf(pid))) {
        found.push(pid);
        grew = true;
      }
    }
  }
  return found;
}

/** PSS in MB of one process (smaps_rollup, kB); 0 for one that ended meanwhile. */
function pss(pid) {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)[1]) / 1024;
  } catch {
    return 0;
  }
}

function appPid(db) {
  const pattern = `--db ${db.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;
  return Number(execFileSync("pgrep", ["-n", "-f", "--", pattern], { encoding: "utf8" }).trim());
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** In the page: waits for the first screen, clicks "Talentmatrix", waits until `people` rows
 *  are counted and a cell is there, and answers the epoch times after the next paint. */
function openMatrixInPage(people, done) {
  const painted = (resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(Date.now())));
  const when = (ready) =>
    new Promise((resolve) => {
      const check = () => {
        if (ready()) {
          observer.disconnect();
          painted(resolve);
          return true;
        }
        return false;
      };
      const observer = new MutationObserver(check);
      if (!check()) observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  const nav = () => document.querySelector('[data-testid="nav-matrix"]');
  const firstScreen = () => nav() && !document.querySelector('[data-testid="screen-loading"]');
  const matrixShown = () =>
    document.querySelector('[data-testid="matrix-count"]')?.textContent?.replace(/\D/g, "") === String(people) &&
    document.querySelector('[data-testid="matrix-cell"]');
  when(firstScreen).then((first) => {
    nav().click();
    when(matrixShown).then((matrix) => done({ first, matrix }));
  });
}

/** In the page: types a new level into the first cell and answers the milliseconds until the
 *  cell shows it, after the next paint. */
function editInPage(done) {
  const cell = document.querySelector('[data-testid="matrix-cell"]');
  cell.click();
  const before = cell.dataset.level;
  const level = String(((Number(before) || 0) + 1) % 4);
  const employee = cell.dataset.employeeId;
  const code = cell.dataset.competencyCode;
  const selector = `[data-testid="matrix-cell"][data-employee-id="${employee}"][data-competency-code="${code}"]`;
  const grid = document.querySelector('[data-testid="matrix-grid"]');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelector(selector)?.dataset.level === level) {
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
    }
  });
  observer.observe(grid, { subtree: true, attributes: true, attributeFilter: ["data-level"] });
  grid.dispatchEvent(new KeyboardEvent("keydown", { key: level, bubbles: true, cancelable: true }));
}

test("start, first paint of the matrix, one edit, memory", { timeout: 30 * 60_000 }, async () => {
  const results = [];
  for (const { label, file, people } of files) {
    const samples = { first: [], matrix: [], edit: [], pssApp: [], pssAll: [] };
    for (let run = 0; run < runs; run++) {
      // The same name every run: the first start of a day also makes the day's backup (see
      // samples[0]); the later ones are the everyday start the medians describe.
      const db = join(dir, `run-${label}.db`);
      for (const suffix of ["-wal", "-shm"]) rmSync(db + suffix, { force: true });
      copyFileSync(file, db);
      const browser = await startApp(db);
      try {
        const pid = appPid(db);
        const started = startedAt(pid);
        await browser.setTimeout({ script: 120_000 });
        const { first, matrix } = await browser.executeAsync(openMatrixInPage, people);
        samples.first.push(first - started);
        samples.matrix.push(matrix - started);
        samples.edit.push(await browser.executeAsync(editInPage));
        await new Promise((resolve) => setTimeout(resolve, 1_500)); // let the edit's write settle
        const tree = descendants(pid);
        samples.pssApp.push(pss(pid));
        samples.pssAll.push(tree.reduce((sum, p) => sum + pss(p), 0));
      } finally {
        await browser.deleteSession();
      }
    }
    const row = {
      label,
      first: median(samples.first),
      matrix: median(samples.matrix),
      edit: median(samples.edit),
      pssApp: median(samples.pssApp),
      pssAll: median(samples.pssAll),
    };
    console.log(JSON.stringify({ ...row, samples }));
    results.push(row);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "result.json"), JSON.stringify(results, null, 2));
});
