// A partner organization and one of its staff, with the person's consent all the way: the partner admin invites a new
// person by email from the partner portal; the person creates an account from the invitation, accepts and shares
// their completions; the hub records a sponsored block for the partner on a training that starts in a minute; the
// person takes a seat with the block's code; the lead trainer marks them present and signs off once the training has
// started; the partner admin sees the completion under Staff and seats. Then the person withdraws, and the partner no
// longer sees them at all. axe-core checks each partner page on the way, in English and in Spanish.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { findLink, startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, pageLanguage, signIn, switchLanguage } from "./support/pages.ts";
import { apiToken, callApi, clickAndWait, linkAfter, trainerId, type ApiSession } from "./support/registration.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const ORGANIZATION = "Willamette Peer Network";
const MAIL_WAIT = { timeoutMs: 30_000 };
/**
 * The training starts this long after the hub records the sponsored block: enough for the person to take a seat first
 * (registration closes when a training starts), short enough that the test then waits only briefly for sign-off,
 * which opens once the training has started. The hub has no clock a test can move, so this is real time.
 */
const SEAT_WINDOW_MS = 45_000;

describeEndToEnd("partner journey", (engine) => {
  let hub: HubProcess;
  let smtp: TestSmtpServer;
  let session: BrowserSession;
  const contexts: BrowserContext[] = [];
  let jordan: Page;
  let person: Page;
  let maya: Page;
  const email = `dana.${engine}.${randomBytes(3).toString("hex")}@example.org`;
  const name = "Dana Whitfield";
  let training: ApiSession & { startsAt: string; course: ApiSession["course"] & { title: { en: string } } };
  let code = "";
  /** Script errors on any page of the journey, such as React failing to hydrate what the server drew. */
  const pageErrors: string[] = [];

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await session.browser.newContext({ viewport, locale: "en-US" });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    return page;
  }

  /** axe on the page as it is, in English, then in Spanish; the page is left in English as it was. */
  async function expectAccessibleInBothLanguages(page: Page): Promise<void> {
    expect(await pageLanguage(page)).toBe("en");
    const english = await checkAccessibility(page);
    expect(english.violations, english.summary).toEqual([]);
    await switchLanguage(page, "en");
    const spanish = await checkAccessibility(page);
    expect(spanish.violations, spanish.summary).toEqual([]);
    await switchLanguage(page, "es");
  }

  /**
   * Focuses `start`, presses Tab `count` times and names each control reached (its label or its text), checking that
   * each shows the focus outline: the keyboard order of a form, as a person without a mouse meets it.
   */
  async function tabOrder(page: Page, start: Locator, count: number): Promise<string[]> {
    await start.focus();
    const reached: string[] = [];
    for (let step = 0; step < count; step += 1) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement;
        const style = getComputedStyle(element);
        const name = (element.labels?.[0]?.textContent ?? element.textContent ?? "").trim();
        return { name, outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2 };
      });
      expect(focused.outline, `a visible focus outline on "${focused.name}"`).toBe(true);
      reached.push(focused.name);
    }
    return reached;
  }

  /** The person's entry in the partner's staff list, found by their email address. */
  function staffEntry(page: Page) {
    return page.locator("ul.people-list > li").filter({ hasText: email });
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHubProcess({ engine, env: { SMTP_URL: smtp.url } });
    session = await launchBrowser({ viewport: DESKTOP });
    jordan = await newPage(DESKTOP);
    person = await newPage(PHONE);
    maya = await newPage(DESKTOP);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await session?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  it("invite, consent, a sponsored seat, sign-off, the partner sees the completion, then the person withdraws", async () => {
    // 1. Jordan, Willamette's partner admin, opens the portal and its Staff and seats page.
    await signIn(jordan, hub.url, "jordan@example.org", DEMO_PASSWORD);
    await jordan.goto(`${hub.url}/partner`);
    await expectAccessibleInBothLanguages(jordan);
    await clickAndWait(
      jordan,
      jordan.getByRole("link", { name: "Staff and seats", exact: true }).first(),
      (url) => url.pathname === "/partner/staff",
      jordan.getByRole("heading", { level: 1, name: "Staff and seats" }),
    );
    await expectAccessibleInBothLanguages(jordan);

    // 2. Jordan invites a person who has no account yet; the list then shows only the address Jordan typed.
    const willamette = jordan.getByRole("region", { name: ORGANIZATION, exact: true });
    const emailField = willamette.getByLabel("Their email address", { exact: true });
    expect(await tabOrder(jordan, emailField, 2)).toEqual(["Language for the invitation email", "Send invitation"]);
    await emailField.fill(email);
    await willamette.getByRole("button", { name: "Send invitation", exact: true }).click();
    await jordan.getByText("Invitation sent.", { exact: false }).waitFor();
    await expect.poll(() => staffEntry(jordan).textContent()).toContain("Invited, waiting for their answer");

    // 3. The invitation mail leads to the person's Organizations page; they create an account on the way there.
    const invitation = await smtp.waitForMail((m) => m.to.includes(email), MAIL_WAIT);
    expect(invitation.subject).toBe(`${ORGANIZATION} invites you to link with them`);
    const invitationLink = linkAfter(invitation, "See the invitation");
    expect(invitationLink.pathname).toBe("/account/partners");
    await person.goto(invitationLink.toString());
    await person.waitForURL(
      (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/account/partners",
    );
    const personMain = person.getByRole("main");
    await clickAndWait(
      person,
      personMain.getByRole("link", { name: "Create an account", exact: true }),
      (url) => url.pathname === "/sign-up",
      personMain.getByLabel("Chosen name", { exact: true }),
    );
    await personMain.getByLabel("Chosen name", { exact: true }).fill(name);
    await personMain.getByLabel("Email", { exact: true }).fill(email);
    await personMain.getByLabel("Password", { exact: true }).fill("linking-with-consent-7");
    await clickAndWait(
      person,
      personMain.getByRole("button", { name: "Create account", exact: true }),
      (url) => url.pathname === "/check-email",
      person.getByRole("heading", { level: 1, name: "Check your email" }),
    );
    const confirmation = await smtp.waitForMail(
      (m) => m.to.includes(email) && /\/verify-email/.test(m.text),
      MAIL_WAIT,
    );
    await person.goto(findLink(confirmation, "/verify-email").toString());
    await person.waitForURL((url) => url.pathname === "/account/partners");

    // 4. The invitation waits for the person's answer; they accept, sharing their trainings but not their CE summary.
    const link = personMain.getByRole("region", { name: ORGANIZATION, exact: true });
    expect(await link.textContent()).toContain(`${ORGANIZATION} invites you to link with them as staff.`);
    await expectAccessibleInBothLanguages(person);
    const shareTrainings = link.getByLabel("Share my completed and upcoming trainings", { exact: true });
    const shareCompliance = link.getByLabel("Share a summary of my certification and CE hours", { exact: true });
    expect(await shareTrainings.isChecked()).toBe(true);
    expect(await shareCompliance.isChecked()).toBe(false);
    expect(await tabOrder(person, shareTrainings, 3)).toEqual([
      "Share a summary of my certification and CE hours",
      "Accept and share what I ticked",
      "Decline",
    ]);
    await link.getByRole("button", { name: "Accept and share what I ticked", exact: true }).click();
    await personMain.getByText("Done. Here is where each link stands now.").waitFor();
    expect(await link.textContent()).toContain(`You are linked with ${ORGANIZATION}.`);
    await expectAccessibleInBothLanguages(person);

    // 5. Jordan now sees the person by name, with their trainings (none completed yet) and nothing of their CE hours.
    await jordan.reload();
    const entry = staffEntry(jordan);
    expect(await entry.textContent()).toContain(name);
    expect(await entry.textContent()).toContain("Linked");
    expect(await entry.getByText("No completed trainings yet.").count()).toBe(1);
    expect(await entry.getByRole("heading", { name: "Certifications" }).count()).toBe(0);

    // 6. Setup a person does not click through: the hub records a block of seats Willamette bought on a training that
    //    starts in under a minute, led by Maya.
    const admin = await apiToken(hub.url, "admin@example.org");
    const me = await callApi<{ roles: { role: string; organizationId: string | null }[] }>(hub.url, "/me", {
      token: await apiToken(hub.url, "jordan@example.org"),
    });
    const organizationId = me.roles.find((role) => role.role === "partner_admin")!.organizationId!;
    const startsAt = new Date(Date.now() + SEAT_WINDOW_MS);
    training = await callApi(hub.url, "/sessions", {
      token: admin,
      status: 201,
      body: {
        courseSlug: "ips-overview",
        timezone: "America/Los_Angeles",
        meetings: [
          { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString() },
        ],
        format: "online",
        joinUrl: "https://meet.example.org/e2e-partner",
        capacity: 10,
        offerHoldHours: 48,
        status: "published",
        trainers: [{ userId: await trainerId(hub.url, "Maya Chen"), role: "lead" }],
      },
    });
    const block = await callApi<{ id: string; code: string }>(hub.url, "/sponsored-blocks", {
      token: admin,
      status: 201,
      body: {
        organizationId,
        sessionId: training.id,
        seats: 2,
        releaseAt: startsAt.toISOString(),
        amountCents: 90_000,
        invoiceReference: "E2E-PARTNER-1",
        paid: true,
      },
    });

    // 7. Jordan finds the block's code under Sponsored seats and passes it on; the person takes a seat with it.
    await jordan.reload();
    code = (await jordan.locator("code", { hasText: block.code }).first().textContent())!.trim();
    expect(code).toBe(block.code);
    await person.goto(`${hub.url}/account/partners`);
    await personMain.getByLabel("Seat code", { exact: true }).fill(code.toLowerCase());
    await personMain.getByRole("button", { name: "Take the seat", exact: true }).click();
    await personMain.getByText("You have a seat.", { exact: false }).waitFor();
    expect(Date.now(), "the seat was taken before the training started").toBeLessThan(startsAt.getTime());
    await jordan.reload();
    expect(await staffEntry(jordan).getByRole("heading", { name: "Coming up" }).count()).toBe(1);
    expect(await jordan.getByText("1 of 2 seats used").count()).toBe(1);

    // 8. Once the training has started, Maya marks the person present for the whole meeting and signs off.
    await signIn(maya, hub.url, "maya@example.org", DEMO_PASSWORD);
    const wait = startsAt.getTime() + 1_000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await maya.goto(`${hub.url}/trainer/sessions/${training.id}/attendance`);
    await maya.waitForLoadState("networkidle");
    const full = maya.getByRole("button", { name: new RegExp(`^(✓ )?Full for ${name}$`) });
    await full.click();
    await expect.poll(() => full.getAttribute("aria-pressed"), { timeout: 15_000 }).toBe("true");
    const results = maya.getByRole("region", { name: "Results and sign-off", exact: true });
    const row = results.getByRole("row").filter({ has: maya.getByRole("rowheader", { name, exact: true }) });
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toContain("Ready for sign-off");
    await results.locator("summary", { hasText: "Sign off this session" }).click();
    await results.getByRole("button", { name: "Yes, sign off", exact: true }).click();
    await results
      .getByRole("status")
      .filter({ hasText: "Signed off: 1 person completed" })
      .waitFor({ timeout: 15_000 });

    // 9. Jordan sees the completion under the person, and nothing more than they shared.
    await jordan.reload();
    const completed = staffEntry(jordan).getByRole("listitem").filter({ hasText: training.course.title.en });
    expect(await completed.count()).toBe(1);
    expect(await staffEntry(jordan).getByText("No completed trainings yet.").count()).toBe(0);
    await expectAccessibleInBothLanguages(jordan);

    // 10. The person withdraws; the partner no longer sees them, their completion, or their address.
    await person.goto(`${hub.url}/account/partners`);
    await link.getByRole("button", { name: "Withdraw from this organization", exact: true }).click();
    await personMain.getByText("Done. Here is where each link stands now.").waitFor();
    expect(await personMain.getByRole("region", { name: ORGANIZATION, exact: true }).count()).toBe(0);
    await jordan.reload();
    const staffPage = (await jordan.getByRole("main").textContent())!;
    expect(staffPage).not.toContain(email);
    expect(staffPage).not.toContain(name);
    // The seat stays the person's: the training is theirs, only the partner's view of it ended.
    expect(await jordan.getByText("1 of 2 seats used").count()).toBe(1);

    expect(pageErrors, pageErrors.join("\n")).toEqual([]);
  }, 300_000);
});
