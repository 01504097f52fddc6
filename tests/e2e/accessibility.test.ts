// axe-core finds no WCAG 2.2 A/AA violations on the main pages, in English and Spanish, on a phone and a desktop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";

const WIDTHS = [390, 1280];
const PUBLIC_PAGES = ["/", "/learn", "/support", "/sign-in", "/sign-up", "/privacy"];
/** A demo participant per language (their saved language wins once signed in). */
const PEOPLE: Record<Language, string> = { en: "sam@example.org", es: "rosa@example.org" };

describeEndToEnd("accessibility", (engine) => {
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

  /** Loads the page at each width and fails with axe's readable summary if anything is found. */
  async function expectNoViolations(page: Page, path: string, language: Language) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${hub.url}${path}`);
      expect(response?.status(), `${path} answered`).toBe(200);
      expect(new URL(page.url()).pathname, `${path} did not redirect`).toBe(path);
      expect(await pageLanguage(page)).toBe(language);
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`at ${width}px wide — ${report.summary}`);
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  }

  it("the checker itself finds a planted violation (so a silent checker cannot pass the suite)", async () => {
    const page = await session.context.newPage();
    // After hydration, so React does not replace the planted element.
    await page.goto(`${hub.url}/`, { waitUntil: "networkidle" });
    await page.evaluate(() => {
      const image = document.createElement("img");
      image.src = "/favicon.svg";
      document.querySelector("main")!.append(image);
    });
    const report = await checkAccessibility(page);
    expect(report.violations.map((v) => v.id)).toContain("image-alt");
    expect(report.summary).toContain("image-alt");
    await page.close();
  });

  for (const language of ["en", "es"] as const) {
    describe(`in ${language === "en" ? "English" : "Spanish"}`, () => {
      let context: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        context = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-US" });
        // The language switcher's cookie, as if the visitor had pressed it.
        await context.addCookies([{ name: "ips.lang", value: language, url: hub.url }]);
        page = await context.newPage();
      });
      afterAll(async () => context?.close());

      for (const path of PUBLIC_PAGES) {
        it(`${path} has no violations`, async () => {
          await expectNoViolations(page, path, language);
        });
      }

      it("/account (signed in) has no violations", async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await signIn(page, hub.url, PEOPLE[language], DEMO_PASSWORD, language);
        await expectNoViolations(page, "/account", language);
      });

      // — issue 15 item 12: the CE page, status first and its forms behind buttons —
      it("/my/certifications (signed in) has no violations", async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await expectNoViolations(page, "/my/certifications", language);
      });

      // — trusted hubs (issue 13, item 4): the form that takes another hub's credential —
      it("/my/prerequisites (signed in) has no violations", async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await expectNoViolations(page, "/my/prerequisites", language);
      });
    });
  }

  // — webhooks —
  it("the admin webhook pages have no violations, with a secret shown and the delivery log page, in both languages", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD);
      await page.goto(`${hub.url}/admin/webhooks`);
      const main = page.getByRole("main");
      // A test hub may send to loopback (WEBHOOKS_ALLOW_PRIVATE_TARGETS is on outside production); nothing listens here.
      await main.getByLabel("Receiving address").fill("http://127.0.0.1:9/ips-hub/webhooks");
      await main.getByLabel("What it is for (optional)").fill("State registry");
      await main.getByLabel(/A registration is made/).check();
      await main.getByRole("button", { name: "Add subscription" }).click();
      await expect.poll(() => main.getByText(/^whsec_/).count()).toBe(1);
      const report = await checkAccessibility(page);
      expect(report.violations, report.summary).toEqual([]);
      const logPath = await main.getByRole("link", { name: /Delivery log/ }).getAttribute("href");
      await expectNoViolations(page, "/admin/webhooks", "en");
      await expectNoViolations(page, logPath!, "en");
      await switchLanguage(page, "en");
      await expectNoViolations(page, "/admin/webhooks", "es");
      await expectNoViolations(page, logPath!, "es");
      // The demo admin reads English again for the other tests.
      await switchLanguage(page, "es");
    } finally {
      await context.close();
    }
  });

  // — trusted hubs (issue 13, item 4) —
  it("the trusted hubs page has no violations with a hub and a matched training, in both languages", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD);
      await page.goto(`${hub.url}/admin/trusted-issuers`);
      const main = page.getByRole("main");
      await main.getByLabel("Issuer id").fill("https://ips-elsewhere.example.org");
      await main.getByLabel("Name shown here").fill("IPS hub elsewhere");
      await main.getByRole("button", { name: "Trust another hub" }).click();
      await expect.poll(() => main.getByText("Added. Now match their trainings").count()).toBe(1);
      const name = main.getByLabel("Their training's name");
      // Opening the disclosure: pressed again if the page was still settling after the redirect.
      await expect
        .poll(async () => {
          if (!(await name.isVisible())) await main.locator("summary", { hasText: "Match a training" }).click();
          return name.isVisible();
        })
        .toBe(true);
      await name.fill("IPS Core Training");
      await main.getByLabel("Counts here as").selectOption({ index: 1 });
      await main.getByRole("button", { name: "Match a training" }).click();
      await expect.poll(() => main.getByText("Matched.").count()).toBe(1);
      await expectNoViolations(page, "/admin/trusted-issuers", "en");
      await expectNoViolations(page, "/admin/prerequisites", "en");
      await switchLanguage(page, "en");
      await expectNoViolations(page, "/admin/trusted-issuers", "es");
      await expectNoViolations(page, "/admin/prerequisites", "es");
      await switchLanguage(page, "es");
    } finally {
      await context.close();
    }
  });

  // — issue 13: CE hours from a credential; one that does not verify waits in the admin's queue with the report —
  it("the CE page after adding hours by credential, and the outside-hours queue showing its report, in both languages", async () => {
    const context = await session.browser.newContext({ locale: "en-US" });
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 900 });
      await signIn(page, hub.url, PEOPLE.en, DEMO_PASSWORD, "en");
      await page.goto(`${hub.url}/my/certifications`);
      const main = page.getByRole("main");
      const field = main.getByLabel("Paste your credential");
      await expect
        .poll(async () => {
          if (!(await field.isVisible()))
            await main.locator("summary", { hasText: "Add hours from a digital credential" }).click();
          return field.isVisible();
        })
        .toBe(true);
      // Signed by no one: it cannot count by itself and waits with the verifier's report.
      await field.fill(
        JSON.stringify({
          "@context": ["https://www.w3.org/ns/credentials/v2"],
          id: `urn:uuid:${crypto.randomUUID()}`,
          type: ["VerifiableCredential", "OpenBadgeCredential"],
          issuer: { id: "https://ips-elsewhere.example.org", name: "IPS hub elsewhere" },
          credentialSubject: { creditsEarned: 2, achievement: { name: "Mutuality in practice" } },
        }),
      );
      await main.getByRole("button", { name: "Check and add the hours" }).click();
      await expect.poll(() => main.getByText("Thank you, we have it.").count()).toBe(1);
      await expectNoViolations(page, "/my/certifications", "en");
      await context.clearCookies();
      await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD);
      await expectNoViolations(page, "/admin/outside-hours", "en");
      // The page checked is the queue with the entry just sent in, not an empty one.
      expect(await page.getByRole("main").getByText("Mutuality in practice").count()).toBeGreaterThan(0);
      await switchLanguage(page, "en");
      await expectNoViolations(page, "/admin/outside-hours", "es");
      await switchLanguage(page, "es");
    } finally {
      await context.close();
    }
  });

  // `language`: the one the account chose, which the pages open in after signing in.
  const trainerAndPartnerVisits: {
    email: string;
    paths: string[];
    language?: "en" | "es";
    /** Also one trainer's own page, reached from the list as an admin would. */
    trainerFromList?: boolean;
  }[] = [
    {
      email: "admin@example.org",
      paths: ["/admin/trainers", "/admin/trainers/requirements", "/admin/sponsored-seats", "/trainers", "/partners"],
      trainerFromList: true,
    },
    {
      email: "admin@example.org",
      paths: [
        // — privacy (issue 14): the privacy queue —
        "/admin/privacy",
        // — issue 15 item 10: the admin home with what waits for a decision, its sub-navigation folded at 390 px —
        "/admin",
        // — retention settings (issue 14 item 12) —
        "/admin/settings/retention",
        // — in-house trainings (issue 10 item 6): the review queue, with the demo's submitted report —
        "/admin/inhouse",
      ],
    },
    // — privacy (issue 14): the "delete my account" page, read (never confirmed) by a participant —
    { email: "maya@example.org", paths: ["/trainer/profile", "/trainer/standing", "/account/privacy/delete"] },
    { email: "jordan@example.org", paths: ["/partner/staff"] },
    // — in-house trainings: the coast partner's organizational trainer, with the report form and their report —
    { email: "luis@example.org", paths: ["/trainer/inhouse"], language: "es" },
  ];
  // One test per person: each signs in and checks its pages at both widths in both languages, within its own time.
  it.each(trainerAndPartnerVisits)(
    "the trainer and partner pages have no violations for $email ($paths.0 …), in both languages",
    async (visit) => {
      const context = await session.browser.newContext({ locale: "en-US" });
      const page = await context.newPage();
      try {
        await signIn(page, hub.url, visit.email, DEMO_PASSWORD);
        const paths = [...visit.paths];
        if (visit.trainerFromList) {
          await page.goto(`${hub.url}/admin/trainers`);
          const href = await page.getByRole("main").getByRole("link", { name: "Tomás Herrera" }).getAttribute("href");
          paths.push(href!);
        }
        const first = visit.language ?? "en";
        const second = first === "en" ? "es" : "en";
        for (const path of paths) await expectNoViolations(page, path, first);
        await switchLanguage(page, first);
        for (const path of paths) await expectNoViolations(page, path, second);
        await switchLanguage(page, second);
      } finally {
        await context.close();
      }
    },
  );
});
