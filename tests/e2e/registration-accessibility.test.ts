// axe-core finds no WCAG 2.2 A/AA violations on the catalog, session, registration, My trainings and roster pages, in
// English and Spanish, on a phone and a desktop, with the demo hub's real data (a full session with a waitlist included).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";
import { apiToken, callApi, demoSession, type ApiSession } from "./support/registration.ts";

const WIDTHS = [390, 1280];
/** A demo participant per language who completed the Core Training (their saved language wins once signed in). */
const PEOPLE: Record<Language, string> = { en: "sam@example.org", es: "rosa@example.org" };

describeEndToEnd("registration accessibility", (engine) => {
  let hub: HubProcess;
  let browser: BrowserSession;
  /** The in-person Core Training with seats left, the full hybrid one with a waitlist, and the Advanced training. */
  let core: ApiSession;
  let full: ApiSession;
  let advanced: ApiSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    browser = await launchBrowser();
    core = await demoSession(hub.url, "ips-core-training", "in_person");
    full = await demoSession(hub.url, "ips-core-training", "hybrid");
    advanced = await demoSession(hub.url, "ips-advanced", "in_person");
    // Give each person something on My trainings: a confirmed seat with a join link, and a place in line.
    for (const language of ["en", "es"] as const) {
      const token = await apiToken(hub.url, PEOPLE[language]);
      const overview = await demoSession(hub.url, "ips-overview", "online", language);
      const seat = await callApi<{ status: string }>(hub.url, `/sessions/${overview.id}/registrations`, {
        token,
        status: 201,
        body: {},
      });
      expect(seat.status).toBe("confirmed");
      const line = await callApi<{ status: string }>(hub.url, `/sessions/${full.id}/registrations`, {
        token,
        status: 201,
        body: { priceTier: "standard" },
      });
      expect(line.status).toBe("waitlisted");
    }
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** Runs axe at each width on what `show` brings up, and fails with axe's readable summary if anything is found. */
  async function expectNoViolations(page: Page, language: Language, show: () => Promise<void>, label: string) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await show();
      expect(await pageLanguage(page), `${label} is in the reader's language`).toBe(language);
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`at ${width}px wide — ${report.summary}`);
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  }

  /** Loads a page and checks it answered and did not send the reader elsewhere. */
  function visit(page: Page, path: string) {
    return async () => {
      const response = await page.goto(`${hub.url}${path}`);
      expect(response?.status(), `${path} answered`).toBe(200);
      expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`, `${path} did not redirect`).toBe(path);
    };
  }

  for (const language of ["en", "es"] as const) {
    describe(`in ${language === "en" ? "English" : "Spanish"}`, () => {
      let participant: BrowserContext;
      let admin: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        const options = { viewport: { width: 1280, height: 900 }, locale: language === "en" ? "en-US" : "es-US" };
        participant = await browser.browser.newContext(options);
        admin = await browser.browser.newContext(options);
        for (const context of [participant, admin])
          await context.addCookies([{ name: "ips.lang", value: language, url: hub.url }]);
        page = await participant.newPage();
        await signIn(page, hub.url, PEOPLE[language], DEMO_PASSWORD, language);
      });
      afterAll(async () => {
        await participant?.close();
        await admin?.close();
      });

      it("the catalog, unfiltered and filtered, has no violations", async () => {
        await expectNoViolations(page, language, visit(page, "/trainings"), "/trainings");
        await expectNoViolations(
          page,
          language,
          visit(page, "/trainings?q=core&format=in_person&seats=1"),
          "a filtered catalog",
        );
      });

      it("a session page with seats and a full one with a waitlist have no violations", async () => {
        await expectNoViolations(page, language, visit(page, `/trainings/${core.id}`), "a session with seats");
        await expectNoViolations(page, language, visit(page, `/trainings/${full.id}`), "a full session");
      });

      it("the register and apply forms have no violations, also when they come back with errors", async () => {
        await expectNoViolations(page, language, visit(page, `/trainings/${core.id}/register`), "the register form");
        await expectNoViolations(page, language, visit(page, `/trainings/${advanced.id}/register`), "the apply form");
        await expectNoViolations(
          page,
          language,
          async () => {
            await visit(page, `/trainings/${advanced.id}/register`)();
            // Nothing answered: the required question, the price and the consent line come back with errors.
            await page.locator("form.register-form button[type=submit]").click();
            await page.getByRole("main").locator(".error-summary").waitFor();
            expect(await page.locator("[aria-invalid=true]").count()).toBeGreaterThan(0);
          },
          "the apply form with errors",
        );
      });

      it("/my/trainings with a seat and a place in line has no violations", async () => {
        await expectNoViolations(page, language, visit(page, "/my/trainings"), "/my/trainings");
        expect(await page.locator("li.my-training").count()).toBeGreaterThanOrEqual(2);
      });

      it("the admin roster of a full session with a waitlist has no violations", async () => {
        const adminPage = await admin.newPage();
        await signIn(adminPage, hub.url, "admin@example.org", DEMO_PASSWORD, language);
        // The admin's saved language (English) wins once signed in; in Spanish, switch as a person would.
        await adminPage.goto(`${hub.url}/admin`);
        if ((await pageLanguage(adminPage)) !== language)
          await switchLanguage(adminPage, language === "es" ? "en" : "es");
        await expectNoViolations(
          adminPage,
          language,
          visit(adminPage, `/admin/sessions/${full.id}/roster`),
          "the roster",
        );
        // Moving in: the import page after a check that found problems (a table of them, the pasted files kept).
        await expectNoViolations(
          adminPage,
          language,
          async () => {
            await visit(adminPage, "/admin/import")();
            await adminPage
              .locator("#field-sessionsCsv")
              .fill(
                "session_ref,course,dates,start_time,end_time\nOLD-1,ips-core-training,2021-03-08..2021-03-12,09:00,16:00",
              );
            await adminPage
              .locator("#field-participantsCsv")
              .fill("session_ref,name,email,minutes_attended,completed\nOLD-1,Ana,not-an-email,lots,yes");
            await adminPage.locator("button[name=intent][value=check]").click();
            await adminPage.locator("#import-summary").waitFor();
            // The bad email and the minutes, each named by line and column.
            expect(await adminPage.locator("section[aria-labelledby=import-summary] tbody tr").count()).toBe(2);
          },
          "the import page with problems",
        );
      });
    });
  }
});
