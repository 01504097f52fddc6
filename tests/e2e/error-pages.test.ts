// The 403 and 404 pages: named in the reader's language, inside the hub's real shell (signed in stays signed in), with
// ways onward, and axe-clean on a phone and a desktop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, words, type Language } from "./support/pages.ts";

const WIDTHS = [390, 1280];
const SHOTS = process.env.E2E_SHOTS_DIR;

/** A demo participant per language: the admin pages are not theirs. */
const PEOPLE: Record<Language, string> = { en: "sam@example.org", es: "rosa@example.org" };
const TITLES = {
  en: {
    notFound: "We couldn't find that page",
    forbidden: "This page isn't open to you",
    home: "Go to the home page",
    catalog: "Browse trainings",
    otherAccount: "Sign in with a different account",
  },
  es: {
    notFound: "No encontramos esa página",
    forbidden: "Esta página no está abierta para ti",
    home: "Ir a la página de inicio",
    catalog: "Ver las capacitaciones",
    otherAccount: "Iniciar sesión con otra cuenta",
  },
} as const;

describeEndToEnd("error pages", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  /** Opens the address at each width: the status, the title, the heading, axe; a screenshot when asked for. */
  async function expectErrorPage(
    page: Page,
    path: string,
    status: number,
    language: Language,
    heading: string,
    shotName: string,
  ) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${hub.url}${path}`);
      expect(response?.status()).toBe(status);
      expect(await pageLanguage(page)).toBe(language);
      await page.waitForLoadState("networkidle");
      expect(await page.title()).toMatch(new RegExp(`^${heading} · \\S`));
      await expect.poll(() => page.locator("title").count()).toBe(1);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      const main = page.getByRole("main");
      expect(await main.getByRole("link", { name: TITLES[language].home }).getAttribute("href")).toBe("/");
      expect(await main.getByRole("link", { name: TITLES[language].catalog }).getAttribute("href")).toBe("/trainings");
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`at ${width}px — ${report.summary}`);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${shotName}-${language}-${width}.png`, fullPage: true });
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  }

  for (const language of ["en", "es"] as const) {
    describe(`in ${language === "en" ? "English" : "Spanish"}`, () => {
      it("a missing page says so, with a title and ways onward", async () => {
        const context = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-ES" });
        const page = await context.newPage();
        await expectErrorPage(page, "/no-such-page", 404, language, TITLES[language].notFound, "404-signed-out");
        await context.close();
      });

      it("a page the account may not open keeps the signed-in shell and offers another account", async () => {
        const context = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-ES" });
        const page = await context.newPage();
        await signIn(page, hub.url, PEOPLE[language], DEMO_PASSWORD, language);
        await expectErrorPage(page, "/admin", 403, language, TITLES[language].forbidden, "403-signed-in");
        // The header the person knows: signed in, not the signed-out one.
        const banner = page.getByRole("banner");
        expect(await banner.getByRole("button", { name: words[language].signOut, exact: true }).count()).toBe(1);
        expect(await banner.getByRole("link", { name: words[language].signIn, exact: true }).count()).toBe(0);

        await Promise.all([
          page.waitForURL((url) => url.pathname === "/sign-in"),
          page.getByRole("main").getByRole("button", { name: TITLES[language].otherAccount }).click(),
        ]);
        expect(new URL(page.url()).searchParams.get("next")).toBe("/admin");
        expect(
          await page.getByRole("banner").getByRole("link", { name: words[language].signIn, exact: true }).count(),
        ).toBe(1);
        await context.close();
      });
    });
  }
});
