// better-auth wired to our database, with mail handed in by the composition root: sign-up with verification, password,
// magic link, reset, email change. Infrastructure, so the `Services` type can name it without importing a feature.
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink } from "better-auth/plugins/magic-link";
import { createEmailVerificationToken } from "better-auth/api";
import { and, eq } from "drizzle-orm";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { schema, type Database, type Executor } from "#db/client.ts";
import { isLocale, type Locale } from "#core/locale.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { safeReturnPath } from "#core/safe-redirect.ts";

/** What auth needs from the mail feature: a message for a person, in their language. */
export type AuthMailer = (message: {
  to: string;
  locale: Locale;
  template: "verify-email" | "magic-link" | "reset-password";
  link: string;
  name: string;
}) => Promise<void>;

export const SESSION_DAYS = 30;
/** How long a session lasts from its last renewal (better-auth's `expiresIn`). */
export const SESSION_SECONDS = 60 * 60 * 24 * SESSION_DAYS;
/** A session used this long after its last renewal is renewed (better-auth's `updateAge`): its expiry moves forward. */
export const SESSION_REFRESH_SECONDS = 60 * 60 * 24;
const VERIFY_EMAIL_SECONDS = 60 * 60 * 24;

/** What else a password reset ends (the person's API tokens), run in the same transaction; given by the composition root. */
export type AfterPasswordReset = (tx: Executor, userId: string) => Promise<void>;

export function createAuth(options: {
  db: Database;
  config: Config;
  sendMail: AuthMailer;
  logger: Logger;
  afterPasswordReset: AfterPasswordReset;
}) {
  const { db, config, sendMail } = options;
  const logger = options.logger.child({ component: "better-auth" });
  /** Our page for the token; `next`, where the person was going before they had to sign in or sign up, rides along. */
  const link = (path: string, token: string, next = "") =>
    `${config.publicUrl}${path}?token=${encodeURIComponent(token)}${next ? `&next=${encodeURIComponent(next)}` : ""}`;
  /** The return path a caller gave better-auth as `callbackURL`, read back from the address it built ("/" is none). */
  const nextFrom = (url: string | undefined): string => {
    if (!url) return "";
    const callback = safeReturnPath(new URL(url, config.publicUrl).searchParams.get("callbackURL"), "");
    return callback === "/" ? "" : callback;
  };
  const localeOf = (value: unknown): Locale => (isLocale(value) ? value : "en");
  const sendVerification = async (
    user: { email: string; name: string; locale?: unknown },
    token: string,
    next: string,
  ) => {
    await sendMail({
      to: user.email,
      locale: localeOf(user.locale),
      template: "verify-email",
      link: link("/verify-email", token, next),
      name: user.name,
    });
  };

  return betterAuth({
    appName: DEFAULT_HUB_NAME,
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.sessionSecret,
    telemetry: { enabled: false },
    // Its warnings ("User not found", "Invalid password") are ordinary events here and would log email
    // addresses; only real errors reach our logs, as structured pino lines.
    logger: {
      level: "error",
      log: (level, message, ...args) => {
        const method = level === "debug" || level === "info" || level === "warn" ? level : "error";
        logger[method]({ details: args.length ? args : undefined }, message);
      },
    },
    database: drizzleAdapter(db, {
      provider: "pg",
      // Sign-up writes a user and a credential account: both or neither.
      transaction: true,
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
      },
    }),
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: false,
      revokeSessionsOnPasswordReset: true,
      // The reset link reached their inbox, which proves the address is theirs as well as a verification link would.
      // Whoever knew the old password may hold a token made with it: a reset ends every token too (better-auth keeps
      // its own transaction for the password, so this follows it at once, in one transaction of ours).
      onPasswordReset: async ({ user }) => {
        await db.transaction(async (tx) => {
          await tx
            .update(schema.user)
            .set({ emailVerified: true })
            .where(and(eq(schema.user.id, user.id), eq(schema.user.emailVerified, false)));
          await options.afterPasswordReset(tx, user.id);
        });
      },
      sendResetPassword: async ({ user, token }) => {
        await sendMail({
          to: user.email,
          locale: localeOf((user as { locale?: unknown }).locale),
          template: "reset-password",
          link: link("/reset-password", token),
          name: user.name,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: false,
      autoSignInAfterVerification: true,
      expiresIn: VERIFY_EMAIL_SECONDS,
      sendVerificationEmail: async ({ user, token, url }) => {
        await sendVerification(user as { email: string; name: string; locale?: unknown }, token, nextFrom(url));
      },
    },
    user: {
      additionalFields: {
        legalName: { type: "string", required: false, input: false },
        pronouns: { type: "string", required: false, input: false },
        locale: { type: "string", required: false, input: false, defaultValue: "en" },
        timeZone: { type: "string", required: false, input: false, defaultValue: "America/Los_Angeles" },
      },
      // The new address gets the ordinary verification mail; the change takes effect when it is followed.
      changeEmail: { enabled: true },
    },
    // features/access/load-viewer.ts reads sessions itself between renewals, with these same durations.
    session: { expiresIn: SESSION_SECONDS, updateAge: SESSION_REFRESH_SECONDS },
    // Our own limiter (features/accounts/rate-limit) counts per account and per IP across processes.
    rateLimit: { enabled: false },
    advanced: {
      cookiePrefix: "ips",
      useSecureCookies: config.env === "production",
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
    },
    plugins: [
      magicLink({
        expiresIn: 60 * 15,
        disableSignUp: true,
        // A copy of the database must not hold usable sign-in links.
        storeToken: "hashed",
        sendMagicLink: async ({ email, token, url }) => {
          const next = nextFrom(url);
          // Only people with an account get a link; the page says the same thing either way.
          const [person] = await db
            .select()
            .from(schema.user)
            .where(eq(schema.user.email, email.toLowerCase()))
            .limit(1);
          if (!person) return;
          if (!person.emailVerified) {
            // better-auth would treat a magic link on an unconfirmed account as a takeover attempt and delete its
            // password. The person gets a confirmation link instead; confirming signs them in just the same.
            const verifyToken = await createEmailVerificationToken(
              config.sessionSecret,
              person.email,
              undefined,
              VERIFY_EMAIL_SECONDS,
              { userId: person.id },
            );
            await sendVerification(person, verifyToken, next);
            return;
          }
          await sendMail({
            to: email,
            locale: localeOf(person.locale),
            template: "magic-link",
            link: link("/magic-link", token, next),
            name: person.name,
          });
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
