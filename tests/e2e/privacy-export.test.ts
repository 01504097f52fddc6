// "Download my data" for a newcomer in the demo hub, in Chromium: sign up, confirm by email, ask on the privacy page,
// receive the link by email, download the ZIP (it holds their own profile), and the same link refused to someone else;
// then the same newcomer deletes their account (issue 14 item 11), is told it is done by email, and cannot sign in.
import { randomBytes } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, expect, it } from "vitest";
import { checkAccessibility } from "./support/axe.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn } from "./support/pages.ts";
import { findLink, startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";

describeEndToEnd("download my data", (engine) => {
  let smtp: TestSmtpServer;
  let hub: HubProcess;
  let newcomer: BrowserSession;
  let someoneElse: BrowserSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHubProcess({ engine, env: { SMTP_URL: smtp.url } });
    newcomer = await launchBrowser();
    someoneElse = await launchBrowser();
  });
  afterAll(async () => {
    await newcomer?.close();
    await someoneElse?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  const email = `newcomer.${engine}.${randomBytes(3).toString("hex")}@example.org`;

  it("a newcomer downloads their data from the emailed link, and nobody else can", async () => {
    const { page } = newcomer;
    const main = page.getByRole("main");
    await page.goto(`${hub.url}/sign-up`);
    await main.getByLabel("Chosen name", { exact: true }).fill("Noa Newcomer");
    await main.getByLabel("Email", { exact: true }).fill(email);
    await main.getByLabel("Password", { exact: true }).fill("learning-together-42");
    await main.getByRole("button", { name: "Create account", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    const confirm = await smtp.waitForMail((m) => m.to.includes(email), { timeoutMs: 30_000 });
    await page.goto(findLink(confirm, "/verify-email").toString());
    await page.waitForURL((url) => url.pathname === "/account");

    await page.goto(`${hub.url}/account/privacy`);
    await main.getByRole("heading", { level: 1, name: "Your privacy" }).waitFor();
    await main.getByText("Nothing yet.", { exact: false }).waitFor();
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get("notice") === "exportRequested"),
      main.getByRole("button", { name: "Prepare my data", exact: true }).click(),
    ]);
    await main.getByText("We are preparing your file.", { exact: false }).waitFor();

    const ready = await smtp.waitForMail((m) => m.to.includes(email) && m.subject.includes("ready to download"), {
      timeoutMs: 60_000,
    });
    const link = /https?:\/\/\S+\/account\/privacy\/export\/[A-Za-z0-9_-]+/.exec(ready.text)?.[0];
    expect(link, ready.text).toBeTruthy();

    const download = await newcomer.context.request.get(link!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/zip");
    expect(download.headers()["cache-control"]).toBe("private, no-store");
    const files = unzipSync(new Uint8Array(await download.body()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["README.txt", "profile.json", "registrations.json"]));
    const profile = JSON.parse(strFromU8(files["profile.json"]!));
    expect(profile).toMatchObject({ name: "Noa Newcomer", email });

    // Someone else signed in who follows the same link gets nothing but the privacy page's calm note.
    await signIn(someoneElse.page, hub.url, "sam@example.org", DEMO_PASSWORD);
    await someoneElse.page.goto(link!);
    expect(new URL(someoneElse.page.url()).pathname).toBe("/account/privacy");
    expect(new URL(someoneElse.page.url()).searchParams.get("notice")).toBe("notFound");
    await someoneElse.page.getByRole("main").getByText("We could not find this download.", { exact: false }).waitFor();
  });

  it("the newcomer deletes their account after reading what goes and what stays, and can no longer sign in", async () => {
    const { page } = newcomer;
    const main = page.getByRole("main");
    await page.goto(`${hub.url}/account/privacy`);
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/account/privacy/delete"),
      main.getByRole("link", { name: "Read what deleting means", exact: true }).click(),
    ]);
    await main.getByRole("heading", { level: 2, name: "What we keep, and why" }).waitFor();
    const report = await checkAccessibility(page);
    expect(report.violations, report.summary).toEqual([]);

    // Without a password nothing happens, and the page says why beside the field.
    await main.getByLabel("Keep them verifiable", { exact: false }).check();
    await main.getByRole("button", { name: "Delete my account", exact: true }).click();
    await main.getByText("Enter your password to confirm.", { exact: false }).first().waitFor();

    await main.getByLabel("Your password", { exact: true }).fill("learning-together-42");
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("notice") === "account-deleted"),
      main.getByRole("button", { name: "Delete my account", exact: true }).click(),
    ]);
    await main.getByText("Your account is being deleted.", { exact: false }).waitFor();

    const done = await smtp.waitForMail((m) => m.to.includes(email) && m.subject.includes("has been deleted"), {
      timeoutMs: 60_000,
    });
    expect(done.text).toContain("stay verifiable");

    await page.goto(`${hub.url}/sign-in`);
    await main.getByLabel("Email", { exact: true }).fill(email);
    await main.getByLabel("Password", { exact: true }).fill("learning-together-42");
    await main.getByRole("button", { name: "Sign in", exact: true }).click();
    await main.getByRole("alert").first().waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await page.goto(`${hub.url}/account/privacy`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
