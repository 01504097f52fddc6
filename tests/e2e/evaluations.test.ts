// Evaluations in the browser: a participant answers the evaluation their sign-off email links to with the keyboard
// alone, and the answer page, the results page, the form editor and the impact pages (public and admin, with their
// evaluation blocks) have no axe violations in English and Spanish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";

describeEndToEnd("evaluations", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;
  /** The links the demo's sign-off sent Sam (the in-process worker writes them when the hub starts). */
  const links: { evaluation?: string; post?: string } = {};

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
    const page = session.page;
    await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD);
    const subjects = { evaluation: "How was IPS Core Training?", post: "At the end of IPS Core Training" } as const;
    for (const kind of ["evaluation", "post"] as const) {
      // The worker sends the invitations just after the hub starts: look again until they are in the outbox.
      for (let tries = 0; tries < 30; tries += 1) {
        await page.goto(`${hub.url}/admin/outbox?to=sam@example.org`);
        if ((await page.getByRole("link", { name: subjects[kind] }).count()) > 0) break;
        await page.waitForTimeout(1000);
      }
      await page.getByRole("link", { name: subjects[kind] }).first().click();
      const text = (await page.locator("pre.mail-text").textContent()) ?? "";
      links[kind] = /\/evaluations\/ipe_[A-Za-z0-9_-]+/.exec(text)?.[0];
    }
    if (!links.evaluation || !links.post) throw new Error(`No evaluation links in the outbox: ${hub.output()}`);
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  /** Presses Tab until the focused element matches, as a keyboard user moves through the page. */
  async function tabTo(page: Page, selector: string) {
    for (let presses = 0; presses < 120; presses += 1) {
      await page.keyboard.press("Tab");
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  it("a participant answers their evaluation with the keyboard only, once", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${hub.url}${links.evaluation}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Your evaluation of");
    // The first rating: Tab lands on its first choice; Space picks 1, and three arrow presses move to 4.
    await tabTo(page, 'input[name="q.felt-welcome"]');
    await page.keyboard.press("Space");
    for (let n = 0; n < 3; n += 1) await page.keyboard.press("ArrowDown");
    expect(await page.locator('input[name="q.felt-welcome"]:checked').getAttribute("value")).toBe("4");
    await tabTo(page, 'input[name="q.pace"]');
    await page.keyboard.press("ArrowDown");
    expect(await page.locator('input[name="q.pace"]:checked').getAttribute("value")).toBe("about-right");
    await tabTo(page, 'textarea[name="q.what-stays"]');
    await page.keyboard.type("Getting curious before getting helpful.");
    await tabTo(page, 'button[type="submit"].primary');
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Thank you");
    // The link stays closed: a second visit says so and offers no form.
    await page.goto(`${hub.url}${links.evaluation}`);
    await expect.poll(() => page.getByText("You've already answered these questions.").count()).toBe(1);
    expect(await page.locator("form textarea").count()).toBe(0);
    await context.close();
  });

  for (const language of ["en", "es"] as const) {
    describe(`axe in ${language === "en" ? "English" : "Spanish"}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-US" });
        await context.addCookies([{ name: "ips.lang", value: language, url: hub.url }]);
        page = await context.newPage();
      });
      afterAll(async () => context?.close());

      async function expectClean(path: string, lang: Language) {
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const response = await page.goto(`${hub.url}${path}`);
          expect(response?.status(), path).toBe(200);
          expect(await pageLanguage(page)).toBe(lang);
          const report = await checkAccessibility(page);
          expect(report.violations, `${path} at ${width}px: ${report.summary}`).toEqual([]);
        }
      }

      it("the self-assessment form (with its 'thinking back' column) has no violations", async () => {
        await expectClean(links.post!, language);
      });

      it("the public impact page, with its evaluation blocks, has no violations", async () => {
        // Signed out: the page as the public sees it (the next test signs in).
        await expectClean("/impact", language);
        expect(await page.locator("#evaluations-title").count()).toBe(1);
        expect(await page.locator("#learning-title").count()).toBe(1);
      });

      it("the results page has no violations", async () => {
        // Luis (a trainer of the signed-off training) reads Spanish; Maya English.
        await signIn(
          page,
          hub.url,
          language === "en" ? "maya@example.org" : "luis@example.org",
          DEMO_PASSWORD,
          language,
        );
        await expectClean("/evaluations/results", language);
        // Three people in the demo's last training: too few to show.
        const select = page.locator("#field-session option").nth(1);
        const sessionId = await select.getAttribute("value");
        await expectClean(`/evaluations/results?session=${sessionId}`, language);
        expect(await page.locator(".results-suppressed").count()).toBeGreaterThan(0);
      });
    });
  }

  it("the admin impact dashboard and the testimonials review have no violations, in both languages", async () => {
    const page = session.page;
    for (const language of ["en", "es"] as const) {
      // The demo admin reads English; the header's button turns their pages to Spanish for the second round.
      if (language === "es") await switchLanguage(page, "en");
      for (const path of ["/admin/impact", "/admin/testimonials"])
        for (const width of [390, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          const response = await page.goto(`${hub.url}${path}`);
          expect(response?.status(), path).toBe(200);
          expect(await pageLanguage(page), path).toBe(language);
          const report = await checkAccessibility(page);
          expect(report.violations, `${path}, ${language} at ${width}px: ${report.summary}`).toEqual([]);
        }
      await page.goto(`${hub.url}/admin/impact`);
      expect(await page.locator("#evaluations-title").count()).toBe(1);
      expect(await page.locator("#report-title").count()).toBe(1);
      expect(await page.locator("#blocks-title").count()).toBe(1);
    }
    // The demo admin reads English again for the other tests.
    await switchLanguage(page, "es");
  });

  // — scheduled exports by mail (issue 12 item 8): the list with an export, and the form showing its field errors —
  it("the scheduled exports page has no violations, with an export listed and with field errors, in both languages", async () => {
    const page = session.page;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${hub.url}/admin/impact/exports`);
    const main = page.getByRole("main");
    await main.getByLabel("Send to").fill("funder@example.org");
    await main.getByRole("button", { name: "Save the export" }).click();
    await expect.poll(() => main.getByText("The export is saved.").count()).toBe(1);
    // Nothing chosen and an address that is not one: the errors, with what was typed kept.
    await main.getByLabel("Seats, waiting, no-shows, scholarships and CE hours").uncheck();
    await main.getByLabel("Send to").fill("not-an-address");
    await main.getByRole("button", { name: "Save the export" }).click();
    await expect.poll(() => main.getByText("Choose at least one spreadsheet.").count()).toBeGreaterThan(0);
    expect(await main.getByLabel("Send to").inputValue()).toBe("not-an-address");
    const words = {
      en: { to: "Send to", save: "Save the export" },
      es: { to: "Enviar a", save: "Guardar el envío" },
    } as const;
    const clean = async (what: string, language: Language) => {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const report = await checkAccessibility(page);
        expect(report.violations, `${what}, ${language} at ${width}px: ${report.summary}`).toEqual([]);
      }
    };
    for (const language of ["en", "es"] as const) {
      if (language === "es") {
        await switchLanguage(page, "en");
        await main.getByLabel(words.es.to).fill("no-es-una-direccion");
        await main.getByRole("button", { name: words.es.save }).click();
        await expect.poll(() => page.locator(".field-error").count()).toBeGreaterThan(0);
      }
      expect(await pageLanguage(page)).toBe(language);
      await clean("with field errors", language);
      const response = await page.goto(`${hub.url}/admin/impact/exports`);
      expect(response?.status()).toBe(200);
      expect(await main.getByText("funder@example.org").count()).toBeGreaterThan(0);
      await clean("with an export listed", language);
    }
    // The demo admin reads English again for the other tests.
    await switchLanguage(page, "es");
  });

  it("the evaluation form editor has no violations", async () => {
    await session.page.setViewportSize({ width: 390, height: 900 });
    await session.page.goto(`${hub.url}/admin/evaluation-forms`);
    const report = await checkAccessibility(session.page);
    expect(report.violations, report.summary).toEqual([]);
  });
});
