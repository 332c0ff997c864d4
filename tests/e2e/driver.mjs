// What every WebDriver script here shares: a session on the real Talentwerk app through
// tauri-driver (run.sh starts it and sets TAURI_DRIVER_PORT), and evidence on failure.
import { mkdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

export const here = dirname(fileURLToPath(import.meta.url));
export const artifacts = join(here, "artifacts");
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);

export const byTestId = (id) => `[data-testid="${id}"]`;

/** Starts `application` (default: TALENTWERK_APP) on the company file `db`. */
export async function startApp(db, application = process.env.TALENTWERK_APP) {
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "error",
    capabilities: {
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application, args: ["--db", db] },
    },
  });
  browser.setTimeout({ implicit: 0 });
  return browser;
}

/** Runs `journey` in a fresh app session; on failure keeps a screenshot in artifacts/. */
export async function withApp(db, name, journey, application) {
  const browser = await startApp(db, application);
  try {
    await journey(browser);
  } catch (error) {
    mkdirSync(artifacts, { recursive: true });
    // Evidence only: never let a stuck screenshot hide the real failure.
    const shot = browser.saveScreenshot(join(artifacts, `${name}-failure.png`)).catch(() => {});
    await Promise.race([shot, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    throw error;
  } finally {
    await browser.deleteSession();
  }
}

/** The whitespace-normalized text of the first element matching `selector`, read from the
 *  DOM (WebKitWebDriver reports no visible text for line-clamped elements). */
export async function textOf(browser, selector) {
  const element = await browser.$(selector);
  await element.waitForExist({ timeout: 10_000 });
  return browser.execute((el) => el.textContent.replace(/\s+/g, " ").trim(), element);
}
