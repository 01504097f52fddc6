// Quick exit leaves for a neutral site and takes the hub page out of the back history; it stays on screen while a
// phone scrolls to the bottom of the longest page.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";

const NEUTRAL_SITE = "https://www.weather.gov/";
const SHOTS = process.env.E2E_SHOTS_DIR;
/** Public pages that grow with the demo's content; the longest one at 390 px is the one checked. */
const LONG_PAGES = ["/", "/trainings", "/learn", "/support", "/privacy", "/api/docs"];

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
const EARLIER_SITE = "https://earlier.example/";

describeEndToEnd("quick exit", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
    // No network here: stand-in pages answer for the outside sites.
    await session.context.route(/^https:\/\/(www\.weather\.gov|earlier\.example)\//, (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><html lang=en><title>Elsewhere</title><p>Elsewhere</p></html>",
      }),
    );
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  for (const path of ["/", "/support"]) {
    it(`leaves ${path} without leaving it in the back history`, async () => {
      const page = await session.context.newPage();
      await page.goto(EARLIER_SITE);
      await page.goto(`${hub.url}${path}`);
      const lengthBefore = await page.evaluate(() => history.length);

      await page.getByRole("link", { name: "Quick exit" }).click();
      await page.waitForURL(NEUTRAL_SITE);
      expect(page.url()).toBe(NEUTRAL_SITE);
      // The hub page was replaced, not pushed: history did not grow...
      expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
      // ...and Back goes to what came before the hub, not to the hub.
      await page.goBack();
      expect(page.url()).toBe(EARLIER_SITE);
      await page.close();
    });
  }

  it("stays on screen, 44 px or more, at the bottom of the longest page at 390 px, covering nothing at the top", async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    const page = await context.newPage();
    let longest = { path: "/", height: 0 };
    for (const path of LONG_PAGES) {
      await page.goto(`${hub.url}${path}`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > longest.height) longest = { path, height };
    }
    await page.goto(`${hub.url}${longest.path}`, { waitUntil: "networkidle" });
    expect(longest.height, `${longest.path} is longer than the screen`).toBeGreaterThan(2 * 844);

    // At the top it sits in the utility bar's room, beside the support link and the language button, not on them.
    const atTop = await boxOf(page, "#quick-exit");
    for (const neighbour of [".support-link", ".language-form button", ".brand"])
      expect(overlaps(atTop, await boxOf(page, neighbour)), neighbour).toBe(false);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect
      .poll(() => page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1))
      .toBe(true);
    if (SHOTS)
      await page.screenshot({ path: `${SHOTS}/quick-exit-bottom-of-${longest.path.replace(/\W+/g, "-")}-en-390.png` });
    const exit = await boxOf(page, "#quick-exit");
    expect(exit.width).toBeGreaterThanOrEqual(44);
    expect(exit.height).toBeGreaterThanOrEqual(44);
    expect(exit.y).toBeGreaterThanOrEqual(0);
    expect(exit.x).toBeGreaterThanOrEqual(0);
    expect(exit.y + exit.height).toBeLessThanOrEqual(844);
    expect(exit.x + exit.width).toBeLessThanOrEqual(390);
    // Nothing lies on top of it: a tap at its centre reaches it.
    const reached = await page.evaluate(
      ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest("#quick-exit")),
      { x: exit.x + exit.width / 2, y: exit.y + exit.height / 2 },
    );
    expect(reached).toBe(true);

    // Pressed there, it leaves; a new tab with the neutral site comes up too, with no history of the hub.
    await context.route(/^https:\/\/www\.weather\.gov\//, (route) =>
      route.fulfill({
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><html lang=en><title>Elsewhere</title><p>Elsewhere</p></html>",
      }),
    );
    const [opened] = await Promise.all([context.waitForEvent("page"), page.locator("#quick-exit").click()]);
    await opened.waitForURL(NEUTRAL_SITE);
    expect(await opened.evaluate(() => history.length)).toBe(1);
    await page.waitForURL(NEUTRAL_SITE);
    await context.close();
  });

  it("leaves after pages visited in the tab without Back returning to any of them", async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(EARLIER_SITE);
    await page.goto(`${hub.url}/`, { waitUntil: "networkidle" });
    // In-page navigations, as a person moves around the hub with JavaScript on.
    await page.getByRole("banner").getByRole("link", { name: "Trainings" }).click();
    await page.waitForURL(`${hub.url}/trainings`);
    await page.getByRole("banner").getByRole("link", { name: "Learn IPS" }).click();
    await page.waitForURL(`${hub.url}/learn`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    await Promise.all([session.context.waitForEvent("page"), page.getByRole("link", { name: "Quick exit" }).click()]);
    await page.waitForURL(NEUTRAL_SITE);
    await page.goBack();
    expect(page.url()).toBe(EARLIER_SITE);
    // Forward goes to the neutral site first. What Chromium keeps beyond it: the in-page entries the tab stepped back
    // over (here /trainings and /learn) stay as Forward entries, which no page can remove; /support says so.
    await page.goForward();
    expect(page.url()).toBe(NEUTRAL_SITE);
    await page.close();
  });

  it("also leaves on Escape pressed twice", async () => {
    const page = await session.context.newPage();
    await page.goto(EARLIER_SITE);
    await page.goto(`${hub.url}/`);
    // Key presses go to the focused tab and element; a tab opened after others were closed may not have focus yet.
    await page.bringToFront();
    await page.locator("#main").focus();
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(NEUTRAL_SITE);
    await page.goBack();
    expect(page.url()).toBe(EARLIER_SITE);
    await page.close();
  });
});
