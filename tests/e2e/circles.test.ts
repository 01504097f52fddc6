// Co-reflection circles in a real browser on the demo hub: a trainer starts a circle, plans its meetings and invites two
// people; one accepts, answers for the second meeting only, and acknowledges the group agreement. Then axe-core checks
// the circle pages in English and Spanish on a phone and a desktop, and that none scrolls sideways: also the admins' list
// of every circle with its Archive step open, and the circle once an admin archived it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage, type Language } from "./support/pages.ts";
import { apiToken, callApi } from "./support/registration.ts";

const WIDTHS = [390, 1280];
const CIRCLE = "Friday morning circle";

type ApiCircle = {
  id: string;
  meetings: { id: string; startsAt: string; myAnswer: string | null }[];
  agreement: { version: number; acknowledgedByMe: boolean } | null;
};

/** A date about ten days ahead in Oregon, as a date field takes it. */
function dateInDays(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

describeEndToEnd("co-reflection circles", (engine) => {
  let hub: HubProcess;
  let browser: BrowserSession;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await hub?.stop();
  });

  async function signedIn(email: string, language: Language = "en"): Promise<Page> {
    const context = await browser.browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: language === "en" ? "en-US" : "es-US",
    });
    await context.addCookies([{ name: "ips.lang", value: language, url: hub.url }]);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, hub.url, email, DEMO_PASSWORD, language);
    return page;
  }

  let circleId = "";

  it("a trainer starts a circle, invites two people; one joins, answers for the second meeting only and acknowledges the agreement", async () => {
    const maya = await signedIn("maya@example.org");
    await maya.goto(`${hub.url}/circles`);
    await Promise.all([maya.waitForURL(/\/circles\/new$/), maya.getByRole("link", { name: "Start a circle" }).click()]);
    const form = maya.getByRole("main");
    await form.getByLabel("Name", { exact: true }).fill(CIRCLE);
    await form.getByLabel("What the circle is for (optional)").fill("Reflecting on Mutuality in our daily work.");
    await form.getByLabel("Time zone the meetings are set in").selectOption("America/Los_Angeles");
    await form
      .getByLabel("Video link (optional, https, shown to members only)")
      .fill("https://video.example.org/friday");
    await Promise.all([
      maya.waitForURL(/\/circles\/[^/]+\?done=created$/),
      form.getByRole("button", { name: "Start the circle" }).click(),
    ]);
    circleId = new URL(maya.url()).pathname.split("/")[2]!;

    // Four weekly meetings from about ten days ahead.
    const main = maya.getByRole("main");
    await main.getByLabel("How often").selectOption("weekly");
    await main.getByLabel("First meeting date").fill(dateInDays(10));
    await main.getByLabel("Start time").fill("09:30");
    await main.getByLabel("How many meetings to plan").fill("4");
    await Promise.all([
      maya.waitForURL(/done=scheduled-4/),
      main.getByRole("button", { name: "Plan the meetings" }).click(),
    ]);
    await main.getByLabel("Email addresses, one per line").fill("sam@example.org\nkai@example.org");
    await Promise.all([
      maya.waitForURL(/done=invited-2/),
      main.getByRole("button", { name: "Send invitations" }).click(),
    ]);
    await expect.poll(() => main.getByText("2 invitations sent.").count()).toBe(1);

    // Maya facilitates the first meeting, so she publishes the first version of the agreement.
    await main.getByText("Publish a new version").click();
    await main.getByLabel("Text of the new version").fill("What is shared here stays here.\nAnyone may pass.");
    await Promise.all([maya.waitForURL(/done=published-1/), main.getByRole("button", { name: "Publish" }).click()]);

    const sam = await signedIn("sam@example.org");
    await sam.goto(`${hub.url}/circles`);
    await Promise.all([
      sam.waitForURL(new RegExp(`/circles/${circleId}\\?done=joined`)),
      sam.getByRole("button", { name: `Join ${CIRCLE}` }).click(),
    ]);
    const meetings = sam.getByRole("main").locator("li[id^=meeting-]");
    await expect.poll(() => meetings.count()).toBe(4);
    const second = meetings.nth(1);
    await second.getByLabel("Going", { exact: true }).check();
    await Promise.all([
      sam.waitForURL(/done=answered/),
      second.getByRole("button", { name: /Save my answer/ }).click(),
    ]);
    await Promise.all([
      sam.waitForURL(/done=acknowledged/),
      sam.getByRole("button", { name: "I have read version 1 and agree to it" }).click(),
    ]);
    await sam.getByText("You acknowledged this version.").first().waitFor();

    const shown = await callApi<ApiCircle>(hub.url, `/circles/${circleId}`, {
      token: await apiToken(hub.url, "sam@example.org"),
    });
    expect(shown.meetings.map((m) => m.myAnswer)).toEqual([null, "going", null, null]);
    expect(shown.agreement).toMatchObject({ version: 1, acknowledgedByMe: true });
    // Kai was invited and has not answered yet; the circle is not Kai's to see.
    const kai = await apiToken(hub.url, "kai@example.org");
    const kaiCircles = await callApi<{ invitations: { circleId: string }[] }>(hub.url, "/me/circles", { token: kai });
    expect(kaiCircles.invitations.map((i) => i.circleId)).toContain(circleId);
    await callApi(hub.url, `/circles/${circleId}`, { token: kai, status: 404 });
  });

  /** The innermost elements that reach past the window's right edge, to say what makes a page scroll sideways. */
  function tooWide(page: Page): Promise<string> {
    return page.evaluate(() => {
      const past = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 0.5;
      const innermost = [...document.body.querySelectorAll("*")].filter(
        (element) => past(element) && ![...element.children].some(past),
      );
      return innermost
        .slice(0, 5)
        .map((element) => element.outerHTML.slice(0, 140))
        .join("; ");
    });
  }

  /** Runs axe at each width on a page, failing with axe's summary. */
  async function expectNoViolations(page: Page, language: Language, path: string) {
    const problems: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${hub.url}${path}`);
      expect(response?.status(), `${path} answered`).toBe(200);
      expect(await pageLanguage(page)).toBe(language);
      const report = await checkAccessibility(page);
      if (report.violations.length > 0) problems.push(`at ${width}px wide — ${report.summary}`);
      // Reflow (WCAG 1.4.10), which axe does not check: nothing makes the page scroll sideways.
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (pageWidth > width)
        problems.push(`at ${width}px wide — the page is ${pageWidth}px wide: ${await tooWide(page)}`);
    }
    expect(problems, problems.join("\n\n")).toEqual([]);
  }

  for (const language of ["en", "es"] as const) {
    describe(`axe, in ${language === "en" ? "English" : "Spanish"}`, () => {
      it("the circles list, the start form and a circle with months of history have no violations", async () => {
        // The demo circle: Sam (English) and Rosa (Spanish) are members; Luis (a Spanish-speaking trainer) may start one.
        const member = await signedIn(language === "en" ? "sam@example.org" : "rosa@example.org", language);
        const trainer = await signedIn(language === "en" ? "maya@example.org" : "luis@example.org", language);
        const mine = await callApi<{ circles: { id: string; name: string }[] }>(hub.url, "/me/circles", {
          token: await apiToken(hub.url, language === "en" ? "sam@example.org" : "rosa@example.org"),
        });
        const demo = mine.circles.find((c) => c.name === "Thursday evening co-reflection")!;
        await expectNoViolations(member, language, "/circles");
        await expectNoViolations(member, language, `/circles/${demo.id}`);
        await expectNoViolations(trainer, language, "/circles/new");
        // An organizer's view of the demo circle, with the planning and invitation forms (Rosa helps organize it).
        const organizer = language === "en" ? trainer : member;
        await expectNoViolations(organizer, language, `/circles/${demo.id}`);
      });
    });
  }

  /** Runs axe at each width on the page as it is now (a disclosure opened, say), without loading it again. */
  async function expectNoViolationsAsShown(page: Page, language: Language, what: string) {
    expect(await pageLanguage(page)).toBe(language);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const report = await checkAccessibility(page);
      expect(report.violations, `${what}, ${language} at ${width}px: ${report.summary}`).toEqual([]);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth, `${what}, ${language} at ${width}px: ${await tooWide(page)}`).toBeLessThanOrEqual(width);
    }
  }

  // — archiving: the admins' list of every circle with its Archive column, and a circle once an admin archived it —
  it("the admins' list of every circle, its Archive step, and a circle an admin archived have no violations, in both languages", async () => {
    const admin = await signedIn("admin@example.org");
    const sam = await signedIn("sam@example.org");
    const words = {
      en: {
        archive: (circle: string) => `Archive ${circle}`,
        reason: /^Why, in a few words/,
        archivedTitle: "This circle is archived",
      },
      es: {
        archive: (circle: string) => `Archivar ${circle}`,
        reason: /^Por qué, en pocas palabras/,
        archivedTitle: "Este círculo está archivado",
      },
    } as const;
    /** Opens the Archive step in a circle's row of the admins' table, as an admin about to archive it. */
    const openArchiveStep = async (language: Language, circle: string) => {
      const row = admin.getByRole("main").getByRole("row").filter({ hasText: circle });
      await row.locator("summary", { hasText: words[language].archive(circle) }).click();
      await row.getByLabel(words[language].reason).waitFor();
      return row;
    };

    for (const language of ["en", "es"] as const) {
      // The demo admin and Sam read English; the header's button turns their pages to Spanish for the second round.
      if (language === "es") {
        await switchLanguage(admin, "en");
        await switchLanguage(sam, "en");
      }
      await expectNoViolations(admin, language, "/circles");
      await admin.goto(`${hub.url}/circles`);
      const demoRow = await openArchiveStep(language, "Thursday evening co-reflection");
      await expectNoViolationsAsShown(admin, language, "admin-circles-archive-step");
      // Only looked at: the demo circle stays as it is.
      await demoRow.locator("summary").click();

      if (language === "en") {
        // The admin archives the circle the first test started, with a reason its members will read.
        await admin.setViewportSize({ width: 1280, height: 900 });
        const row = await openArchiveStep("en", CIRCLE);
        await row.getByLabel(words.en.reason).fill("The group finished its year together.");
        await Promise.all([
          admin.waitForURL(/\/circles\?done=archived$/),
          row.getByRole("button", { name: words.en.archive(CIRCLE) }).click(),
        ]);
        await expect.poll(() => admin.getByRole("button", { name: `Restore ${CIRCLE}` }).count()).toBe(1);
      }
      // The list again: the archived circle with its Restore button, listed apart.
      await expectNoViolations(admin, language, "/circles");
      // Sam, a member, reads the archived circle: that it is archived, when and why, and its history.
      await expectNoViolations(sam, language, `/circles/${circleId}`);
      expect(await sam.getByText("The group finished its year together.").count()).toBe(1);
      expect(await sam.getByRole("heading", { name: words[language].archivedTitle }).count()).toBe(1);
    }
    const shown = await callApi<{ archivedAt: string | null }>(hub.url, `/circles/${circleId}`, {
      token: await apiToken(hub.url, "sam@example.org"),
    });
    expect(shown.archivedAt).not.toBeNull();
    // Both read English again, as the demo has them.
    await switchLanguage(admin, "es");
    await switchLanguage(sam, "es");
  });
});
