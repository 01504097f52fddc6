// A newcomer's first visit: sign up, confirm by email (over real SMTP), Spanish, chosen name, an API token, sign out.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { findLink, startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { pageLanguage, switchLanguage, words } from "./support/pages.ts";

/** The account pages' words in Spanish, where this journey uses them. */
const cuenta = {
  chosenName: "Nombre elegido",
  save: "Guardar cambios",
  saved: "Tus cambios están guardados.",
  tokenName: "Nombre",
  makeToken: "Crear token",
};

describeEndToEnd("first visit journey", (engine) => {
  let smtp: TestSmtpServer;
  let hub: HubProcess;
  let session: BrowserSession;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    hub = await startHubProcess({ engine, env: { SMTP_URL: smtp.url } });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
    await smtp?.stop();
  });

  it("signs up, confirms by email, switches to Spanish, renames, makes a working token and signs out", async () => {
    const { page } = session;
    const email = `ana.${engine}.${randomBytes(3).toString("hex")}@example.org`;
    const password = "learning-together-42";

    // 1. Sign up.
    await page.goto(`${hub.url}/sign-up`);
    const main = page.getByRole("main");
    await main.getByLabel("Chosen name", { exact: true }).fill("Ana Prueba");
    await main.getByLabel("Email", { exact: true }).fill(email);
    await main.getByLabel("Password", { exact: true }).fill(password);
    await main.getByRole("button", { name: "Create account", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/check-email");
    // With JavaScript the address changes a moment before the new page renders: wait for the page itself.
    await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();

    // 2. The confirmation arrives over SMTP, in English, with a plain-text part and a link back to this hub.
    const mail = await smtp.waitForMail((m) => m.to.includes(email), { timeoutMs: 30_000 });
    expect(mail.subject).toMatch(/^Confirm your email address for /);
    expect(mail.text).toContain("Hi Ana Prueba,");
    expect(mail.html).toContain("<a ");
    const link = findLink(mail, "/verify-email");
    expect(link.origin).toBe(hub.url);
    expect(link.searchParams.get("token")).toBeTruthy();

    // 3. Following the link confirms the address and signs in.
    await page.goto(link.toString());
    await page.waitForURL((url) => url.pathname === "/account");
    expect(new URL(page.url()).searchParams.get("welcome")).toBe("1");
    await main.getByText("Welcome, Ana Prueba!").waitFor();
    expect(await page.getByRole("banner").getByRole("button", { name: words.en.signOut, exact: true }).count()).toBe(1);

    // 4. Switch to Spanish with the header button: same page, now <html lang="es">.
    expect(await pageLanguage(page)).toBe("en");
    await switchLanguage(page, "en");
    expect(new URL(page.url()).pathname).toBe("/account");
    expect(await page.getByRole("banner").getByRole("link", { name: words.es.quickExit }).count()).toBe(1);

    // 5. Change the chosen name on /account (the page is in Spanish now).
    const nameField = main.getByLabel(cuenta.chosenName, { exact: true });
    expect(await nameField.inputValue()).toBe("Ana Prueba");
    await nameField.fill("Ana María");
    await main.getByRole("button", { name: cuenta.save, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("saved") === "1");
    await main.getByText(cuenta.saved).waitFor();
    expect(await main.getByLabel(cuenta.chosenName, { exact: true }).inputValue()).toBe("Ana María");
    expect(await pageLanguage(page)).toBe("es");

    // 6. Make an API token: shown once, and it works against the API.
    await page.goto(`${hub.url}/account/tokens`);
    await main.getByLabel(cuenta.tokenName, { exact: true }).fill("Mi script");
    await main.getByRole("button", { name: cuenta.makeToken, exact: true }).click();
    const reveal = page.locator(".token-reveal");
    await reveal.waitFor();
    const token = (await reveal.textContent())?.trim() ?? "";
    expect(token.length).toBeGreaterThan(20);
    const me = await fetch(`${hub.url}/api/v1/me`, {
      headers: { Authorization: `Bearer ${token}`, Accept: "application/json" },
    });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { email?: string; name?: string };
    expect(body.email).toBe(email);
    expect(body.name).toBe("Ana María");
    const refused = await fetch(`${hub.url}/api/v1/me`, { headers: { Authorization: `Bearer ${token}x` } });
    expect(refused.status).toBe(401);
    // Reloading the page does not show the token again.
    await page.reload();
    expect(await page.locator(".token-reveal").count()).toBe(0);

    // 7. Sign out: the account page now asks to sign in.
    await page.getByRole("banner").getByRole("button", { name: words.es.signOut, exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto(`${hub.url}/account`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/account");
  });
});
