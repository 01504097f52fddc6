// After a form is sent, focus is on what answers it — the error summary or the notice that it was done — not on
// <body>, with JavaScript (the page is updated in place) and without (the browser loads the answer as a new page).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn, words } from "./support/pages.ts";

/** What has focus: its class and role, or "body". */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return "body";
    return `${active.className}|${active.getAttribute("role") ?? ""}`;
  });
}

async function signInWrongly(page: Page, baseUrl: string) {
  const main = page.getByRole("main");
  await main.getByLabel(words.en.email, { exact: true }).fill("sam@example.org");
  await main.getByLabel(words.en.password, { exact: true }).fill("not-the-password");
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    main.getByLabel(words.en.password, { exact: true }).press("Enter"),
  ]);
  await page.getByRole("alert").first().waitFor();
  void baseUrl;
}

describeEndToEnd("focus after sending a form", (engine) => {
  let hub: HubProcess;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
  });
  afterAll(async () => {
    await hub?.stop();
  });

  for (const javaScriptEnabled of [true, false]) {
    describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      let session: BrowserSession;
      beforeAll(async () => {
        session = await launchBrowser({ javaScriptEnabled });
      });
      afterAll(async () => {
        await session?.close();
      });

      it("a wrong sign-in puts focus on the error summary, the first time and the next", async () => {
        const page = await session.context.newPage();
        await page.goto(`${hub.url}/sign-in`, { waitUntil: "networkidle" });
        await signInWrongly(page, hub.url);
        await expect.poll(() => focused(page)).toBe("error-summary|alert");
        // The same mistake again: the summary was already there, and still takes focus.
        await signInWrongly(page, hub.url);
        await expect.poll(() => focused(page)).toBe("error-summary|alert");
        await page.close();
      });

      it("a saved form puts focus on the notice that says so, also when it was already showing", async () => {
        const context = await session.browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await signIn(page, hub.url, "sam@example.org", DEMO_PASSWORD);
        await page.goto(`${hub.url}/account`, { waitUntil: "networkidle" });
        for (let time = 0; time < 2; time++) {
          await Promise.all([
            page.waitForURL((url) => url.searchParams.get("saved") === "1" && time >= 0),
            page.getByRole("main").getByRole("button", { name: "Save changes" }).click(),
          ]);
          await page.waitForLoadState("networkidle");
          await expect.poll(() => focused(page)).toBe("notice|status");
        }
        await context.close();
      });
    });
  }
});
