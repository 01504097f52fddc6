// Quick exit leaves for a neutral site and takes the hub page out of the back history.
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";

const NEUTRAL_SITE = "https://www.weather.gov/";
const EARLIER_SITE = "https://earlier.example/";

describeEndToEnd("quick exit", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
    // No network here: stand-in pages answer for the outside sites.
    await session.context.route(/^https:\/\/(www\.weather\.gov|earlier\.example)\//, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html lang=en><title>Elsewhere</title><p>Elsewhere</p></html>" }),
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
