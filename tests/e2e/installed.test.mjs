// The installed package, checked for real: scripts/check-package.sh installs the .deb and
// runs this against the installed /usr/bin/talentwerk (TALENTWERK_APP), the user's own
// binary, not the end-to-end build. A fresh company file must show the first run, and a
// company created there must land in the file.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byTestId, textOf, withApp } from "./driver.mjs";

const cli = process.env.TALENTWERK_CLI;
const workdir = mkdtempSync(join(tmpdir(), "talentwerk-installed-"));
after(() => rmSync(workdir, { recursive: true, force: true }));

test("the installed program starts on a fresh company file with the first run, and creates the company", async () => {
  const db = join(workdir, "neue-firma.db");
  await withApp(db, "installed", async (browser) => {
    const name = await browser.$(byTestId("first-run-company-name"));
    await name.waitForDisplayed({ timeout: 30_000 });
    assert.ok(await (await browser.$(byTestId("first-run-demo"))).isDisplayed(), "the first run offers the demo");
    await name.setValue("Installiert GmbH");
    await (await browser.$(byTestId("first-run-create"))).click();
    await browser.waitUntil(async () => (await textOf(browser, byTestId("company-name-header"))) === "Installiert GmbH", {
      timeout: 30_000,
      timeoutMsg: "the new company's name should show in the header",
    });
  });
  const check = execFileSync(cli, ["--db", db, "check"], { encoding: "utf8" });
  assert.match(check, /Unternehmen: Installiert GmbH/, "the company landed in the file");
  assert.match(check, /Integrität: in Ordnung/);
});
