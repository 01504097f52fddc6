// The catalog shows trainings first on a phone: a one-line search, the filters behind a disclosure that stays open once
// it was used, and the first training inside the first 390×844 screen, in English and Spanish; axe-clean at both widths.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import type { Language } from "./support/pages.ts";

const SHOTS = process.env.E2E_SHOTS_DIR;
const WORDS = {
  en: {
    search: "Search",
    find: "Find",
    filters: "Filters",
    format: "Format",
    online: "Online",
    show: "Show trainings",
  },
  es: {
    search: "Buscar",
    find: "Buscar",
    filters: "Filtros",
    format: "Modalidad",
    online: "En línea",
    show: "Mostrar capacitaciones",
  },
} as const;

describeEndToEnd("catalog on a phone", (engine) => {
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

  async function open(language: Language, width: number, height: number): Promise<Page> {
    const context = await session.browser.newContext({
      viewport: { width, height },
      locale: language === "en" ? "en-US" : "es-ES",
    });
    const page = await context.newPage();
    await page.goto(`${hub.url}/trainings`);
    await page.waitForLoadState("networkidle");
    return page;
  }

  for (const language of ["en", "es"] as const) {
    describe(`in ${language === "en" ? "English" : "Spanish"}`, () => {
      it("shows the first training in the first screen at 390×844, with the filters folded away", async () => {
        const page = await open(language, 390, 844);
        const words = WORDS[language];
        const search = page.getByRole("search");
        // The search is one line: its label, box and button share a row.
        const boxes = await Promise.all(
          [
            search.getByText(words.search, { exact: true }).first(),
            search.getByRole("searchbox"),
            search.getByRole("button", { name: words.find, exact: true }),
          ].map((locator) => locator.boundingBox()),
        );
        const tops = boxes.map((box) => box!.y + box!.height / 2);
        expect(Math.max(...tops) - Math.min(...tops), "label, box and button on one line").toBeLessThan(12);
        expect(await search.getByLabel(words.format, { exact: true }).isVisible(), "filters folded").toBe(false);

        const first = page.locator("ol.session-cards > li").first();
        const card = await first.boundingBox();
        expect(card, "a first training").not.toBeNull();
        expect(card!.y, "the first training starts inside the first screen").toBeLessThan(844 - 120);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-${language}-390.png` });

        const report = await checkAccessibility(page);
        expect(report.violations, report.summary).toEqual([]);
        await page.context().close();
      });

      it("keeps the filters open after they were used, and says how many are chosen", async () => {
        const page = await open(language, 1280, 900);
        const words = WORDS[language];
        const search = page.getByRole("search");
        await search.getByText(words.filters, { exact: true }).click();
        await search.getByLabel(words.format, { exact: true }).selectOption({ label: words.online });
        await Promise.all([
          page.waitForURL((url) => url.searchParams.get("format") === "online"),
          search.getByRole("button", { name: words.show }).click(),
        ]);
        await page.waitForLoadState("networkidle");
        expect(new URL(page.url()).searchParams.get("filters")).toBe("open");
        expect(await search.getByLabel(words.format, { exact: true }).isVisible(), "still open").toBe(true);
        expect(await search.locator("summary").textContent()).toMatch(/\(1 /);
        if (SHOTS) await page.screenshot({ path: `${SHOTS}/catalog-${language}-1280-filters.png` });

        // The one-line search does not send filters=open: the results come first again, the count stays on the summary.
        await Promise.all([
          page.waitForURL((url) => !url.searchParams.has("filters")),
          search.getByRole("button", { name: words.find, exact: true }).click(),
        ]);
        await page.waitForLoadState("networkidle");
        expect(await search.getByLabel(words.format, { exact: true }).isVisible()).toBe(false);
        expect(await search.locator("summary").textContent()).toMatch(/\(1 /);
        if (SHOTS) {
          await page.goto(`${hub.url}/trainings`);
          await page.screenshot({ path: `${SHOTS}/catalog-${language}-1280.png` });
        }
        const report = await checkAccessibility(page);
        expect(report.violations, report.summary).toEqual([]);
        await page.context().close();
      });
    });
  }
});
