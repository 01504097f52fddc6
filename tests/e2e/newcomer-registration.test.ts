// A newcomer keeps the training they picked: Register while signed out offers signing in and a free account as equals,
// and the address to come back to rides through sign-up, the confirmation email and the sign-in link, so confirming
// lands on that training's registration ("Continue registering for …") instead of the profile.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { findLink, startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { apiToken, callApi, clickAndWait, meetingInDays, trainerId, type ApiSession } from "./support/registration.ts";

const OVERVIEW = "Overview of Intentional Peer Support";
const MAIL_WAIT = { timeoutMs: 30_000 };

describeEndToEnd("a newcomer keeps the training they picked", (engine) => {
  let smtp: TestSmtpServer;
  let hub: HubProcess;
  let browser: BrowserSession;
  let training: ApiSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHubProcess({ engine, env: { SMTP_URL: smtp.url } });
    browser = await launchBrowser();
    const admin = await apiToken(hub.url, "admin@example.org");
    training = await callApi<ApiSession>(hub.url, "/sessions", {
      token: admin,
      status: 201,
      body: {
        courseSlug: "ips-overview",
        timezone: "America/Los_Angeles",
        meetings: [meetingInDays(47)],
        format: "online",
        joinUrl: "https://meet.example.org/e2e-newcomer",
        capacity: 12,
        offerHoldHours: 48,
        status: "published",
        trainers: [{ userId: await trainerId(hub.url, "Maya Chen"), role: "lead" }],
      },
    });
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  const registerPath = () => `/trainings/${training.id}/register`;

  /** From the training's page, Register while signed out: the page that offers both ways on, naming the training. */
  async function pressRegisterSignedOut(page: Page): Promise<void> {
    await page.goto(`${hub.url}/trainings/${training.id}`);
    const main = page.getByRole("main");
    await clickAndWait(
      page,
      main.getByRole("link", { name: "Register", exact: true }),
      (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === registerPath(),
      main.getByRole("heading", { level: 1, name: "To register, sign in or create a free account" }),
    );
    await main.getByText(`You're registering for ${OVERVIEW}.`, { exact: false }).waitFor();
    // Both ways on are offered as equals: each has its own heading at the same level, and each its own main control.
    const newHere = main.getByRole("region", { name: "New here" });
    const haveAccount = main.getByRole("region", { name: "I have an account" });
    expect(await newHere.getByRole("link", { name: "Create a free account" }).count()).toBe(1);
    expect(await haveAccount.getByRole("button", { name: "Sign in", exact: true }).count()).toBe(1);
  }

  it("creates an account from Register, confirms from the mail and lands back on that training's registration", async () => {
    const context = await browser.browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-US" });
    const page = await context.newPage();
    const main = page.getByRole("main");
    const email = `newcomer.${engine}.${randomBytes(3).toString("hex")}@example.org`;

    await pressRegisterSignedOut(page);
    await clickAndWait(
      page,
      main.getByRole("link", { name: "Create a free account" }),
      (url) => url.pathname === "/sign-up" && url.searchParams.get("next") === registerPath(),
      main.getByText(`we'll bring you back to register for ${OVERVIEW}`, { exact: false }),
    );
    await main.getByLabel("Chosen name", { exact: true }).fill("Noor Newcomer");
    await main.getByLabel("Email", { exact: true }).fill(email);
    await main.getByLabel("Password", { exact: true }).fill("keeping-the-training-7");
    await clickAndWait(
      page,
      main.getByRole("button", { name: "Create account", exact: true }),
      (url) => url.pathname === "/check-email",
      page.getByRole("heading", { level: 1, name: "Check your email" }),
    );

    const mail = await smtp.waitForMail((m) => m.to.includes(email), MAIL_WAIT);
    const link = findLink(mail, "/verify-email");
    expect(link.searchParams.get("next"), "the confirmation link remembers the training").toBe(registerPath());

    await page.goto(link.toString());
    await page.waitForURL((url) => url.pathname === registerPath());
    await main.getByText(`Continue registering for ${OVERVIEW}`, { exact: false }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(OVERVIEW);

    // The registration goes through from here: nothing was lost on the way.
    await main.getByLabel("I understand what is kept and who sees it.").check();
    await clickAndWait(
      page,
      main.getByRole("button", { name: "Register", exact: true }),
      (url) => url.pathname === "/my/trainings",
      main.getByText("You're in.", { exact: false }),
    );
    await context.close();
  });

  it("a person with an account asks for a sign-in link from Register and the link brings them back to it", async () => {
    const context = await browser.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const page = await context.newPage();
    const main = page.getByRole("main");

    await pressRegisterSignedOut(page);
    await clickAndWait(
      page,
      main.getByRole("link", { name: "Email me a sign-in link instead" }),
      (url) => url.pathname === "/sign-in/link" && url.searchParams.get("next") === registerPath(),
      main.getByRole("heading", { level: 1 }),
    );
    await main.getByLabel("Email", { exact: true }).fill("kai@example.org");
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/check-email"),
      main.getByRole("button", { name: "Email me a link", exact: true }).click(),
    ]);

    const mail = await smtp.waitForMail(
      (m) => m.to.includes("kai@example.org") && /\/magic-link/.test(m.text),
      MAIL_WAIT,
    );
    const link = findLink(mail, "/magic-link");
    expect(link.searchParams.get("next")).toBe(registerPath());
    await page.goto(link.toString());
    await clickAndWait(
      page,
      main.getByRole("button", { name: "Sign in", exact: true }),
      (url) => url.pathname === registerPath(),
      page.getByRole("heading", { level: 1, name: new RegExp(OVERVIEW) }),
    );
    await context.close();
  });
});
