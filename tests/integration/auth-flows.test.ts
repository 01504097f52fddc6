// Sign-up, confirmation, sign-in, rate limits, password reset and magic links, through the use cases, on both engines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq } from "drizzle-orm";
import { createEmailVerificationToken } from "better-auth/api";
import { enginesUnderTest, type Engine } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { isAppError } from "#platform/app-error.ts";
import { translator } from "#i18n/translate.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { viewerFromSession } from "#features/access/load-viewer.ts";
import { signUp } from "#features/accounts/sign-up.ts";
import { signIn } from "#features/accounts/sign-in.ts";
import { issueApiToken } from "#features/tokens/issue-api-token.ts";
import { verifyEmail } from "#features/accounts/verify-email.ts";
import { resendVerification } from "#features/accounts/resend-verification.ts";
import { requestPasswordReset } from "#features/accounts/request-password-reset.ts";
import { resetPassword } from "#features/accounts/reset-password.ts";
import { requestMagicLink } from "#features/accounts/request-magic-link.ts";
import { verifyMagicLink } from "#features/accounts/verify-magic-link.ts";
import { signOut } from "#features/accounts/sign-out.ts";
import { setLocale } from "#features/accounts/set-locale.ts";
import { describeFailure } from "#web/form-state.server.ts";

const actor = { userId: null, label: "test" };
let ipCounter = 0;
/** A fresh client address per call, so the per-IP limit never interferes with tests about something else. */
const freshIp = () => `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

async function mailTo(services: TestServices, email: string) {
  return services.db
    .select()
    .from(schema.outboxMessage)
    .where(eq(schema.outboxMessage.toAddress, email))
    .orderBy(asc(schema.outboxMessage.createdAt));
}

function linkToken(text: string, path: string): string {
  const match = new RegExp(`${path.replace("/", "\\/")}\\?token=([^\\s]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return decodeURIComponent(match[1]!);
}

