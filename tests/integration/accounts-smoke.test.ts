// Accounts on both engines: an account created by the hub can sign in with better-auth; a wrong password cannot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { viewerFromSession } from "#features/access/load-viewer.ts";

describe.each(enginesUnderTest())("accounts on %s", (engine) => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(async () => services.close());

  it("signs in a created account and resolves the viewer with roles", async () => {
    await createAccount(
      services.db,
      {
        email: "Ana@Example.org",
        name: "Ana",
        password: "correct horse battery",
        roles: [{ role: "admin", organizationId: null }],
      },
      { userId: null, label: "test" },
    );
    const { headers } = await services.auth.api.signInEmail({
      body: { email: "ana@example.org", password: "correct horse battery" },
      returnHeaders: true,
    });
    const cookie = headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    expect(cookie).toContain("ips.session_token=");
    const viewer = await viewerFromSession(services, new Headers({ cookie }));
    expect(viewer?.email).toBe("ana@example.org");
    expect(viewer?.roles).toEqual([{ role: "admin", organizationId: null }]);
  });

  it("refuses a wrong password without saying whether the account exists", async () => {
    const wrong = services.auth.api.signInEmail({ body: { email: "ana@example.org", password: "not the password" } });
    const missing = services.auth.api.signInEmail({
      body: { email: "nobody@example.org", password: "not the password" },
    });
    const [a, b] = await Promise.allSettled([wrong, missing]);
    expect(a.status).toBe("rejected");
    expect(b.status).toBe("rejected");
    const code = (r: PromiseSettledResult<unknown>) => (r as PromiseRejectedResult).reason?.body?.code;
    expect(code(a)).toBe("INVALID_EMAIL_OR_PASSWORD");
    expect(code(b)).toBe("INVALID_EMAIL_OR_PASSWORD");
  });
});
