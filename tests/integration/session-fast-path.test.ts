// The one-query session read (docs/decisions/0030): a cookie better-auth signed is read without better-auth, with the
// person's roles; a tampered, expired or due-for-renewal session goes to better-auth, which answers as it always has.
// The first test also guards the cookie format: if better-call ever signs cookies differently, the fast path stops
// recognising them and the spy sees better-auth asked again.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { viewerFromSession } from "#features/access/load-viewer.ts";
import { SESSION_REFRESH_SECONDS, SESSION_SECONDS } from "#platform/auth.ts";
import { cookieValue, sessionCookieSettings, verifiedToken } from "#platform/session-cookie.ts";

describe.each(enginesUnderTest())("session fast path on %s", (engine) => {
  let services: TestServices;
  let userId: string;
  beforeAll(async () => {
    services = await createTestServices(engine);
    const person = await createAccount(
      services.db,
      {
        email: "fast@example.org",
        name: "Fran Fast",
        password: "correct horse battery",
        roles: [
          { role: "trainer", organizationId: null },
          { role: "participant", organizationId: null },
        ],
      },
      { userId: null, label: "test" },
    );
    userId = person.id;
  });
  afterAll(async () => services.close());
  afterEach(() => vi.restoreAllMocks());

  async function signIn(rememberMe = true): Promise<{ cookie: string; token: string }> {
    const { headers } = await services.auth.api.signInEmail({
      body: { email: "fast@example.org", password: "correct horse battery", rememberMe },
      returnHeaders: true,
    });
    const cookie = headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const settings = await sessionCookieSettings(services.auth);
    const token = verifiedToken(cookieValue(cookie, settings.sessionCookie) ?? "", settings.secret);
    if (!token) throw new Error(`better-auth's cookie did not verify: ${cookie}`);
    return { cookie, token };
  }

  const setExpiry = (token: string, expiresAt: Date) =>
    services.db.update(schema.session).set({ expiresAt }).where(eq(schema.session.token, token));

  it("reads the cookie better-auth signed: the token is the session's, checked against the auth secret", async () => {
    const { cookie, token } = await signIn();
    const [row] = await services.db
      .select({ userId: schema.session.userId })
      .from(schema.session)
      .where(eq(schema.session.token, token));
    expect(row?.userId).toBe(userId);
    const settings = await sessionCookieSettings(services.auth);
    const value = cookieValue(cookie, settings.sessionCookie)!;
    expect(verifiedToken(value, `${settings.secret}x`)).toBeNull();
    expect(verifiedToken(`${token}x${value.slice(token.length)}`, settings.secret)).toBeNull();
  });

  it("answers a live session in one query, without better-auth, with the person's roles", async () => {
    const { cookie } = await signIn();
    const getSession = vi.spyOn(services.auth.api, "getSession");
    const forwarded: string[] = [];
    const viewer = await viewerFromSession(services, new Headers({ cookie }), (c) => forwarded.push(...c));
    expect(viewer).toMatchObject({ userId, email: "fast@example.org", name: "Fran Fast", emailVerified: true });
    expect(viewer?.roles).toEqual([
      { role: "participant", organizationId: null },
      { role: "trainer", organizationId: null },
    ]);
    expect(getSession).not.toHaveBeenCalled();
    expect(forwarded).toEqual([]);
  });

  it("turns away a tampered cookie (better-auth is asked and says no one)", async () => {
    const { cookie, token } = await signIn();
    const getSession = vi.spyOn(services.auth.api, "getSession");
    // Another session's token with this one's signature, then a signature changed in one character.
    const swapped = cookie.replace(token, `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`);
    expect(await viewerFromSession(services, new Headers({ cookie: swapped }))).toBeNull();
    const settings = await sessionCookieSettings(services.auth);
    const value = cookieValue(cookie, settings.sessionCookie)!;
    // (Not the digit before "=": its last two bits are padding, which base64 decoders ignore.)
    const at = value.length - 10;
    const badSignature = `${value.slice(0, at)}${value[at] === "A" ? "B" : "A"}${value.slice(at + 1)}`;
    const bad = `${settings.sessionCookie}=${encodeURIComponent(badSignature)}`;
    expect(await viewerFromSession(services, new Headers({ cookie: bad }))).toBeNull();
    expect(getSession).toHaveBeenCalledTimes(2);
  });

  it("ends an expired session: null, and better-auth clears the cookie and the session", async () => {
    const { cookie, token } = await signIn();
    await setExpiry(token, new Date(Date.now() - 60_000));
    const forwarded: string[] = [];
    expect(await viewerFromSession(services, new Headers({ cookie }), (c) => forwarded.push(...c))).toBeNull();
    expect(forwarded.some((c) => c.startsWith("ips.session_token=;") && /Max-Age=0/i.test(c))).toBe(true);
    const left = await services.db
      .select({ id: schema.session.id })
      .from(schema.session)
      .where(eq(schema.session.token, token));
    expect(left).toEqual([]);
  });

  it("renews a session due for renewal through better-auth and forwards the renewed cookie", async () => {
    const { cookie, token } = await signIn();
    // Last renewed a day and a minute ago.
    const due = new Date(Date.now() + (SESSION_SECONDS - SESSION_REFRESH_SECONDS - 60) * 1000);
    await setExpiry(token, due);
    const getSession = vi.spyOn(services.auth.api, "getSession");
    const forwarded: string[] = [];
    const viewer = await viewerFromSession(services, new Headers({ cookie }), (c) => forwarded.push(...c));
    expect(viewer?.userId).toBe(userId);
    expect(viewer?.roles).toHaveLength(2);
    expect(getSession).toHaveBeenCalledTimes(1);
    expect(forwarded.some((c) => c.startsWith("ips.session_token=") && !c.startsWith("ips.session_token=;"))).toBe(
      true,
    );
    const [row] = await services.db
      .select({ expiresAt: schema.session.expiresAt })
      .from(schema.session)
      .where(eq(schema.session.token, token));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + (SESSION_SECONDS - 60) * 1000);
    // Renewed, the next request takes the fast path again.
    getSession.mockClear();
    expect((await viewerFromSession(services, new Headers({ cookie })))?.userId).toBe(userId);
    expect(getSession).not.toHaveBeenCalled();
  });

  it("reads a session signed in without being remembered (a day long, never renewed) in one query too", async () => {
    const { cookie, token } = await signIn(false);
    expect(cookie).toContain("ips.dont_remember=");
    const [row] = await services.db
      .select({ expiresAt: schema.session.expiresAt })
      .from(schema.session)
      .where(eq(schema.session.token, token));
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(Date.now() + SESSION_REFRESH_SECONDS * 1000);
    const getSession = vi.spyOn(services.auth.api, "getSession");
    const forwarded: string[] = [];
    expect((await viewerFromSession(services, new Headers({ cookie }), (c) => forwarded.push(...c)))?.userId).toBe(
      userId,
    );
    expect(getSession).not.toHaveBeenCalled();
    expect(forwarded).toEqual([]);
    // Without its signed companion cookie the same session would be due for renewal: better-auth decides.
    const alone = cookie
      .split("; ")
      .filter((part) => !part.startsWith("ips.dont_remember="))
      .join("; ");
    expect((await viewerFromSession(services, new Headers({ cookie: alone })))?.userId).toBe(userId);
    expect(getSession).toHaveBeenCalledTimes(1);
  });

  it("does not count someone who has not confirmed their email as signed in", async () => {
    const { cookie } = await signIn();
    await services.db.update(schema.user).set({ emailVerified: false }).where(eq(schema.user.id, userId));
    try {
      expect(await viewerFromSession(services, new Headers({ cookie }))).toBeNull();
    } finally {
      await services.db.update(schema.user).set({ emailVerified: true }).where(eq(schema.user.id, userId));
    }
  });
});
