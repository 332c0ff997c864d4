// End-to-end journeys through the real Talentwerk app: WebKitWebDriver via tauri-driver,
// one temporary database per journey (the app's --db flag), and talentwerk-cli to read
// back what really landed in the file.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, mkdirSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { artifacts, byTestId, textOf, withApp } from "./driver.mjs";

const cli = process.env.TALENTWERK_CLI;
const workdir = mkdtempSync(join(tmpdir(), "talentwerk-e2e-"));
after(() => rmSync(workdir, { recursive: true, force: true }));

/** The file's matrix as talentwerk-cli writes it: header and one array per employee. */
function matrixCsv(db) {
  const text = execFileSync(cli, ["--db", db, "matrix", "--format", "csv"], { encoding: "utf8" });
  const [header, ...rows] = text.trim().split("\n").map((line) => line.split(";"));
  return { header, rows };
}

/** Shows the matrix (a file with use cases opens on the dashboard) and waits for `count` people. */
async function waitForCount(browser, count) {
  const nav = await browser.$(byTestId("nav-matrix"));
  await nav.waitForClickable({ timeout: 30_000 });
  if ((await nav.getAttribute("aria-current")) !== "page") await nav.click();
  const element = await browser.$(byTestId("matrix-count"));
  await element.waitForDisplayed({ timeout: 30_000 });
  await browser.waitUntil(async () => (await element.getText()).includes(String(count)), {
    timeout: 30_000,
    timeoutMsg: `the matrix should show ${count} employees`,
  });
}

/** The demo's own file: in the app data folder, which run.sh points at a temporary folder. */
const demoFile = join(process.env.XDG_DATA_HOME ?? "", "de.talentwerk.app", "demo.db");

/** Moves the active matrix cell by keyboard and types a new level; returns where and what. */
async function changeLevelByKeyboard(browser) {
  const first = await browser.$(byTestId("matrix-cell"));
  await first.click();
  await browser.keys(["ArrowDown", "ArrowRight"]);
  const active = await browser.$(`${byTestId("matrix-cell")}[data-active="true"]`);
  const employeeId = await active.getAttribute("data-employee-id");
  const code = await active.getAttribute("data-competency-code");
  assert.notEqual(
    `${employeeId}/${code}`,
    `${await first.getAttribute("data-employee-id")}/${await first.getAttribute("data-competency-code")}`,
    "arrow keys must move the active cell",
  );
  const before = await active.getAttribute("data-level");
  const level = String((Number(before || 0) + 1) % 4 || 1);
  await browser.keys([level]);
  await browser.waitUntil(async () => (await active.getAttribute("data-level")) === level, {
    timeout: 10_000,
    timeoutMsg: "typing a digit must set the active cell's level",
  });
  return { employeeId, code, before, level };
}

async function cellLevel(browser, employeeId, code) {
  const cell = await browser.$(
    `${byTestId("matrix-cell")}[data-employee-id="${employeeId}"][data-competency-code="${code}"]`,
  );
  await cell.waitForExist({ timeout: 10_000 });
  return cell.getAttribute("data-level");
}

test("first run: the demo opens in its own file, keeps an edit, and leaves the own file untouched", async () => {
  const own = join(workdir, "eigene-firma.db");
  let edit;
  await withApp(own, "first-run", async (browser) => {
    const demo = await browser.$(byTestId("first-run-demo"));
    await demo.waitForClickable({ timeout: 30_000 });
    await demo.click();
    await waitForCount(browser, 140);
    await (await browser.$(byTestId("demo-banner"))).waitForDisplayed({ timeout: 10_000 });
    edit = await changeLevelByKeyboard(browser);
    mkdirSync(artifacts, { recursive: true });
    await browser.saveScreenshot(join(artifacts, "matrix.png"));

    await (await browser.$(byTestId("demo-leave"))).click();
    await (await browser.$(byTestId("first-run-demo"))).waitForDisplayed({ timeout: 10_000 });
  });

  const check = execFileSync(cli, ["--db", own, "check"], { encoding: "utf8" });
  assert.match(check, /noch keines angelegt/, "the own file never received demo data");
  const { rows } = matrixCsv(demoFile);
  assert.equal(rows.length, 140, "the demo file holds the 140 demo employees");

  await withApp(own, "restart", async (browser) => {
    const demo = await browser.$(byTestId("first-run-demo"));
    await demo.waitForClickable({ timeout: 30_000 });
    await demo.click();
    await waitForCount(browser, 140);
    assert.equal(await cellLevel(browser, edit.employeeId, edit.code), edit.level, "the demo keeps the edit");
  });
});