function cookieHeader(cookies: Headers): string {
  return cookies
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function viewerFor(services: TestServices, cookies: Headers) {
  return viewerFromSession(services, new Headers({ cookie: cookieHeader(cookies) }));
}

async function userRows(services: TestServices, email: string) {
  return services.db.select().from(schema.user).where(eq(schema.user.email, email));
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to be refused");
}

describe.each(enginesUnderTest())("auth flows on %s", (engine: Engine) => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices(engine);
  });
  afterAll(async () => services.close());

  it("signs up in the page's language, mails a confirmation link, and the link signs the person in", async () => {
    const email = "lucia@example.org";
    await signUp(services, {
      name: "Lucía",
      email: "Lucia@Example.org",
      password: "una frase larga y segura",
      locale: "es",
      timeZone: "Europe/Madrid",
      ip: freshIp(),
    });

    const [person] = await userRows(services, email);
    expect(person).toMatchObject({ name: "Lucía", emailVerified: false, locale: "es", timeZone: "Europe/Madrid" });

    const mails = await mailTo(services, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ template: "verify-email", locale: "es" });
    expect(mails[0]!.subject).toContain("Confirma tu correo");
    const token = linkToken(mails[0]!.text, "/verify-email");

    // Before confirming, the right password is recognised but does not sign in.
    expect(
      await signIn(services, {
        email,
        password: "una frase larga y segura",
        remember: true,
        ip: freshIp(),
        headers: new Headers(),
      }),
    ).toEqual({
      status: "unconfirmed",
    });

    const result = await verifyEmail(services, { token, headers: new Headers() });
    expect(result.status).toBe("confirmed");
    if (result.status !== "confirmed") return;
    expect(result.signedIn).toBe(true);
    const viewer = await viewerFor(services, result.cookies);
    expect(viewer).toMatchObject({ email, emailVerified: true, locale: "es" });

    // Following the same link again changes nothing and starts no second session.
    expect(await verifyEmail(services, { token, headers: new Headers() })).toEqual({ status: "already-confirmed" });
  });

  it("keeps the hub's default time zone when the browser sends something that is not one", async () => {
    await signUp(services, {
      name: "Ren",
      email: "ren@example.org",
      password: "another long phrase",
      locale: "en",
      timeZone: "Mars/Olympus",
      ip: freshIp(),
    });
    const [person] = await userRows(services, "ren@example.org");
    expect(person?.timeZone).toBe("America/Los_Angeles");
  });

  it("answers a sign-up with a confirmed account's email exactly like a new one, and creates and changes nothing", async () => {
    const email = "taken@example.org";
    await createAccount(services.db, { email, name: "Original Name", password: "the original password" }, actor);
    const [before] = await userRows(services, email);

    const fresh = await signUp(services, {
      name: "Someone",
      email: "brand-new@example.org",
      password: "a different password",
      locale: "en",
      timeZone: "UTC",
      ip: freshIp(),
    });
    const duplicate = await signUp(services, {
      name: "Impostor",
      email: "Taken@example.org",
      password: "a different password",
      locale: "es",
      timeZone: "UTC",
      ip: freshIp(),
    });
    expect(duplicate).toEqual(fresh);

    const after = await userRows(services, email);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before!.id, name: "Original Name", locale: "en", emailVerified: true });
    const [{ value: accounts } = { value: 0 }] = await services.db
      .select({ value: count() })
      .from(schema.account)
      .where(eq(schema.account.userId, before!.id));
    expect(accounts).toBe(1);
    expect(await mailTo(services, email)).toHaveLength(0);
    // The original password still works; the one typed at sign-up does not.
    expect(
      (
        await signIn(services, {
          email,
          password: "the original password",
          remember: false,
          ip: freshIp(),
          headers: new Headers(),
        })
      ).status,
    ).toBe("signed-in");
    expect(
      await signIn(services, {
        email,
        password: "a different password",
        remember: false,
        ip: freshIp(),
        headers: new Headers(),
      }),
    ).toEqual({
      status: "refused",
    });
  });

  it("sends a fresh confirmation, in the saved language, when an unconfirmed address signs up again", async () => {
    const email = "again@example.org";
    await signUp(services, {
      name: "Again",
      email,
      password: "first long password",
      locale: "es",
      timeZone: "UTC",
      ip: freshIp(),
    });
    await signUp(services, {
      name: "Again 2",
      email,
      password: "second long password",
      locale: "en",
      timeZone: "UTC",
      ip: freshIp(),
    });
    const mails = await mailTo(services, email);
    expect(mails.map((mail) => [mail.template, mail.locale])).toEqual([
      ["verify-email", "es"],
      ["verify-email", "es"],
    ]);
    expect(await userRows(services, email)).toHaveLength(1);
  });

  it("cannot tell a wrong password from an unknown email", async () => {
    await createAccount(
      services.db,
      { email: "known@example.org", name: "Known", password: "the right password" },
      actor,
    );
    const wrongPassword = await signIn(services, {
      email: "known@example.org",
      password: "not the password",
      remember: true,
      ip: freshIp(),
      headers: new Headers(),
    });
    const unknownEmail = await signIn(services, {
      email: "unknown@example.org",
      password: "not the password",
      remember: true,
      ip: freshIp(),
      headers: new Headers(),
    });
    expect(wrongPassword).toEqual({ status: "refused" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("signs in and out with a session cookie; 'keep me signed in' off gives a cookie that ends with the browser", async () => {
    await createAccount(
      services.db,
      { email: "session@example.org", name: "Session", password: "the right password" },
      actor,
    );
    const remembered = await signIn(services, {
      email: "session@example.org",
      password: "the right password",
      remember: true,
      ip: freshIp(),
      headers: new Headers(),
    });
    const forgotten = await signIn(services, {
      email: "session@example.org",
      password: "the right password",
      remember: false,
      ip: freshIp(),
      headers: new Headers(),
    });
    if (remembered.status !== "signed-in" || forgotten.status !== "signed-in")
      throw new Error("expected both to sign in");
    const tokenCookie = (cookies: Headers) =>
      cookies.getSetCookie().find((cookie) => cookie.startsWith("ips.session_token="))!;
    expect(tokenCookie(remembered.cookies)).toMatch(/Max-Age=\d+/i);
    expect(tokenCookie(forgotten.cookies)).not.toMatch(/Max-Age/i);
    expect(tokenCookie(remembered.cookies)).toMatch(/HttpOnly/i);
    expect(tokenCookie(remembered.cookies)).toMatch(/SameSite=Lax/i);

    const cookie = cookieHeader(remembered.cookies);
    expect((await viewerFromSession(services, new Headers({ cookie })))?.email).toBe("session@example.org");
    const cleared = await signOut(services, { headers: new Headers({ cookie }) });
    expect(
      cleared.getSetCookie().some((line) => line.startsWith("ips.session_token=") && /Max-Age=0/i.test(line)),
    ).toBe(true);
    expect(await viewerFromSession(services, new Headers({ cookie }))).toBeNull();
  });

  it("resets a password end to end with the link from the outbox; the link works once and other sessions end", async () => {
    const email = "reset@example.org";
    await createAccount(services.db, { email, name: "Reset", password: "the old password", locale: "es" }, actor);
    const before = await signIn(services, {
      email,
      password: "the old password",
      remember: true,
      ip: freshIp(),
      headers: new Headers(),
    });
    if (before.status !== "signed-in") throw new Error("expected sign-in");

    await requestPasswordReset(services, { email: "RESET@example.org", ip: freshIp() });
    await requestPasswordReset(services, { email: "nobody-here@example.org", ip: freshIp() });
    expect(await mailTo(services, "nobody-here@example.org")).toHaveLength(0);
    const mails = await mailTo(services, email);
    expect(mails.map((mail) => [mail.template, mail.locale])).toEqual([["reset-password", "es"]]);
    const token = linkToken(mails[0]!.text, "/reset-password");

    const tooShort = await rejection(resetPassword(services, { token, newPassword: "short" }));
    expect(isAppError(tooShort) && tooShort.details.fields?.[0]?.path).toBe("password");

    expect(await resetPassword(services, { token, newPassword: "the brand new password" })).toEqual({
      status: "changed",
    });
    expect(await resetPassword(services, { token, newPassword: "yet another password" })).toEqual({
      status: "invalid-link",
    });
    expect(
      await signIn(services, {
        email,
        password: "the old password",
        remember: true,
        ip: freshIp(),
        headers: new Headers(),
      }),
    ).toEqual({
      status: "refused",
    });
    expect(
      (
        await signIn(services, {
          email,
          password: "the brand new password",
          remember: true,
          ip: freshIp(),
          headers: new Headers(),
        })
      ).status,
    ).toBe("signed-in");
    expect(await viewerFor(services, before.cookies)).toBeNull();
  });

  it("confirms the address of an unconfirmed person who resets their password", async () => {
    const email = "unconfirmed-reset@example.org";
    await signUp(services, {
      name: "Unconfirmed",
      email,
      password: "forgotten password",
      locale: "en",
      timeZone: "UTC",
      ip: freshIp(),
    });
    await requestPasswordReset(services, { email, ip: freshIp() });
    const reset = (await mailTo(services, email)).find((mail) => mail.template === "reset-password")!;
    expect(
      await resetPassword(services, {
        token: linkToken(reset.text, "/reset-password"),
        newPassword: "remembered this time",
      }),
    ).toEqual({
      status: "changed",
    });
    expect(
      (
        await signIn(services, {
          email,
          password: "remembered this time",
          remember: true,
          ip: freshIp(),
          headers: new Headers(),
        })
      ).status,
    ).toBe("signed-in");
  });

  it("signs a confirmed person in with a magic link that works only once and is not stored in plain form", async () => {
    const email = "magic@example.org";
    await createAccount(services.db, { email, name: "Magic", password: "a password too" }, actor);
    await requestMagicLink(services, { email, ip: freshIp(), headers: new Headers() });
    await requestMagicLink(services, { email: "no-account@example.org", ip: freshIp(), headers: new Headers() });
    expect(await mailTo(services, "no-account@example.org")).toHaveLength(0);

    const mails = await mailTo(services, email);
    expect(mails.map((mail) => mail.template)).toEqual(["magic-link"]);
    const token = linkToken(mails[0]!.text, "/magic-link");
    const stored = await services.db.select({ identifier: schema.verification.identifier }).from(schema.verification);
    expect(stored.some((row) => row.identifier.includes(token))).toBe(false);

    const first = await verifyMagicLink(services, { token, headers: new Headers() });
    expect(first.status).toBe("signed-in");
    if (first.status !== "signed-in") return;
    expect((await viewerFor(services, first.cookies))?.email).toBe(email);
    expect(await verifyMagicLink(services, { token, headers: new Headers() })).toEqual({ status: "invalid" });
    expect(await verifyMagicLink(services, { token: "made-up-token", headers: new Headers() })).toEqual({
      status: "invalid",
    });
  });

  it("sends an unconfirmed person who asks for a magic link a confirmation instead, and keeps their password", async () => {
    const email = "unconfirmed-magic@example.org";
    await signUp(services, {
      name: "Waiting",
      email,
      password: "kept password here",
      locale: "es",
      timeZone: "UTC",
      ip: freshIp(),
    });
    await requestMagicLink(services, { email, ip: freshIp(), headers: new Headers() });

    const mails = await mailTo(services, email);
    expect(mails.map((mail) => [mail.template, mail.locale])).toEqual([
      ["verify-email", "es"],
      ["verify-email", "es"],
    ]);
    expect(mails.some((mail) => mail.text.includes("/magic-link?token="))).toBe(false);

    const confirmed = await verifyEmail(services, {
      token: linkToken(mails[1]!.text, "/verify-email"),
      headers: new Headers(),
    });
    expect(confirmed.status).toBe("confirmed");
    const [person] = await userRows(services, email);
    const credentials = await services.db
      .select()
      .from(schema.account)
      .where(and(eq(schema.account.userId, person!.id), eq(schema.account.providerId, "credential")));
    expect(credentials).toHaveLength(1);
    expect(
      (
        await signIn(services, {
          email,
          password: "kept password here",
          remember: true,
          ip: freshIp(),
          headers: new Headers(),
        })
      ).status,
    ).toBe("signed-in");
  });

  it("explains a confirmation link that ran out, and offers the address inside it for a resend", async () => {
    const email = "late@example.org";
    await signUp(services, {
      name: "Late",
      email,
      password: "a long password",
      locale: "en",
      timeZone: "UTC",
      ip: freshIp(),
    });
    const [person] = await userRows(services, email);
    const expired = await createEmailVerificationToken(services.config.sessionSecret, email, undefined, -60, {
      userId: person!.id,
    });
    expect(await verifyEmail(services, { token: expired, headers: new Headers() })).toEqual({
      status: "expired",
      email,
    });
    expect(await verifyEmail(services, { token: "not-a-token", headers: new Headers() })).toEqual({
      status: "invalid",
      email: null,
    });

    await resendVerification(services, { email, ip: freshIp() });
    await resendVerification(services, { email: "stranger@example.org", ip: freshIp() });
    expect(await mailTo(services, email)).toHaveLength(2);
    expect(await mailTo(services, "stranger@example.org")).toHaveLength(0);
  });

  it("completes an email change from the link sent to the new address", async () => {
    await createAccount(
      services.db,
      { email: "old-address@example.org", name: "Mover", password: "a long password", locale: "es" },
      actor,
    );
    const session = await signIn(services, {
      email: "old-address@example.org",
      password: "a long password",
      remember: true,
      ip: freshIp(),
      headers: new Headers(),
    });
    if (session.status !== "signed-in") throw new Error("expected sign-in");
    const headers = new Headers({ cookie: cookieHeader(session.cookies) });
    await services.auth.api.changeEmail({ body: { newEmail: "new-address@example.org" }, headers });

    const [mail] = await mailTo(services, "new-address@example.org");
    expect(mail).toMatchObject({ template: "verify-email", locale: "es" });
    const result = await verifyEmail(services, { token: linkToken(mail!.text, "/verify-email"), headers });
    expect(result.status).toBe("email-changed");
    expect(await userRows(services, "old-address@example.org")).toHaveLength(0);
    expect((await userRows(services, "new-address@example.org"))[0]).toMatchObject({
      name: "Mover",
      emailVerified: true,
    });
  });

  it("saves a signed-in person's language", async () => {
    const person = await createAccount(
      services.db,
      { email: "lang@example.org", name: "Lang", password: "a long password" },
      actor,
    );
    await setLocale(services.db, { userId: person.id, locale: "es" });
    expect((await userRows(services, "lang@example.org"))[0]?.locale).toBe("es");
  });
});

describe.each(enginesUnderTest())("credential rate limits on %s", (engine: Engine) => {
  let limited: TestServices;
  let unlimited: TestServices;
  beforeAll(async () => {
    limited = await createTestServices(engine, { RATE_LIMIT_SIGNIN_PER_ACCOUNT: "3", RATE_LIMIT_SIGNIN_PER_IP: "5" });
    unlimited = await createTestServices(engine, {
      RATE_LIMIT: "off",
      RATE_LIMIT_SIGNIN_PER_ACCOUNT: "1",
      RATE_LIMIT_SIGNIN_PER_IP: "1",
    });
  });
  afterAll(async () => {
    await limited.close();
    await unlimited.close();
  });

  const attempt = (services: TestServices, email: string, ip: string) =>
    signIn(services, { email, password: "wrong password", remember: true, ip, headers: new Headers() });

  it("slows wrong passwords on one account, from any address and any door, with a growing wait", async () => {
    const realNow = limited.now;
    const start = realNow();
    // The clock stands still, so the waits can be read exactly.
    limited.now = () => start;
    try {
      // Three wrong passwords cost nothing, from any address; the fourth (through the API) makes the next try wait.
      for (let i = 0; i < 3; i++)
        expect(await attempt(limited, "target@example.org", `10.2.0.${i}`)).toEqual({ status: "refused" });
      await expect(
        issueApiToken(limited, {
          email: "Target@example.org",
          password: "guess",
          ip: "10.2.0.7",
          actor: { userId: null },
        }),
      ).rejects.toMatchObject({ code: "unauthorized" });
      const error = await rejection(attempt(limited, "Target@example.org", "10.2.0.99"));
      expect(isAppError(error) && error.code).toBe("rate_limited");
      expect(isAppError(error) && error.details.retryAfterSeconds).toBe(15);
      // The API door waits too: one count per account.
      await expect(
        issueApiToken(limited, {
          email: "target@example.org",
          password: "guess",
          ip: "10.2.0.8",
          actor: { userId: null },
        }),
      ).rejects.toMatchObject({ code: "rate_limited" });

      // The page shows it calmly, in the person's language, as 429.
      const failure = describeFailure(error, translator("es"));
      expect(failure.status).toBe(429);
      expect(failure.state.formError).toMatch(/\d+ minutos?/);
      // Another account is not affected.
      expect(await attempt(limited, "someone-else@example.org", "10.2.0.50")).toEqual({ status: "refused" });

      // After the wait one more try is allowed; wrong again, the next wait is twice as long — a pause, never a lockout.
      limited.now = () => new Date(start.getTime() + 15_000);
      expect(await attempt(limited, "target@example.org", "10.2.0.1")).toEqual({ status: "refused" });
      const longer = await rejection(attempt(limited, "target@example.org", "10.2.0.1"));
      expect(isAppError(longer) && longer.details.retryAfterSeconds).toBe(30);
    } finally {
      limited.now = realNow;
    }
  });

  it("counts only wrong passwords: a right one clears the count, and a room full of people signs in from one address", async () => {
    await createAccount(
      limited.db,
      { email: "rightful@example.org", name: "Rightful", password: "a right password here" },
      {
        userId: null,
      },
    );
    for (let i = 0; i < 3; i++)
      expect(await attempt(limited, "rightful@example.org", "10.7.0.1")).toEqual({ status: "refused" });
    const right = await signIn(limited, {
      email: "rightful@example.org",
      password: "a right password here",
      remember: false,
      ip: "10.7.0.1",
      headers: new Headers(),
    });
    expect(right.status).toBe("signed-in");
    expect(
      await limited.db
        .select()
        .from(schema.passwordFailure)
        .where(eq(schema.passwordFailure.email, "rightful@example.org")),
    ).toEqual([]);
    // Three more wrong ones cost nothing again.
    for (let i = 0; i < 3; i++)
      expect(await attempt(limited, "rightful@example.org", "10.7.0.2")).toEqual({ status: "refused" });
    // Twelve right sign-ins from one training room's address (the per-address limit is 5 wrong ones).
    for (let i = 0; i < 12; i++) {
      const ok = await signIn(limited, {
        email: "rightful@example.org",
        password: "a right password here",
        remember: false,
        ip: "10.7.0.3",
        headers: new Headers(),
      });
      expect(ok.status).toBe("signed-in");
    }
  });

  it("stops attempts from one address after the limit, whatever the accounts", async () => {
    for (let i = 0; i < 5; i++)
      expect(await attempt(limited, `spray-${i}@example.org`, "10.3.0.1")).toEqual({ status: "refused" });
    const error = await rejection(attempt(limited, "spray-new@example.org", "10.3.0.1"));
    expect(isAppError(error) && error.code).toBe("rate_limited");
    // The other credential actions count separately, and are limited too.
    for (let i = 0; i < 5; i++) await requestPasswordReset(limited, { email: `r-${i}@example.org`, ip: "10.3.0.2" });
    expect(
      isAppError(await rejection(requestPasswordReset(limited, { email: "r-x@example.org", ip: "10.3.0.2" }))),
    ).toBe(true);
  });

  it("limits sign-up and magic-link requests too", async () => {
    for (let i = 0; i < 3; i++)
      await requestMagicLink(limited, { email: "links@example.org", ip: `10.4.0.${i}`, headers: new Headers() });
    expect(
      isAppError(
        await rejection(
          requestMagicLink(limited, { email: "links@example.org", ip: "10.4.0.9", headers: new Headers() }),
        ),
      ),
    ).toBe(true);
    for (let i = 0; i < 5; i++)
      await signUp(limited, {
        name: `P${i}`,
        email: `p${i}@example.org`,
        password: "long enough password",
        locale: "en",
        timeZone: "UTC",
        ip: "10.5.0.1",
      });
    const error = await rejection(
      signUp(limited, {
        name: "P",
        email: "p-last@example.org",
        password: "long enough password",
        locale: "en",
        timeZone: "UTC",
        ip: "10.5.0.1",
      }),
    );
    expect(isAppError(error) && error.code).toBe("rate_limited");
    expect(await userRows(limited, "p-last@example.org")).toHaveLength(0);
  });

  it("does not limit anything with RATE_LIMIT=off", async () => {
    for (let i = 0; i < 6; i++)
      expect(await attempt(unlimited, "target@example.org", "10.6.0.1")).toEqual({ status: "refused" });
  });
});
