// The private journal in Chromium: a participant writes an entry tagged "Mutuality" and sets an intention, with
// JavaScript on and again with it off; axe finds nothing on the journal pages or the prompt library, in English and
// Spanish, on a phone and a desktop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";

const WIDTHS = [390, 1280];

describeEndToEnd("private journal", (engine) => {
  let hub: HubProcess;
  let withScript: BrowserSession;
  let withoutScript: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    withScript = await launchBrowser();
    withoutScript = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await withScript?.close();
    await withoutScript?.close();
    await hub?.stop();
  });

  /** Writes an entry tagged Mutuality and sets an intention with two steps, marking one done. */
  async function journalJourney(page: Page, words: string) {
    const main = page.getByRole("main");
    await page.goto(`${hub.url}/my/journal`);
    await main.getByRole("heading", { level: 2, name: "What the hub can and cannot see" }).waitFor();
    await main.getByLabel("What happened, and what did you notice?").fill(words);
    await main.getByLabel("Mutuality", { exact: true }).check();
    await main.getByLabel("Your own tags (optional)").fill("team, needs");
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("done") === "saved"),
      main.getByRole("button", { name: "Save entry" }).click(),
    ]);
    await main.getByText("Your entry is saved.").waitFor();
    const entry = main.getByRole("listitem").filter({ hasText: words });
    await entry
      .getByRole("listitem")
      .filter({ hasText: /^Mutuality$/ })
      .waitFor();
    await entry.getByText("#needs").waitFor();

    await page.goto(`${hub.url}/my/journal/intentions`);
    await main.getByLabel("What I want to move towards").fill("Saying what I need in team meetings");
    await main.getByLabel("Small steps (optional)").fill("Name one need on Tuesday\nAsk a co-worker what they need");
    await main.getByRole("group", { name: "Tasks this touches (optional)" }).getByLabel("Mutuality").check();
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("done") === "saved"),
      main.getByRole("button", { name: "Set this intention" }).click(),
    ]);
    await main.getByText("Your intention is set.").waitFor();
    const intention = main.getByRole("article", { name: "Saying what I need in team meetings" });
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("done") === "changed"),
      intention.getByRole("button", { name: /^Mark done\W+Name one need on Tuesday$/ }).click(),
    ]);
    await intention.getByText("Name one need on Tuesday (Done)").waitFor();
    await intention.getByText("Ask a co-worker what they need (Open)").waitFor();
  }

  it("with JavaScript on, a participant writes an entry tagged Mutuality and sets an intention", async () => {
    const { page } = withScript;
    await signIn(page, hub.url, "sam@example.org", DEMO_PASSWORD);
    await journalJourney(page, "Today I asked before I offered anything.");
    // The view over time counts it.
    await page.goto(`${hub.url}/my/journal/over-time`);
    const mutuality = page.getByRole("row", { name: /^Mutuality/ });
    expect(await mutuality.getByRole("cell").last().textContent()).toBe("2");
  });

  it("with JavaScript off, the same journey works", async () => {
    const { page } = withoutScript;
    await signIn(page, hub.url, "kai@example.org", DEMO_PASSWORD);
    await journalJourney(page, "A quiet call; I stayed with the silence.");
    // Removing an entry can be undone.
    await page.goto(`${hub.url}/my/journal`);
    await page
      .getByRole("main")
      .getByRole("link", { name: /^Read or edit/ })
      .first()
      .click();
    await page.getByText("Remove this entry").first().click();
    await Promise.all([
      page.waitForURL((url) => url.searchParams.has("removed")),
      page.getByRole("main").getByRole("button", { name: "Remove this entry" }).click(),
    ]);
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("done") === "restored"),
      page.getByRole("button", { name: "Undo: bring the entry back" }).click(),
    ]);
    await page.getByText("A quiet call; I stayed with the silence.").waitFor();
  });

  async function expectNoViolations(page: Page, path: string, language: Language) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${hub.url}${path}`);
      expect(response?.status(), `${path} answered`).toBe(200);
      expect(await pageLanguage(page)).toBe(language);
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`${path} at ${width}px — ${report.summary}`);
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  }

  for (const language of ["en", "es"] as const) {
    describe(`in ${language === "en" ? "English" : "Spanish"}`, () => {
      it("the journal pages and the prompt library have no axe violations", async () => {
        const context = await withScript.browser.newContext({ locale: language === "en" ? "en-US" : "es-US" });
        const page = await context.newPage();
        try {
          // Sam writes in English (and has entries by now); Rosa reads the hub in Spanish.
          await signIn(
            page,
            hub.url,
            language === "en" ? "sam@example.org" : "rosa@example.org",
            DEMO_PASSWORD,
            language,
          );
          await expectNoViolations(page, "/my/journal", language);
          await expectNoViolations(page, "/my/journal/intentions", language);
          await expectNoViolations(page, "/my/journal/over-time", language);
          if (language === "en") {
            await page.goto(`${hub.url}/my/journal`);
            const href = await page
              .getByRole("link", { name: /^Read or edit/ })
              .first()
              .getAttribute("href");
            await expectNoViolations(page, href!, language);
          }
          await context.clearCookies();
          await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD, language);
          if (language === "es") await switchLanguage(page, "en");
          await expectNoViolations(page, "/admin/prompts", language);
          if (language === "es") await switchLanguage(page, "es");
        } finally {
          await context.close();
        }
      });
    });
  }
});
