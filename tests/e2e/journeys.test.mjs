// End-to-end journeys through the real Talentwerk app: WebKitWebDriver via tauri-driver,
// one temporary database per journey (the app's --db flag), and talentwerk-cli to read
// back what really landed in the file.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = dirname(fileURLToPath(import.meta.url));
const app = process.env.TALENTWERK_APP;
const cli = process.env.TALENTWERK_CLI;
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const workdir = mkdtempSync(join(tmpdir(), "talentwerk-e2e-"));
after(() => rmSync(workdir, { recursive: true, force: true }));

const byTestId = (id) => `[data-testid="${id}"]`;

async function startApp(db) {
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    capabilities: {
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application: app, args: ["--db", db] },
    },
  });
  browser.setTimeout({ implicit: 0 });
  return browser;
}

/** The file's matrix as talentwerk-cli writes it: header and one array per employee. */
function matrixCsv(db) {
  const text = execFileSync(cli, ["--db", db, "matrix", "--format", "csv"], { encoding: "utf8" });
  const [header, ...rows] = text.trim().split("\n").map((line) => line.split(";"));
  return { header, rows };
}

async function waitForCount(browser, count) {
  const element = await browser.$(byTestId("matrix-count"));
  await element.waitForDisplayed({ timeout: 30_000 });
  await browser.waitUntil(async () => (await element.getText()).includes(String(count)), {
    timeout: 30_000,
    timeoutMsg: `the matrix should show ${count} employees`,
  });
}

test("first run: load the demo, change a level by keyboard, and find it again after a restart", async () => {
  const db = join(workdir, "demo.db");
  let browser = await startApp(db);
  let employeeId, code, level;
  try {
    await (await browser.$(byTestId("first-run-demo"))).waitForClickable({ timeout: 30_000 });
    await (await browser.$(byTestId("first-run-demo"))).click();
    await waitForCount(browser, 140);

    const first = await browser.$(byTestId("matrix-cell"));
    await first.click();
    await browser.keys(["ArrowDown", "ArrowRight"]);
    const active = await browser.$(`${byTestId("matrix-cell")}[data-active="true"]`);
    employeeId = await active.getAttribute("data-employee-id");
    code = await active.getAttribute("data-competency-code");
    assert.notEqual(
      `${employeeId}/${code}`,
      `${await first.getAttribute("data-employee-id")}/${await first.getAttribute("data-competency-code")}`,
      "arrow keys must move the active cell",
    );
    const before = await active.getAttribute("data-level");
    level = String(((Number(before || 0) + 1) % 4) || 1);
    await browser.keys([level]);
    await browser.waitUntil(async () => (await active.getAttribute("data-level")) === level, {
      timeout: 10_000,
      timeoutMsg: "typing a digit must set the active cell's level",
    });
    mkdirSync(join(here, "artifacts"), { recursive: true });
    await browser.saveScreenshot(join(here, "artifacts", "matrix.png"));
  } finally {
    await browser.deleteSession();
  }

  // The edit is in the file: read it back without the UI.
  const { header, rows } = matrixCsv(db);
  assert.equal(rows.length, 140, "the demo company has 140 active employees");
  const column = header.indexOf(code);
  assert.ok(column > 4, `the CSV must have a column for ${code}`);

  browser = await startApp(db);
  try {
    await waitForCount(browser, 140);
    const cell = await browser.$(
      `${byTestId("matrix-cell")}[data-employee-id="${employeeId}"][data-competency-code="${code}"]`,
    );
    await cell.waitForExist({ timeout: 10_000 });
    assert.equal(await cell.getAttribute("data-level"), level, "the changed level must survive a restart");
  } finally {
    await browser.deleteSession();
  }
});

test("invalid employee input shows a message at the field and saves nothing", async () => {
  const db = join(workdir, "invalid.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const before = matrixCsv(db).rows.length;
  const taken = matrixCsv(db).rows[0][0];
  const browser = await startApp(db);
  try {
    await waitForCount(browser, before);
    await (await browser.$(byTestId("nav-employees"))).click();
    await (await browser.$(byTestId("employee-new"))).click();

    // A duplicate personnel number.
    await (await browser.$(byTestId("employee-personnel-number"))).setValue(taken);
    await (await browser.$(byTestId("employee-name"))).setValue("Doppelte Nummer");
    await (await browser.$(byTestId("employee-save"))).click();
    const duplicate = await browser.$(`${byTestId("field-error")}[data-field="personnelNumber"]`);
    await duplicate.waitForDisplayed({ timeout: 10_000 });
    assert.match(await duplicate.getText(), /vergeben/, "the message says the number is taken, in German");

    // An empty name.
    await (await browser.$(byTestId("employee-personnel-number"))).setValue("E2E-1");
    await (await browser.$(byTestId("employee-name"))).setValue("   ");
    await (await browser.$(byTestId("employee-save"))).click();
    const empty = await browser.$(`${byTestId("field-error")}[data-field="name"]`);
    await empty.waitForDisplayed({ timeout: 10_000 });
  } finally {
    await browser.deleteSession();
  }
  const after = matrixCsv(db).rows;
  assert.equal(after.length, before, "no employee may be saved from invalid input");
  assert.ok(!after.some((row) => row[1] === "Doppelte Nummer"), "the rejected employee must not be in the file");
});

test("a name that looks like HTML is shown as text", async () => {
  const db = join(workdir, "xss.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const name = "<img src=x onerror=alert(1)>";
  const browser = await startApp(db);
  try {
    await waitForCount(browser, 140);
    await (await browser.$(byTestId("nav-employees"))).click();
    await (await browser.$(byTestId("employee-new"))).click();
    await (await browser.$(byTestId("employee-personnel-number"))).setValue("X-1");
    await (await browser.$(byTestId("employee-name"))).setValue(name);
    await (await browser.$(byTestId("employee-save"))).click();
    await browser.waitUntil(() => matrixCsv(db).rows.some((row) => row[1] === name), {
      timeout: 10_000,
      timeoutMsg: "the employee should be saved",
    });
    await (await browser.$(byTestId("nav-employees"))).click();
    const shown = await browser.execute((text) => {
      const rows = [...document.querySelectorAll('[data-testid="employee-row"]')];
      const row = rows.find((r) => r.textContent.includes(text));
      return { found: Boolean(row), images: document.querySelectorAll('img[src="x"]').length };
    }, name);
    assert.ok(shown.found, "the name must appear literally in the employee list");
    assert.equal(shown.images, 0, "the name must never become an <img> element");
  } finally {
    await browser.deleteSession();
  }
});
