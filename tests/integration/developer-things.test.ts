// Developer things for developers, over HTTP on both engines: the API tokens tab and the footer's API link only for
// admins; everyone else finds tokens under "Advanced" on their profile, and the tokens page itself still works for them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "#features/accounts/create-account.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";

const PASSWORD = "a long enough password";

describe.each(enginesUnderTest())("developer things on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let participant: string;
  let admin: string;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    http = await serveForTest(services);
    const actor = { userId: null, label: "test" };
    await createAccount(services.db, { email: "pat@example.org", name: "Pat", password: PASSWORD }, actor);
    await createAccount(
      services.db,
      {
        email: "ada@example.org",
        name: "Ada",
        password: PASSWORD,
        roles: [{ role: "admin", organizationId: null }],
      },
      actor,
    );
    participant = await sessionCookie(services, "pat@example.org", PASSWORD);
    admin = await sessionCookie(services, "ada@example.org", PASSWORD);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  const page = async (path: string, cookie = "") => {
    const response = await fetch(`${http.url}${path}`, { headers: { cookie }, redirect: "manual" });
    expect(response.status, path).toBe(200);
    return response.text();
  };
  const footerOf = (html: string) => /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? "";
  const accountNavOf = (html: string) => /<nav class="sub-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";

  it("keeps the API link out of the footer and the tokens tab out of the account for people who don't run integrations", async () => {
    expect(footerOf(await page("/"))).not.toContain('href="/api/docs"');
    const profile = await page("/account", participant);
    expect(footerOf(profile)).not.toContain('href="/api/docs"');
    expect(accountNavOf(profile)).toContain('href="/account/email"');
    expect(accountNavOf(profile)).not.toContain('href="/account/tokens"');
    // Folded away under "Advanced", for the few who want it.
    expect(profile).toContain("Advanced: for developers");
    expect(profile).toMatch(/<details class="account-advanced">[\s\S]*href="\/account\/tokens"[\s\S]*<\/details>/);
    // The page itself is open to them, and while there the tab shows where they are.
    expect(accountNavOf(await page("/account/tokens", participant))).toContain('href="/account/tokens"');
  });

  it("shows both to an admin", async () => {
    const profile = await page("/account", admin);
    expect(footerOf(profile)).toContain('href="/api/docs"');
    expect(accountNavOf(profile)).toContain('href="/account/tokens"');
  });
});
