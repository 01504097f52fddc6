// A person's own account on both engines: profile rules and audit, email change, password change, API tokens.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { desc, eq } from "drizzle-orm";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { isAppError } from "#platform/app-error.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { updateProfile } from "#features/accounts/update-profile.ts";
import { readProfile } from "#features/accounts/read-profile.ts";
import { requestEmailChange } from "#features/accounts/request-email-change.ts";
import { changePassword } from "#features/accounts/change-password.ts";
import { viewerFromSession } from "#features/access/load-viewer.ts";
import {
  authenticateToken,
  createPersonalAccessToken,
  listPersonalAccessTokens,
  revokePersonalAccessToken,
} from "#features/tokens/personal-access-tokens.ts";

const PASSWORD = "a long enough password";

async function fieldsOf(promise: Promise<unknown>): Promise<Record<string, string>> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "invalid")
      return Object.fromEntries((error.details.fields ?? []).map((f) => [f.path, f.message ?? f.detail]));
    throw error;
  }
  throw new Error("expected the use case to refuse the input");
}

function cookieHeader(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

describe.each(enginesUnderTest())("account pages' use cases on %s", (engine) => {
  let services: TestServices;
  let userId: string;
  const actor = () => ({ userId, label: "maria@example.org", ip: "203.0.113.9", requestId: "req-1" });

  beforeAll(async () => {
    services = await createTestServices(engine);
    const person = await createAccount(
      services.db,
      { email: "maria@example.org", name: "Maria", password: PASSWORD },
      { userId: null, label: "test" },
    );
    userId = person.id;
  });
  afterAll(async () => services.close());

  async function auditRows(action: string) {
    return services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, action))
      .orderBy(desc(schema.auditEvent.id));
  }

  async function signInCookie(): Promise<string> {
    const { headers } = await services.auth.api.signInEmail({
      body: { email: "maria@example.org", password: PASSWORD },
      returnHeaders: true,
    });
    return cookieHeader(headers);
  }

  describe("profile", () => {
    const valid = { name: "Maria", legalName: "", pronouns: "", locale: "en", timeZone: "America/Los_Angeles" };

    it("refuses an empty name, an unknown language and a made-up time zone, changing nothing", async () => {
      const fields = await fieldsOf(
        updateProfile(
          services.db,
          { userId, ...valid, name: "   ", locale: "fr", timeZone: "Mars/Olympus_Mons" },
          actor(),
        ),
      );
      expect(fields).toEqual({
        name: "account.profile.errors.nameMissing",
        locale: "account.profile.errors.locale",
        timeZone: "account.profile.errors.timeZone",
      });
      expect(
        await fieldsOf(updateProfile(services.db, { userId, ...valid, pronouns: "x".repeat(41) }, actor())),
      ).toEqual({
        pronouns: "account.profile.errors.pronounsTooLong",
      });
      const profile = await readProfile(services.db, userId);
      expect(profile).toMatchObject({ name: "Maria", locale: "en", timeZone: "America/Los_Angeles" });
      expect(await auditRows("profile.update")).toHaveLength(0);
    });

    it("saves every field and audits which ones changed, never the legal name itself", async () => {
      const result = await updateProfile(
        services.db,
        {
          userId,
          name: " Mari ",
          legalName: "María José Fernández",
          pronouns: "she/her",
          locale: "es",
          timeZone: "America/Denver",
        },
        actor(),
      );
      expect(result.changed.sort()).toEqual(["legalName", "locale", "name", "pronouns", "timeZone"]);
      expect(await readProfile(services.db, userId)).toMatchObject({
        name: "Mari",
        legalName: "María José Fernández",
        pronouns: "she/her",
        locale: "es",
        timeZone: "America/Denver",
      });
      const [row] = await auditRows("profile.update");
      expect(row).toMatchObject({
        actorId: userId,
        targetType: "user",
        targetId: userId,
        ip: "203.0.113.9",
        requestId: "req-1",
      });
      expect((row!.summary.changed as string[]).sort()).toEqual([
        "legalName",
        "locale",
        "name",
        "pronouns",
        "timeZone",
      ]);
      expect(row!.summary).toMatchObject({ locale: "es", timeZone: "America/Denver" });
      expect(JSON.stringify(row!.summary)).not.toContain("Fernández");
      expect(JSON.stringify(row!.summary)).not.toContain("she/her");
    });

    it("clears optional fields with an empty answer, and writes no audit row when nothing changed", async () => {
      await updateProfile(
        services.db,
        { userId, name: "Mari", legalName: "", pronouns: "", locale: "es", timeZone: "America/Denver" },
        actor(),
      );
      const profile = await readProfile(services.db, userId);
      expect(profile.legalName).toBeNull();
      expect(profile.pronouns).toBeNull();
      const before = (await auditRows("profile.update")).length;
      const again = await updateProfile(
        services.db,
        { userId, name: "Mari", legalName: "", pronouns: "", locale: "es", timeZone: "America/Denver" },
        actor(),
      );
      expect(again.changed).toEqual([]);
      expect(await auditRows("profile.update")).toHaveLength(before);
      await updateProfile(services.db, { userId, ...valid }, actor());
    });
  });

  describe("email change", () => {
    it("mails the link to the new address only, and says nothing different for an address in use", async () => {
      await createAccount(services.db, { email: "taken@example.org", name: "Taken" }, { userId: null, label: "test" });
      const cookie = await signInCookie();
      const headers = new Headers({ cookie });

      expect(
        await fieldsOf(
          requestEmailChange(
            services,
            { userId, currentEmail: "maria@example.org", newEmail: "MARIA@example.org", headers },
            actor(),
          ),
        ),
      ).toEqual({
        newEmail: "account.email.errors.same",
      });
      expect(
        await fieldsOf(
          requestEmailChange(
            services,
            { userId, currentEmail: "maria@example.org", newEmail: "not an email", headers },
            actor(),
          ),
        ),
      ).toEqual({
        newEmail: "account.email.errors.invalid",
      });

      await requestEmailChange(
        services,
        { userId, currentEmail: "maria@example.org", newEmail: "Maria.New@Example.org", headers },
        actor(),
      );
      const toNew = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "maria.new@example.org"));
      expect(toNew).toHaveLength(1);
      expect(toNew[0]!.template).toBe("verify-email");
      expect(toNew[0]!.text).toContain("/verify-email?token=");
      const toOld = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "maria@example.org"));
      expect(toOld).toHaveLength(0);
      // Until the link is followed, the address stays as it was.
      expect((await readProfile(services.db, userId)).email).toBe("maria@example.org");

      await requestEmailChange(
        services,
        { userId, currentEmail: "maria@example.org", newEmail: "taken@example.org", headers },
        actor(),
      );
      const toTaken = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "taken@example.org"));
      expect(toTaken).toHaveLength(0);
      expect(await auditRows("email.change.request")).toHaveLength(2);
    });
  });

  describe("password change", () => {
    it("checks the current password, ends other sessions and hands back a working cookie for this one", async () => {
      const here = await signInCookie();
      const elsewhere = await signInCookie();
      expect(await viewerFromSession(services, new Headers({ cookie: elsewhere }))).not.toBeNull();

      const wrong = await fieldsOf(
        changePassword(
          services,
          {
            userId,
            email: "maria@example.org",
            currentPassword: "not my password",
            newPassword: "another long password",
            headers: new Headers({ cookie: here }),
            ip: "203.0.113.9",
          },
          actor(),
        ),
      );
      expect(wrong).toEqual({ currentPassword: "account.password.errors.currentWrong" });
      const short = await fieldsOf(
        changePassword(
          services,
          {
            userId,
            email: "maria@example.org",
            currentPassword: PASSWORD,
            newPassword: "short",
            headers: new Headers({ cookie: here }),
            ip: "203.0.113.9",
          },
          actor(),
        ),
      );
      expect(short).toEqual({ newPassword: "account.password.errors.tooShort" });

      const { headers: cookies } = await changePassword(
        services,
        {
          userId,
          email: "maria@example.org",
          currentPassword: PASSWORD,
          newPassword: "another long password",
          headers: new Headers({ cookie: here }),
          ip: "203.0.113.9",
        },
        actor(),
      );
      const fresh = cookieHeader(cookies);
      expect(fresh).toContain("ips.session_token=");
      expect((await viewerFromSession(services, new Headers({ cookie: fresh })))?.userId).toBe(userId);
      expect(await viewerFromSession(services, new Headers({ cookie: elsewhere }))).toBeNull();
      expect(await viewerFromSession(services, new Headers({ cookie: here }))).toBeNull();
      expect(await auditRows("password.change")).toHaveLength(1);

      await expect(
        services.auth.api.signInEmail({ body: { email: "maria@example.org", password: PASSWORD } }),
      ).rejects.toBeTruthy();
      await changePassword(
        services,
        {
          userId,
          email: "maria@example.org",
          currentPassword: "another long password",
          newPassword: PASSWORD,
          headers: new Headers({ cookie: fresh }),
          ip: "203.0.113.9",
        },
        actor(),
      );
    });
  });

  describe("API tokens", () => {
    it("creates, lists and revokes a token; a revoked or expired token no longer authenticates", async () => {
      const now = services.now();
      const created = await createPersonalAccessToken(services.db, {
        userId,
        name: "Monthly report",
        expiresAt: new Date(now.getTime() + 30 * 86_400_000),
        actor: actor(),
      });
      expect(created.token).toMatch(/^iph_/);
      expect(await authenticateToken(services.db, created.token, now)).toBe(userId);

      const listed = await listPersonalAccessTokens(services.db, userId);
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ name: "Monthly report", lastFour: created.token.slice(-4), revokedAt: null });
      expect(JSON.stringify(listed)).not.toContain(created.token);

      // After its expiry date the same token is refused.
      expect(await authenticateToken(services.db, created.token, new Date(now.getTime() + 31 * 86_400_000))).toBeNull();

      await revokePersonalAccessToken(services.db, { userId, tokenId: created.id, now: new Date(), actor: actor() });
      expect(await authenticateToken(services.db, created.token, now)).toBeNull();
      expect((await listPersonalAccessTokens(services.db, userId))[0]!.revokedAt).not.toBeNull();
      await expect(
        revokePersonalAccessToken(services.db, { userId, tokenId: created.id, now: new Date(), actor: actor() }),
      ).rejects.toMatchObject({ code: "not_found" });

      expect((await auditRows("token.create"))[0]).toMatchObject({ targetId: created.id, actorId: userId });
      expect((await auditRows("token.revoke"))[0]).toMatchObject({ targetId: created.id, actorId: userId });
    });

    it("does not let one person revoke another's token", async () => {
      const other = await createAccount(
        services.db,
        { email: "other@example.org", name: "Other" },
        { userId: null, label: "test" },
      );
      const theirs = await createPersonalAccessToken(services.db, {
        userId: other.id,
        name: "Theirs",
        expiresAt: null,
        actor: { userId: other.id },
      });
      await expect(
        revokePersonalAccessToken(services.db, { userId, tokenId: theirs.id, now: new Date(), actor: actor() }),
      ).rejects.toMatchObject({ code: "not_found" });
      expect(await authenticateToken(services.db, theirs.token, services.now())).toBe(other.id);
    });
  });
});