test("Jetzt sichern, change a level, restore: the old level is back", async () => {
  const db = join(workdir, "backup.db");
  execFileSync(cli, ["--db", db, "demo"]);
  await withApp(db, "backup-restore", async (browser) => {
    await waitForCount(browser, 140);
    await (await browser.$(byTestId("nav-settings"))).click();
    const now = await browser.$(byTestId("backup-now"));
    await now.waitForClickable({ timeout: 10_000 });
    await now.click();
    const manual = await browser.$(`${byTestId("backup-row")}[data-reason="manual"]`);
    await manual.waitForDisplayed({ timeout: 10_000 });
    assert.match(await manual.getText(), /140/, "the list counts the people in the copy");

    await (await browser.$(byTestId("nav-matrix"))).click();
    await waitForCount(browser, 140);
    const edit = await changeLevelByKeyboard(browser);

    await (await browser.$(byTestId("nav-settings"))).click();
    const row = await browser.$(`${byTestId("backup-row")}[data-reason="manual"]`);
    await row.waitForDisplayed({ timeout: 10_000 });
    await (await row.$(byTestId("backup-restore"))).click();
    const confirm = await browser.$(byTestId("confirm-ok"));
    await confirm.waitForClickable({ timeout: 10_000 });
    await confirm.click();
    await (await browser.$(`${byTestId("backup-row")}[data-reason="beforeRestore"]`)).waitForDisplayed({
      timeout: 10_000,
    });

    await (await browser.$(byTestId("nav-matrix"))).click();
    await waitForCount(browser, 140);
    assert.equal(
      (await cellLevel(browser, edit.employeeId, edit.code)) ?? "",
      edit.before ?? "",
      "after the restore the matrix shows the old level",
    );
  });
  const listed = execFileSync(cli, ["--db", db, "backups"], { encoding: "utf8" });
  assert.match(listed, /vor Wiederherstellung/, "the state before the restore was kept");
});

test("several companies: create a second company file, refuse a foreign file, go back", async () => {
  const first = join(workdir, "holding-a.db");
  execFileSync(cli, ["--db", first, "demo"]);
  const dialogFile = process.env.TALENTWERK_E2E_FILE;
  await withApp(first, "companies", async (browser) => {
    await waitForCount(browser, 140);
    // Read from the DOM each time: a file switch renders the shell afresh, and WebKit's
    // WebDriver reports no visible text for the line-clamped name box.
    const companyName = () =>
      browser.execute(() => document.querySelector('[data-testid="company-name-header"]')?.textContent ?? "");
    const demoName = await companyName();
    assert.match(demoName, /Muster Maschinenbau/, "the demo company is open");

    // "Öffnen…" on a file that is no Talentwerk database: a message, and nothing switches.
    writeFileSync(dialogFile, "Kundenliste;Umsatz\n");
    await (await browser.$(byTestId("company-menu"))).click();
    await (await browser.$(byTestId("company-open"))).click();
    await (await browser.$(byTestId("toast-error"))).waitForDisplayed({ timeout: 10_000 });
    assert.equal(await companyName(), demoName, "the open company stays open");

    // "Neue Firma…": the save dialog (stood in for by TALENTWERK_E2E_FILE) names the file.
    rmSync(dialogFile, { force: true });
    await (await browser.$(byTestId("company-menu"))).click();
    await (await browser.$(byTestId("company-new"))).click();
    await (await browser.$(byTestId("new-company-name"))).setValue("Zweite Werk GmbH");
    await (await browser.$(byTestId("new-company-save"))).click();
    await browser.waitUntil(async () => (await companyName()) === "Zweite Werk GmbH", {
      timeout: 10_000,
      timeoutMsg: "the window switches to the new company",
    });
    await waitForCount(browser, 0);
    assert.ok(existsSync(dialogFile), "the new company's file is where the dialog pointed");

    // "Zuletzt geöffnet" leads back to the first company.
    await (await browser.$(byTestId("company-menu"))).click();
    const recent = await browser.$(`${byTestId("recent-file")}[data-file-name="holding-a.db"]`);
    await recent.waitForClickable({ timeout: 10_000 });
    await recent.click();
    await browser.waitUntil(async () => (await companyName()) === demoName, {
      timeout: 10_000,
      timeoutMsg: "the first company is shown again",
    });
    await waitForCount(browser, 140);
  });
  assert.equal(matrixCsv(first).rows.length, 140, "the first company's file is unchanged");
  const created = execFileSync(cli, ["--db", dialogFile, "check"], { encoding: "utf8" });
  assert.match(created, /Zweite Werk GmbH/, "the second company lives in its own file");
  rmSync(dialogFile, { force: true });
});

