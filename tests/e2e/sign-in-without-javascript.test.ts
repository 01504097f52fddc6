// Password sign-in, a refused password and sign-out all work with JavaScript turned off.
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn } from "./support/pages.ts";

describeEndToEnd("sign-in without JavaScript", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    hub = await startHubProcess({ engine });
    session = await launchBrowser({ javaScriptEnabled: false });
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
  });

  it("keeps the typed email and says so calmly when the password is wrong", async () => {
    const { page } = session;
    await page.goto(`${hub.url}/sign-in`);
    const main = page.getByRole("main");
    await main.getByLabel("Email", { exact: true }).fill("admin@example.org");
    await main.getByLabel("Password", { exact: true }).fill("not-the-password");
    await main.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect.poll(() => main.getByLabel("Email", { exact: true }).inputValue()).toBe("admin@example.org");
    expect(await main.getByText("That email and password don't match an account").count()).toBeGreaterThan(0);
  });

  it("signs in the demo admin with the password form and signs out again", async () => {
    const { page } = session;
    await signIn(page, hub.url, "admin@example.org", DEMO_PASSWORD);
    expect(new URL(page.url()).pathname).toBe("/account");
    await expect
      .poll(() => page.getByRole("main").getByLabel("Chosen name", { exact: true }).inputValue())
      .toBe("Alex Rivera");
    // Admin navigation shows for the admin.
    expect(await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).count()).toBe(1);

    await page.getByRole("banner").getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto(`${hub.url}/account`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });
});
