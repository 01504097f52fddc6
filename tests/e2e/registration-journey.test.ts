// Registering in the demo hub with a real browser and real mail: find a training, take its only seat, a second person
// joins the line, the first cancels, the second accepts the offer from the email and finds the join details; and an
// application to the Advanced training that a hub admin approves.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from "../support/smtp.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn } from "./support/pages.ts";
import {
  apiToken,
  callApi,
  clickAndWait,
  demoSession,
  expectInvitation,
  linkAfter,
  meetingInDays,
  myTrainingCard,
  readSession,
  trainerId,
  type ApiSession,
} from "./support/registration.ts";

const OVERVIEW = "Overview of Intentional Peer Support";
const ADVANCED = "IPS Advanced: Power, Conflict and Mutuality";
const JOIN_URL = "https://meet.example.org/e2e-small-circle";
const JOIN_DETAILS = "Meeting ID 555 0100 · Passcode circle";
const MAIL_WAIT = { timeoutMs: 30_000 };

describeEndToEnd("registration journey", (engine) => {
  let smtp: TestSmtpServer;
  let hub: HubProcess;
  let browser: BrowserSession;
  /** One signed-in browser context per person, as if each used their own device. */
  const people = new Map<string, { context: BrowserContext; page: Page }>();
  /** The one-seat hybrid Overview the first journey takes place in, made through the API. */
  let circle: ApiSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHubProcess({ engine, env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
    const admin = await apiToken(hub.url, "admin@example.org");
    circle = await callApi<ApiSession>(hub.url, "/sessions", {
      token: admin,
      status: 201,
      body: {
        courseSlug: "ips-overview",
        timezone: "America/Los_Angeles",
        meetings: [meetingInDays(20)],
        format: "hybrid",
        venueName: "Belmont Peer Wellness Center",
        venueAddress: "2828 SE Belmont St, Portland, OR 97214",
        joinUrl: JOIN_URL,
        joinDetails: JOIN_DETAILS,
        capacity: 1,
        offerHoldHours: 48,
        status: "published",
        trainers: [{ userId: await trainerId(hub.url, "Maya Chen"), role: "lead" }],
      },
    });
    expect(circle.seats).toMatchObject({ capacity: 1, available: 1 });
  });
  afterAll(async () => {
    for (const person of people.values()) await person.context.close();
    await browser?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  /** The page of a person signed in on their own browser context (signed in on first use). */
  async function pageOf(email: string): Promise<Page> {
    const known = people.get(email);
    if (known) return known.page;
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    await signIn(page, hub.url, email, DEMO_PASSWORD);
    people.set(email, { context, page });
    return page;
  }

  const mailTo = (email: string, subject: string): Promise<CapturedMail> =>
    smtp.waitForMail((m) => m.to.includes(email) && m.subject === subject, MAIL_WAIT);

  it("takes the last seat, passes it on by cancelling, and the next in line accepts from the email and sees how to join", async () => {
    // 1. Kai looks for a hybrid Overview on /trainings with the search form.
    const kai = await pageOf("kai@example.org");
    await kai.goto(`${hub.url}/trainings`);
    const search = kai.getByRole("search");
    // "Any format" and "hybrid" must read differently, or a person cannot tell which one they pick.
    const formatLabels = await search.getByLabel("Format", { exact: true }).locator("option").allTextContents();
    expect(new Set(formatLabels).size, `format options: ${formatLabels.join(" | ")}`).toBe(formatLabels.length);
    await search.getByLabel("Search", { exact: true }).fill("overview");
    // The filters sit behind a disclosure, so the results come first on a phone.
    await search.getByText("Filters", { exact: true }).click();
    await search.getByLabel("Format", { exact: true }).selectOption({ label: "In person or online" });
    await clickAndWait(
      kai,
      search.getByRole("button", { name: "Show trainings" }),
      (url) => url.searchParams.get("q") === "overview" && url.searchParams.get("format") === "hybrid",
      kai.getByRole("heading", { level: 2, name: "1 training" }),
    );
    const results = kai.locator("ol.session-cards > li");
    expect(await results.count()).toBe(1);
    expect(await results.first().textContent()).toContain("1 seat left");

    // 2. The session page says a seat is left; Kai registers (free: only the consent line to tick).
    await clickAndWait(
      kai,
      results.first().getByRole("link", { name: OVERVIEW }),
      (url) => url.pathname === `/trainings/${circle.id}`,
      kai.getByRole("heading", { level: 1, name: OVERVIEW }),
    );
    const main = kai.getByRole("main");
    await main.getByText("1 seat left").waitFor();
    expect(await main.getByText(JOIN_URL).count(), "the join link is for confirmed people only").toBe(0);
    await clickAndWait(
      kai,
      main.getByRole("link", { name: "Register", exact: true }),
      (url) => url.pathname === `/trainings/${circle.id}/register`,
      main.getByText("This training is free."),
    );
    await main.getByLabel("I understand what is kept and who sees it.").check();
    await clickAndWait(
      kai,
      main.getByRole("button", { name: "Register", exact: true }),
      (url) => url.pathname === "/my/trainings",
      main.getByText("You're in. We have emailed you a confirmation with a calendar invitation."),
    );
    const kaiCard = myTrainingCard(kai, OVERVIEW);
    await kaiCard.getByText("You're in", { exact: true }).waitFor();
    expect(await kaiCard.getByRole("link", { name: JOIN_URL }).count(), "a confirmed person sees the join link").toBe(
      1,
    );

    // 3. The confirmation arrives over SMTP with a calendar invitation.
    const confirmation = await mailTo("kai@example.org", `You're registered for ${OVERVIEW}`);
    expect(confirmation.text).toContain(JOIN_URL);
    expectInvitation(confirmation, 1);

    // 4. Sam finds the session full and joins the line.
    const sam = await pageOf("sam@example.org");
    await sam.goto(`${hub.url}/trainings/${circle.id}`);
    const samMain = sam.getByRole("main");
    await samMain.getByText("Waitlist open").waitFor();
    await clickAndWait(
      sam,
      samMain.getByRole("link", { name: "Join the waitlist" }),
      (url) => url.pathname === `/trainings/${circle.id}/register`,
      samMain.getByText("All seats are taken right now.", { exact: false }),
    );
    await samMain.getByLabel("I understand what is kept and who sees it.").check();
    await clickAndWait(
      sam,
      samMain.getByRole("button", { name: "Join the waitlist" }),
      (url) => url.pathname === "/my/trainings",
      samMain.getByText("You're number 1 in line", { exact: false }).first(),
    );
    await myTrainingCard(sam, OVERVIEW).getByText("On the waitlist", { exact: true }).waitFor();
    const waitlisted = await mailTo("sam@example.org", `You're on the waitlist for ${OVERVIEW}`);
    expect(waitlisted.text).toContain("You are number 1 in line.");
    expect(await readSession(hub.url, circle.id)).toMatchObject({
      seats: { confirmed: 1, available: 0, waitlisted: 1 },
    });

    // 5. Kai cancels on /my/trainings: the seat is offered to Sam.
    await kai.goto(`${hub.url}/my/trainings`);
    const card = myTrainingCard(kai, OVERVIEW);
    await card.locator("summary", { hasText: "Cancel my place" }).click();
    await clickAndWait(
      kai,
      card.getByRole("button", { name: "Yes, cancel my place" }),
      (url) => url.searchParams.get("notice") === "cancelled",
      kai
        .getByRole("main")
        .getByText("Your place is cancelled, and the seat goes to the next person in line.", { exact: false }),
    );
    expect(await myTrainingCard(kai, OVERVIEW).count(), "the cancelled place leaves the upcoming list").toBe(0);
    await mailTo("kai@example.org", `Your registration for ${OVERVIEW} is cancelled`);

    // 6. Sam's offer mail holds the seat and carries accept and decline links.
    const offer = await mailTo("sam@example.org", `A seat is open for you in ${OVERVIEW}`);
    expect(offer.text).toContain("we're holding it for you until");
    expect(offer.text).not.toContain(JOIN_URL);
    const accept = linkAfter(offer, "Yes, I'll take the seat");
    const decline = linkAfter(offer, "No thanks, pass it on");
    expect(accept.origin).toBe(hub.url);
    expect(accept.pathname).toMatch(/^\/offers\/.+/);
    expect(decline.pathname).not.toBe(accept.pathname);
    expect(await readSession(hub.url, circle.id)).toMatchObject({
      seats: { confirmed: 0, held: 1, available: 0, waitlisted: 0 },
    });

    // 7. Opening the link only asks (mail scanners open links too); pressing the button takes the seat.
    await sam.goto(accept.toString());
    await samMain.getByRole("heading", { level: 1, name: "Your offered seat" }).waitFor();
    await samMain.getByText(`You're about to take the seat we're holding for you in ${OVERVIEW}.`).waitFor();
    await sam.reload();
    await samMain.getByRole("button", { name: "Yes, take the seat" }).click();
    await samMain.getByRole("heading", { level: 1, name: "You have a seat" }).waitFor();
    await samMain.getByRole("link", { name: JOIN_URL }).waitFor();
    await samMain.getByText(JOIN_DETAILS).waitFor();

    // 8. My trainings shows the seat and how to join.
    await clickAndWait(
      sam,
      samMain.getByRole("link", { name: "Go to My trainings" }),
      (url) => url.pathname === "/my/trainings",
      sam.getByRole("heading", { level: 1, name: "My trainings" }),
    );
    const samCard = myTrainingCard(sam, OVERVIEW);
    await samCard.getByText("You're in", { exact: true }).waitFor();
    await samCard.getByRole("heading", { name: "How to join" }).waitFor();
    expect(await samCard.getByRole("link", { name: JOIN_URL }).getAttribute("href")).toBe(JOIN_URL);
    expect(await samCard.getByText(JOIN_DETAILS).count()).toBe(1);
    expect(await readSession(hub.url, circle.id)).toMatchObject({
      seats: { confirmed: 1, held: 0, available: 0, waitlisted: 0 },
    });

    // 9. The link worked once: opening it again says so, and the decline link no longer gives the seat away.
    await sam.goto(accept.toString());
    await samMain.getByRole("heading", { level: 1, name: "This link was already used" }).waitFor();
    await sam.goto(decline.toString());
    expect(await samMain.getByRole("button", { name: "Pass on the seat" }).count()).toBe(0);
    const confirmed = await mailTo("sam@example.org", `You're registered for ${OVERVIEW}`);
    expect(confirmed.text).toContain(JOIN_URL);
    expectInvitation(confirmed, 1);
  });

  it("an application to the Advanced training waits for a hub admin, who approves it: the person has a seat and an email", async () => {
    const advanced = await demoSession(hub.url, "ips-advanced", "in_person");

    // 1. Sam (who completed the Core Training here) finds the Advanced training by its kind and applies.
    const sam = await pageOf("sam@example.org");
    await sam.goto(`${hub.url}/trainings`);
    const search = sam.getByRole("search");
    await search.getByText("Filters", { exact: true }).click();
    await search.getByLabel("Kind of training", { exact: true }).selectOption({ label: "Advanced" });
    await clickAndWait(
      sam,
      search.getByRole("button", { name: "Show trainings" }),
      (url) => url.searchParams.get("form") === "advanced",
      sam.getByRole("link", { name: ADVANCED }),
    );
    await clickAndWait(
      sam,
      sam.getByRole("link", { name: ADVANCED }),
      (url) => url.pathname === `/trainings/${advanced.id}`,
      sam.getByRole("heading", { level: 1, name: ADVANCED }),
    );
    const main = sam.getByRole("main");
    await clickAndWait(
      sam,
      main.getByRole("link", { name: "Apply", exact: true }),
      (url) => url.pathname === `/trainings/${advanced.id}/register`,
      main.getByText("This training takes applications.", { exact: false }),
    );
    expect(
      await main.getByRole("heading", { name: "This training builds on another one" }).count(),
      "Sam completed the Core Training",
    ).toBe(0);

    // A required question left unanswered comes back with the error next to it, and what was typed is kept.
    await main.getByLabel("Your pronouns (optional)").fill("he/him");
    await main.getByLabel("I understand what is kept and who sees it.").check();
    await main.getByRole("radio", { name: "Standard: $360" }).check();
    await main.getByRole("button", { name: "Send my application" }).click();
    const summary = main.locator(".error-summary");
    await summary.waitFor();
    expect(new URL(sam.url()).pathname).toBe(`/trainings/${advanced.id}/register`);
    expect(await main.getByLabel("Your pronouns (optional)").inputValue()).toBe("he/him");
    expect(await main.getByLabel("I understand what is kept and who sees it.").isChecked()).toBe(true);
    expect(await main.getByRole("radio", { name: "Standard: $360" }).isChecked()).toBe(true);
    await summary.getByRole("link").first().waitFor();

    await main.getByRole("radio", { name: "One to three years" }).check();
    await main
      .getByLabel("Is there anything from your own lived experience", { exact: false })
      .fill("I work nights; mornings are easier for me.");
    await clickAndWait(
      sam,
      main.getByRole("button", { name: "Send my application" }),
      (url) => url.pathname === "/my/trainings",
      main.getByText("Application received — we'll let you know by email once the hub team has read it."),
    );
    await myTrainingCard(sam, ADVANCED).getByText("Application received", { exact: true }).waitFor();
    await mailTo("sam@example.org", `We got your application for ${ADVANCED}`);
    expect(await readSession(hub.url, advanced.id)).toMatchObject({ seats: { confirmed: 0 } });

    // 2. The admin reads it in the applications queue and approves it with a note.
    const admin = await pageOf("admin@example.org");
    await admin.goto(`${hub.url}/admin/applications`);
    const application = admin
      .locator("li.queue-item")
      .filter({ has: admin.getByRole("heading", { level: 2, name: "Sam Taylor (he/him)" }) });
    await application.waitFor();
    await application.getByText("One to three years").waitFor();
    await application.getByText("I work nights; mornings are easier for me.").waitFor();
    await application
      .getByLabel("Message to the person (optional)")
      .fill("Welcome! Bring a story you want to work on.");
    await clickAndWait(
      admin,
      application.getByRole("button", { name: "Approve · Sam Taylor" }),
      (url) => url.searchParams.get("done") === "approved",
      admin.getByText("Approved. They have a seat, and we emailed them."),
    );
    expect(await admin.locator("li.queue-item").filter({ hasText: "Sam Taylor" }).count()).toBe(0);

    // 3. Sam has the seat: the approval email (with the admin's note and a calendar invitation) and My trainings say so.
    const approved = await mailTo("sam@example.org", `Your application for ${ADVANCED} is approved`);
    expect(approved.text).toContain("Welcome! Bring a story you want to work on.");
    expect(approved.text).toContain("You have a seat.");
    expectInvitation(approved, 3);
    await sam.goto(`${hub.url}/my/trainings`);
    await myTrainingCard(sam, ADVANCED).getByText("You're in", { exact: true }).waitFor();
    expect(await readSession(hub.url, advanced.id)).toMatchObject({ seats: { confirmed: 1 } });
  });
});