async function openNewEmployeeForm(browser) {
  await (await browser.$(byTestId("nav-employees"))).click();
  const create = await browser.$(byTestId("employee-new"));
  await create.waitForClickable({ timeout: 10_000 });
  await create.click();
  await (await browser.$(byTestId("employee-name"))).waitForDisplayed({ timeout: 10_000 });
  await (await browser.$(byTestId("employee-department"))).selectByIndex(1);
}

test("invalid employee input shows a message at the field and saves nothing", async () => {
  const db = join(workdir, "invalid.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const before = matrixCsv(db).rows;
  const taken = before[0][0];
  await withApp(db, "invalid-input", async (browser) => {
    await waitForCount(browser, before.length);
    await openNewEmployeeForm(browser);

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
  });
  const after = matrixCsv(db).rows;
  assert.deepEqual(after, before, "invalid input must leave the file unchanged");
});

test("a name that looks like HTML is shown as text", async () => {
  const db = join(workdir, "xss.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const name = "<img src=x onerror=alert(1)>";
  await withApp(db, "html-name", async (browser) => {
    await waitForCount(browser, 140);
    await openNewEmployeeForm(browser);
    await (await browser.$(byTestId("employee-personnel-number"))).setValue("X-1");
    await (await browser.$(byTestId("employee-name"))).setValue(name);
    await (await browser.$(byTestId("employee-save"))).click();
    await browser.waitUntil(() => matrixCsv(db).rows.some((row) => row[1] === name), {
      timeout: 10_000,
      timeoutMsg: "the employee should be saved",
    });
    const listed = (text) => {
      const rows = [...document.querySelectorAll('[data-testid="employee-row"]')];
      const row = rows.find((r) => r.textContent.includes(text));
      return { found: Boolean(row), images: document.querySelectorAll('img[src="x"]').length };
    };
    await browser.waitUntil(async () => (await browser.execute(listed, name)).found, {
      timeout: 10_000,
      timeoutMsg: "the name must appear literally in the employee list",
    });
    const shown = await browser.execute(listed, name);
    assert.equal(shown.images, 0, "the name must never become an <img> element");
  });
});

test("import a spreadsheet with a preview, then export the matrix as XLSX", async () => {
  const db = join(workdir, "exchange.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const { header, rows } = matrixCsv(db);
  const exchangeFile = process.env.TALENTWERK_E2E_FILE;
  assert.ok(exchangeFile, "run.sh sets TALENTWERK_E2E_FILE for the e2e build's file dialogs");
  // One new person and one changed level of an existing one; the rest of the file as exported.
  const changed = rows[0].slice();
  const g1 = header.indexOf("G1");
  changed[g1] = String((Number(changed[g1] || 0) + 1) % 4);
  const newcomer = ["E2E-7", "Zoë Fähnrich-Neu", rows[0][2], "", "", "3", ...header.slice(6).map(() => "")];
  writeFileSync(exchangeFile, [header, changed, newcomer].map((r) => r.join(";")).join("\n") + "\n");

  await withApp(db, "exchange", async (browser) => {
    await waitForCount(browser, 140);
    await (await browser.$(byTestId("matrix-import"))).click();
    await (await browser.$(byTestId("import-pick"))).click();
    const counts = await browser.$(byTestId("import-counts"));
    await counts.waitForDisplayed({ timeout: 10_000 });
    assert.equal(await (await browser.$(byTestId("count-new"))).getText(), "1", "the preview shows one new person");
    assert.equal(await (await browser.$(byTestId("count-levels"))).getText(), "2", "two levels change");
    await (await browser.$(byTestId("import-apply"))).click();
    await waitForCount(browser, 141);

    rmSync(exchangeFile);
    await (await browser.$(byTestId("export-menu"))).click();
    await (await browser.$(byTestId("export-xlsx"))).click();
    await browser.waitUntil(() => existsSync(exchangeFile), {
      timeout: 10_000,
      timeoutMsg: "the export should write the chosen file",
    });
  });
  const after = matrixCsv(db).rows;
  assert.equal(after.length, 141, "the import added exactly one person and duplicated nobody");
  assert.ok(after.some((r) => r[1] === "Zoë Fähnrich-Neu" && r[5] === "3"), "the newcomer with G1 = 3");
  assert.equal(after.find((r) => r[0] === changed[0])[g1], changed[g1], "the changed level landed");
  assert.equal(readFileSync(exchangeFile).subarray(0, 2).toString(), "PK", "the export is an XLSX (ZIP) file");
});

test("print a pseudonymized department as PDF: preview, save, open, no name in the file", async () => {
  const db = join(workdir, "print.db");
  execFileSync(cli, ["--db", db, "demo"]);
  const { rows } = matrixCsv(db);
  const pdfFile = process.env.TALENTWERK_E2E_FILE;
  rmSync(pdfFile, { force: true });

  await withApp(db, "print", async (browser) => {
    await waitForCount(browser, 140);
    await (await browser.$(byTestId("print-open"))).click();
    const firstPage = await browser.$(byTestId("print-preview-page"));
    await firstPage.waitForDisplayed({ timeout: 30_000 });
    const pageCount = await browser.$(byTestId("print-page-count"));
    const allPages = await pageCount.getText();

    await (await browser.$(byTestId("print-pseudonymize"))).click();
    await (await browser.$(byTestId("print-department"))).selectByVisibleText("Vertrieb");
    await browser.waitUntil(async () => (await pageCount.getText()) !== allPages, {
      timeout: 30_000,
      timeoutMsg: "the preview should follow the department filter",
    });
    assert.ok((await firstPage.getAttribute("src")).startsWith("data:image/svg+xml"), "the preview shows the page");

    await (await browser.$(byTestId("print-save"))).click();
    const saved = await browser.$(byTestId("print-saved"));
    await saved.waitForDisplayed({ timeout: 30_000 });
    assert.ok(existsSync(pdfFile), "the PDF is written where the save dialog pointed");
    await (await browser.$(byTestId("print-open-viewer"))).click();
  });

  const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" });
  assert.ok(text.includes("Abteilung: Vertrieb"), "the header names the selection");
  assert.ok(text.includes("pseudonymisiert"), "the header says the names are replaced");
  assert.match(text, /MA-\d{3}/, "people appear by their pseudonym codes");
  for (const [, name, department] of rows) {
    if (department === "Vertrieb") assert.ok(!text.includes(name), `${name} must not appear in the PDF`);
  }
});

/** Picks the option of `select` whose text contains `text` (names may carry a department). */
async function chooseOption(browser, select, text) {
  const value = await browser.execute(
    (el, wanted) => [...el.options].find((o) => o.textContent.includes(wanted))?.value ?? null,
    select,
    text,
  );
  assert.ok(value !== null, `the list should offer ${text}`);
  await select.selectByAttribute("value", value);
}

/** Waits until no dialog is open (the app's dialogs are <dialog> or role="dialog"). */
async function dialogsClosed(browser) {
  await browser.waitUntil(
    async () => (await browser.execute(() => document.querySelectorAll("dialog[open], [role=dialog]").length)) === 0,
    { timeout: 15_000, timeoutMsg: "the dialog should close after saving" },
  );
}

/** The text of the KPI tile `kpi` on the dashboard. */
async function tileText(browser, kpi) {
  const tile = await browser.$(`${byTestId("kpi-tile")}[data-kpi="${kpi}"]`);
  await tile.waitForDisplayed({ timeout: 30_000 });
  return browser.execute((el) => el.textContent.replace(/\s+/g, " "), tile);
}

test("a use case is scored, becomes a pilot with a team, measures 5 h/week, and the dashboard shows hours and euros", async () => {
  const db = join(workdir, "pilot.db");
  execFileSync(cli, ["--db", db, "init", "--company", "Pilot GmbH"]);
  const people = join(workdir, "team.csv");
  writeFileSync(
    people,
    "Personalnummer;Name;Abteilung\n1;Anna Berg;Vertrieb\n2;Ben Cramer;Vertrieb\n3;Clara Dietz;Vertrieb\n4;David Ebert;Vertrieb\n",
  );
  execFileSync(cli, ["--db", db, "import", people, "--create-missing"]);

  await withApp(db, "pilot", async (browser) => {
    // Without use cases the app opens on the matrix.
    await waitForCount(browser, 4);
    await (await browser.$(byTestId("nav-pilots"))).click();
    const create = await browser.$(byTestId("pilots-empty-new"));
    await create.waitForClickable({ timeout: 10_000 });
    await create.click();
    await (await browser.$(byTestId("pilot-new-title"))).setValue("Angebote mit KI");
    await (await browser.$(byTestId("pilot-new-save"))).click();
    await dialogsClosed(browser);

    const card = await browser.$(`${byTestId("pilot-column")}[data-status="idea"] ${byTestId("pilot-card")}`);
    await card.waitForClickable({ timeout: 10_000 });
    await card.click();
    await (await browser.$(byTestId("pilot-detail"))).waitForDisplayed({ timeout: 10_000 });

    for (const [score, value] of [["benefit", "5"], ["risk", "2"], ["measurability", "4"]]) {
      await (await browser.$(byTestId(`pilot-score-${score}`))).selectByAttribute("value", value);
    }
    await (await browser.$(byTestId("pilot-scores-save"))).click();
    await browser.waitUntil(async () => (await (await browser.$(byTestId("pilot-priority"))).getText()).includes("13"), {
      timeout: 10_000,
      timeoutMsg: "5 + 4 + (6 − 2) = priority 13",
    });

    for (const name of ["Anna Berg", "Ben Cramer", "Clara Dietz"]) {
      await chooseOption(browser, await browser.$(byTestId("pilot-team-employee")), name);
      const add = await browser.$(byTestId("pilot-team-add"));
      await add.waitForEnabled({ timeout: 10_000, timeoutMsg: `choosing ${name} should enable "Hinzufügen"` });
      await add.click();
      await browser.waitUntil(
        async () => (await browser.execute(() => document.querySelector('[data-testid="pilot-team-table"]')?.textContent ?? "")).includes(name),
        { timeout: 10_000, timeoutMsg: `${name} should join the team` },
      );
    }

    // Idee → Bewertung → Pilot läuft, each confirmed with today's date.
    for (const next of ["evaluation", "running"]) {
      const button = await browser.$(byTestId("pilot-status-next"));
      await button.waitForClickable({ timeout: 10_000 });
      assert.equal(await button.getAttribute("data-next"), next);
      await button.click();
      await (await browser.$(byTestId("pilot-move-confirm"))).click();
      await dialogsClosed(browser);
      await browser.waitUntil(
        async () => (await (await browser.$(byTestId("pilot-status"))).getAttribute("data-status")) === next,
        { timeout: 10_000, timeoutMsg: `the pilot should move to ${next}` },
      );
    }

    await (await browser.$(byTestId("pilot-hours-input"))).setValue("5");
    await (await browser.$(byTestId("pilot-hours-save"))).click();
    await (await browser.$(byTestId("pilot-hours-entry"))).waitForExist({ timeout: 10_000 });

    await (await browser.$(byTestId("nav-dashboard"))).click();
    assert.match(await tileText(browser, "hoursPerWeek"), /\b5 h\/Woche/, "5 hours a week saved");
    // 5 h × 46 working weeks × 60 €/h, the company's defaults.
    assert.match(await tileText(browser, "eurosPerYear"), /13\.800 €\/Jahr/, "worth 13.800 € a year");
  });

  const [header, ...rows] = execFileSync(cli, ["--db", db, "pilots", "--format", "csv"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.split(";"));
  assert.equal(rows.length, 1);
  const pilot = Object.fromEntries(header.map((column, i) => [column, rows[0][i]]));
  assert.equal(pilot.Titel, "Angebote mit KI");
  assert.equal(pilot.Status, "pilot");
  assert.deepEqual([pilot.Nutzen, pilot.Risiko, pilot.Messbarkeit, pilot["Priorität"]], ["5", "2", "4", "13"]);
  assert.equal(pilot["Gemessen h/Woche"], "5");
});

test("a roadmap item ticks itself once the data proves it", async () => {
  const db = join(workdir, "roadmap.db");
  execFileSync(cli, ["--db", db, "init", "--company", "Roadmap GmbH"]);
  execFileSync(cli, ["--db", db, "pilot", "add", "--title", "Angebote mit KI", "--status", "pilot"]);
  const scalingItem = `${byTestId("roadmap-item")}[data-key="pilotScaling"]`;

  await withApp(db, "roadmap", async (browser) => {
    // With a use case, the dashboard is the start screen.
    await (await browser.$(byTestId("dashboard"))).waitForDisplayed({ timeout: 30_000 });
    await (await browser.$(byTestId("nav-roadmap"))).click();
    const item = await browser.$(scalingItem);
    await item.waitForDisplayed({ timeout: 10_000 });
    assert.equal(await item.getAttribute("data-done"), "false");

    await (await browser.$(byTestId("nav-pilots"))).click();
    const card = await browser.$(`${byTestId("pilot-column")}[data-status="running"] ${byTestId("pilot-card")}`);
    await card.waitForClickable({ timeout: 10_000 });
    // Keyboard: Alt+→ moves the card one stage on, after confirming the date.
    await browser.execute((el) => el.focus(), card);
    await browser.keys(["Alt", "ArrowRight"]);
    await (await browser.$(byTestId("pilot-move-confirm"))).click();
    await dialogsClosed(browser);
    await (await browser.$(`${byTestId("pilot-column")}[data-status="scaling"] ${byTestId("pilot-card")}`)).waitForExist({
      timeout: 10_000,
    });

    await (await browser.$(byTestId("nav-roadmap"))).click();
    const proven = await browser.$(scalingItem);
    await proven.waitForDisplayed({ timeout: 10_000 });
    assert.equal(await proven.getAttribute("data-done"), "true", "the item ticked itself");
    const proof = await browser.execute((el) => el.textContent.replace(/\s+/g, " "), proven);
    assert.match(proof, /1 Pilotprojekt in Skalierung oder abgeschlossen/, "and shows its proof");
  });

  const roadmap = execFileSync(cli, ["--db", db, "roadmap", "--format", "csv"], { encoding: "utf8" });
  assert.match(roadmap, /Ein Pilotprojekt in die Skalierung überführt;[^;]*;erledigt;/, "the CLI agrees");
});

/** Clicks the label of the radio button `testid` (the segmented controls hide the circle). */
async function chooseRadio(browser, testid) {
  const radio = await browser.$(byTestId(testid));
  await radio.waitForExist({ timeout: 10_000 });
  const label = await radio.parentElement();
  await label.waitForClickable({ timeout: 10_000 });
  await label.click();
  await browser.waitUntil(async () => radio.isSelected(), { timeout: 5_000, timeoutMsg: `${testid} should be chosen` });
}

/** A company of four in Vertrieb: the growth journeys start from it. */
function fourPeople(name) {
  const db = join(workdir, `${name}.db`);
  execFileSync(cli, ["--db", db, "init", "--company", `${name} GmbH`]);
  const people = join(workdir, `${name}.csv`);
  writeFileSync(
    people,
    "Personalnummer;Name;Abteilung\n1;Anna Berg;Vertrieb\n2;Ben Cramer;Vertrieb\n3;Clara Dietz;Vertrieb\n4;David Ebert;Vertrieb\n",
  );
  execFileSync(cli, ["--db", db, "import", people, "--create-missing"]);
  return db;
}

test("rating someone's AI maturity shows it in their radar", async () => {
  const db = fourPeople("reifegrad");
  await withApp(db, "maturity", async (browser) => {
    await waitForCount(browser, 4);
    await (await browser.$(byTestId("nav-maturity"))).click();
    await chooseRadio(browser, "maturity-view-rate");
    await chooseOption(browser, await browser.$(byTestId("maturity-person")), "Anna Berg");
    await (await browser.$(byTestId("maturity-form"))).waitForDisplayed({ timeout: 10_000 });
    const levels = { tools: 3, breadth: 2, autonomy: 2, innovation: 1, sharing: 2 };
    for (const [dimension, level] of Object.entries(levels)) {
      await chooseRadio(browser, `maturity-level-${dimension}-${level}`);
    }
    await (await browser.$(byTestId("maturity-save"))).click();
    // (3 + 2 + 2 + 1 + 2) / 5
    await browser.waitUntil(async () => (await textOf(browser, byTestId("maturity-latest"))).startsWith("2,0"), {
      timeout: 10_000,
      timeoutMsg: "the saved rating's index 2,0 should show",
    });
    for (const [dimension, level] of Object.entries(levels)) {
      const cell = await textOf(browser, `${byTestId("maturity-person-radar-table")} tr[data-dimension="${dimension}"] td`);
      assert.equal(cell, String(level), `the radar shows ${dimension} at level ${level}`);
    }
  });
});

test("a completed module proposes a level; confirmed, the matrix shows it", async () => {
  const db = fourPeople("lernpfad");
  let anna;
  await withApp(db, "learning", async (browser) => {
    await waitForCount(browser, 4);
    await (await browser.$(byTestId("nav-learning"))).click();
    const path = await browser.$(`${byTestId("learning-path")}*=Basis-Nutzer`);
    await path.waitForClickable({ timeout: 10_000 });
    await path.click();
    const enrol = await browser.$(byTestId("learning-enrol"));
    await enrol.waitForClickable({ timeout: 10_000 });
    await enrol.click();
    const person = await browser.$(byTestId("learning-enrol-person"));
    await person.waitForExist({ timeout: 10_000 });
    await chooseOption(browser, person, "Anna Berg");
    await (await browser.$(byTestId("learning-enrol-save"))).click();
    await dialogsClosed(browser);

    const row = await browser.$(byTestId("learning-participant"));
    await row.waitForExist({ timeout: 10_000 });
    anna = await row.getAttribute("data-employee-id");
    const moduleId = await browser.execute(
      (title) =>
        [...document.querySelectorAll('[data-testid="learning-module"]')]
          .find((li) => li.querySelector('[data-testid="learning-module-title"]')?.textContent.trim() === title)
          ?.getAttribute("data-module-id") ?? null,
      "Grundlagen generativer KI",
    );
    assert.ok(moduleId !== null, "Basis-Nutzer has the module Grundlagen generativer KI");
    const complete = await browser.$(
      `${byTestId("learning-participant")}[data-employee-id="${anna}"] ${byTestId("learning-cell")}[data-module-id="${moduleId}"] ${byTestId("learning-complete")}`,
    );
    await complete.click();
    await (await browser.$(byTestId("learning-complete-dialog-save"))).click();
    await dialogsClosed(browser);

    await chooseRadio(browser, "learning-view-proposals");
    const proposal = await browser.$(byTestId("learning-proposal"));
    await proposal.waitForDisplayed({ timeout: 10_000 });
    assert.match(await textOf(browser, byTestId("learning-proposal")), /Anna Berg/);
    assert.match(await textOf(browser, byTestId("learning-proposal")), /G1/);
    await (await browser.$(byTestId("learning-proposal-confirm"))).click();
    await (await browser.$(byTestId("learning-proposals-empty"))).waitForDisplayed({ timeout: 10_000 });

    await waitForCount(browser, 4);
    assert.equal(await cellLevel(browser, anna, "G1"), "1", "the matrix shows the confirmed level");
  });
  const { header, rows } = matrixCsv(db);
  const annaRow = rows.find((r) => r.includes("Anna Berg"));
  assert.equal(annaRow[header.indexOf("G1")], "1", "the file holds the trainer's assessment");
});

test("readiness names what is missing, and raising the level in the matrix raises it", async () => {
  const db = fourPeople("laufbahn");
  const readinessOf = (text) => Number(/(\d+)\s*%/.exec(text)?.[1] ?? NaN);
  await withApp(db, "readiness", async (browser) => {
    await waitForCount(browser, 4);
    await (await browser.$(byTestId("nav-ladder"))).click();
    await chooseRadio(browser, "ladder-view-readiness");
    const row = await browser.$(`${byTestId("readiness-row")}*=Anna Berg`);
    await row.waitForDisplayed({ timeout: 10_000 });
    const anna = await row.getAttribute("data-employee-id");
    const rowSelector = `${byTestId("readiness-row")}[data-employee-id="${anna}"]`;
    const before = await textOf(browser, `${rowSelector} ${byTestId("readiness")}`);
    assert.match(await textOf(browser, `${rowSelector} ${byTestId("readiness-missing")}`), /G1/, "G1 is missing");

    await waitForCount(browser, 4);
    const cell = await browser.$(`${byTestId("matrix-cell")}[data-employee-id="${anna}"][data-competency-code="G1"]`);
    await cell.click();
    await browser.keys(["1"]);
    await browser.waitUntil(async () => (await cell.getAttribute("data-level")) === "1", {
      timeout: 10_000,
      timeoutMsg: "typing 1 should set G1",
    });

    await (await browser.$(byTestId("nav-ladder"))).click();
    await chooseRadio(browser, "ladder-view-readiness");
    await (await browser.$(rowSelector)).waitForDisplayed({ timeout: 10_000 });
    await browser.waitUntil(async () => !/G1/.test(await textOf(browser, `${rowSelector} ${byTestId("readiness-missing")}`)), {
      timeout: 10_000,
      timeoutMsg: "G1 should no longer be missing",
    });
    const after = await textOf(browser, `${rowSelector} ${byTestId("readiness")}`);
    assert.ok(readinessOf(after) > readinessOf(before), `readiness rises (${before} → ${after})`);
  });
  const [header, ...rows] = execFileSync(cli, ["--db", db, "readiness", "--format", "csv"], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.split(";"));
  const anna = Object.fromEntries(header.map((column, i) => [column, rows.find((r) => r[1] === "Anna Berg")[i]]));
  assert.doesNotMatch(anna.Fehlt, /G1/, "the CLI agrees: G1 is met");
  assert.match(anna.Fehlt, /A1/, "and still names what else is missing");
});
