// The trainer's roster on a 390 px phone: three Tab stops per person (Full, Absent, "Different times…"; it was nine or
// more), a page a third as long, the count in view after scrolling, no results before the first meeting, and "Mark
// everyone else present"; the room's check-in display without the site's header; /check-in for typing the code.
// Axe-clean in English and Spanish.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkAccessibility, describeViolations } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage } from "./support/pages.ts";

const SHOTS = process.env.E2E_SHOTS_DIR;
/** The demo's upcoming Core Training with 12 people: 8,733 px and 11 Tab presses per person before this change. */
const PEOPLE = 12;
const WORDS = {
  en: {
    count: (n: number) => `${n} of ${PEOPLE} marked`,
    everyone: "Mark everyone else present",
    show: "Show the check-in code",
  },
  es: {
    count: (n: number) => `${n} de ${PEOPLE} con marca`,
    everyone: "Marcar presente al resto",
    show: "Mostrar el código de llegada",
  },
} as const;

describeEndToEnd("attendance on a phone", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;
  let rosterUrl = "";

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  async function trainerPage(width: number, height: number): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width, height }, locale: "en-US" });
    const page = await context.newPage();
    await signIn(page, hub.url, "maya@example.org", DEMO_PASSWORD);
    if (!rosterUrl) {
      await page.goto(`${hub.url}/trainer`);
      const card = page
        .getByRole("listitem")
        .filter({ hasText: `${PEOPLE} people confirmed` })
        .first();
      rosterUrl = new URL((await card.getByRole("link").first().getAttribute("href"))!, hub.url).toString();
    }
    await page.goto(rosterUrl);
    await page.waitForLoadState("networkidle");
    return page;
  }

  /** Presses Tab through the whole page and counts the presses that land inside each person's row. */
  async function tabStopsPerPerson(page: Page): Promise<number[]> {
    await page.locator("body").focus();
    const perRow = new Map<string, number>();
    for (let press = 0; press < 400; press += 1) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return "end";
        if (active.classList.contains("skip-link") && active.hasAttribute("data-tabbed")) return "end";
        active.setAttribute("data-tabbed", "");
        return active.closest(".mark-row")?.id ?? "elsewhere";
      });
      if (where === "end") break;
      if (where !== "elsewhere") perRow.set(where, (perRow.get(where) ?? 0) + 1);
    }
    return [...perRow.values()];
  }

  it("gives each person three Tab stops and keeps the page short at 390 px, with the count in view", async () => {
    const page = await trainerPage(390, 844);
    const rows = page.locator(".mark-list > li");
    expect(await rows.count()).toBe(PEOPLE);
    const stops = await tabStopsPerPerson(page);
    expect(stops).toHaveLength(PEOPLE);
    // Full, Absent and "Different times…"; the time fields are behind the disclosure.
    expect(stops.every((count) => count === 3)).toBe(true);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`attendance roster at 390 px: ${stops[0]} Tab stops per person, ${height} px tall`);
    expect(height).toBeLessThan(4000);

    // Before the first meeting nobody has a result to show.
    await expect.poll(() => page.getByText("Not completed yet").count()).toBe(0);
    await page.getByText("Each person's result appears here once the first meeting has started.").waitFor();
    // The QR code is one tap away, not a panel on top.
    expect(await page.locator("main img").count()).toBe(0);
    await page.getByRole("link", { name: WORDS.en.show }).waitFor();

    // The count stays on screen at the bottom of the list.
    await rows.last().scrollIntoViewIfNeeded();
    const tally = page.getByText(WORDS.en.count(0), { exact: true });
    const box = (await tally.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/attendance-roster-390.png`, fullPage: true });

    // One person is away; everyone else is marked present with one button.
    await rows
      .first()
      .getByRole("button", { name: /^Absent/ })
      .click();
    await page.getByText(WORDS.en.count(1), { exact: true }).waitFor();
    await page.getByRole("button", { name: WORDS.en.everyone }).click();
    await page.getByText(WORDS.en.count(PEOPLE), { exact: true }).waitFor();
    await page.getByText(`${PEOPLE - 1} more people marked present for the whole meeting.`).waitFor();
    // The person marked absent stays absent; the button never overwrites a mark.
    expect(await rows.first().locator(".mark-state").innerText()).toMatch(/^Absent/);
    expect(await rows.nth(1).locator(".mark-state").innerText()).toMatch(/^Full/);
    expect(await page.getByRole("button", { name: WORDS.en.everyone }).count()).toBe(0);
    await page.context().close();
  });

  it("shows the room a display with no site header, a large code and six digits to type", async () => {
    for (const width of [390, 1280]) {
      const page = await trainerPage(width, width === 390 ? 844 : 800);
      await page.getByRole("link", { name: WORDS.en.show }).click();
      await page.waitForURL((url) => url.pathname.endsWith("/check-in"));
      await page.getByRole("img", { name: /Check-in code for day 1/ }).waitFor();
      expect(await page.getByRole("banner").count()).toBe(0);
      expect(await page.getByRole("contentinfo").count()).toBe(0);
      expect(await page.getByText("Sign out").count()).toBe(0);
      expect(await page.locator("body meta").count()).toBe(0);
      expect(await page.locator(".display-short-code").innerText()).toMatch(/[0-9]{3} [0-9]{3}$/);
      const code = (await page.getByRole("img", { name: /Check-in code/ }).boundingBox())!;
      expect(code.width).toBeGreaterThanOrEqual(Math.min(width, 800) * 0.8 - 40);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/check-in-display-${width}.png` });
      await page.context().close();
    }
  });

  for (const language of ["en", "es"] as const) {
    it(`has no axe violations on the roster, the display and /check-in in ${language === "en" ? "English" : "Spanish"}`, async () => {
      const page = await trainerPage(390, 844);
      if (language === "es") await switchLanguage(page, "en");
      expect(await pageLanguage(page)).toBe(language);
      const roster = await checkAccessibility(page);
      expect(roster.violations, describeViolations(roster.violations, `roster ${language}`)).toEqual([]);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/attendance-roster-${language}-390.png`, fullPage: true });
      await page.getByRole("link", { name: WORDS[language].show }).click();
      await page.waitForURL((url) => url.pathname.endsWith("/check-in"));
      await page.waitForLoadState("networkidle");
      const display = await checkAccessibility(page);
      expect(display.violations, describeViolations(display.violations, `display ${language}`)).toEqual([]);
      await page.context().close();

      const participantContext = await session.browser.newContext({ viewport: { width: 390, height: 844 } });
      const participant = await participantContext.newPage();
      await signIn(participant, hub.url, language === "en" ? "sam@example.org" : "rosa@example.org", DEMO_PASSWORD);
      await participant.goto(`${hub.url}/check-in`);
      await participant.waitForLoadState("networkidle");
      expect(await pageLanguage(participant)).toBe(language);
      const typePage = await checkAccessibility(participant);
      expect(typePage.violations, describeViolations(typePage.violations, `/check-in ${language}`)).toEqual([]);
      // A code that is not theirs is refused in words, with focus on the refusal.
      await participant.getByRole("textbox").fill("000 000");
      await participant
        .getByRole("button", { name: language === "en" ? "Check me in" : "Registrar mi llegada" })
        .click();
      await participant.getByRole("alert").waitFor();
      const refusal = await checkAccessibility(participant);
      expect(refusal.violations, describeViolations(refusal.violations, `/check-in refusal ${language}`)).toEqual([]);
      await participantContext.close();
    });
  }
});
