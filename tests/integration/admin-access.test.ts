// Hub admin and partner use cases on both engines: invitations end to end, roles and the last admin,
// organization scope, hub settings rules, support resources, and an audit log nobody can rewrite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq } from "drizzle-orm";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { schema } from "#db/client.ts";
import { isAppError } from "#platform/app-error.ts";
import type { Viewer } from "#core/access.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { rolesOf, viewerFromSession } from "#features/access/load-viewer.ts";
import { invitePerson } from "#features/access/invite-person.ts";
import { findInvitation } from "#features/access/find-invitation.ts";
import { acceptInvitation } from "#features/access/accept-invitation.ts";
import { listInvitations } from "#features/access/list-invitations.ts";
import { revokeInvitation } from "#features/access/revoke-invitation.ts";
import { grantRole } from "#features/access/grant-role.ts";
import { revokeRole } from "#features/access/revoke-role.ts";
import { createOrganization } from "#features/access/create-organization.ts";
import { updateOrganization } from "#features/access/update-organization.ts";
import { listManagedOrganizations } from "#features/access/list-managed-organizations.ts";
import { listPeople } from "#features/access/list-people.ts";
import { updateHubSettings } from "#features/hub/update-hub-settings.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import {
  addSupportResource,
  listSupportResourcesForAdmin,
  removeSupportResource,
  updateSupportResource,
} from "#features/hub/support-resources.ts";

async function refusal(promise: Promise<unknown>): Promise<{ code: string; fields: Record<string, string> }> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error))
      return {
        code: error.code,
        fields: Object.fromEntries((error.details.fields ?? []).map((f) => [f.path, f.message ?? f.detail])),
      };
    throw error;
  }
  throw new Error("expected the use case to refuse");
}

describe.each(enginesUnderTest())("admin and partner use cases on %s", (engine) => {
  let services: TestServices;
  let admin: Viewer;
  let orgA: string;
  let orgB: string;

  async function viewerOf(userId: string): Promise<Viewer> {
    const [person] = await services.db.select().from(schema.user).where(eq(schema.user.id, userId));
    return {
      userId,
      email: person!.email,
      name: person!.name,
      emailVerified: person!.emailVerified,
      roles: await rolesOf(services.db, userId),
    };
  }
  const actorOf = (viewer: Viewer) => ({
    userId: viewer.userId,
    label: viewer.email,
    ip: "198.51.100.7",
    requestId: "req-test",
  });
  async function audit(action: string) {
    return services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, action))
      .orderBy(desc(schema.auditEvent.id));
  }

  beforeAll(async () => {
    services = await createTestServices(engine);
    const person = await createAccount(
      services.db,
      {
        email: "alex@example.org",
        name: "Alex Rivera",
        password: "admin password 123",
        roles: [{ role: "admin", organizationId: null }],
      },
      { userId: null, label: "test" },
    );
    admin = await viewerOf(person.id);
    orgA = (
      await createOrganization(
        services.db,
        { viewer: admin, name: "Willamette Peer Network", website: "https://willamette.example.org" },
        actorOf(admin),
      )
    ).id;
    orgB = (
      await createOrganization(services.db, { viewer: admin, name: "Coastal Peers", slug: "coastal" }, actorOf(admin))
    ).id;
  });
  afterAll(async () => services.close());

  describe("organizations", () => {
    it("makes the slug from the name unless given, refuses a taken or malformed one, and audits", async () => {
      const [a] = await services.db.select().from(schema.organization).where(eq(schema.organization.id, orgA));
      expect(a).toMatchObject({ slug: "willamette-peer-network", website: "https://willamette.example.org" });
      expect(
        (
          await refusal(
            createOrganization(services.db, { viewer: admin, name: "Other", slug: "coastal" }, actorOf(admin)),
          )
        ).fields,
      ).toEqual({
        slug: "admin.organizations.errors.slugTaken",
      });
      expect(
        (
          await refusal(
            createOrganization(services.db, { viewer: admin, name: "Other", slug: "Not A Slug" }, actorOf(admin)),
          )
        ).fields,
      ).toEqual({
        slug: "admin.organizations.errors.slug",
      });
      expect(
        (
          await refusal(
            createOrganization(
              services.db,
              { viewer: admin, name: "Other", website: "javascript:alert(1)" },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        website: "admin.organizations.errors.website",
      });
      expect((await audit("organization.create")).map((row) => row.targetId).sort()).toEqual([orgA, orgB].sort());
    });
  });

  describe("invitations", () => {
    it("invites by email, accepts with a name and password, and the new account has the roles and can sign in", async () => {
      const result = await invitePerson(
        services,
        {
          viewer: admin,
          email: " Jordan@Example.org ",
          name: "Jordan",
          locale: "es",
          roles: [
            { role: "participant", organizationId: null },
            { role: "partner_admin", organizationId: orgA },
          ],
        },
        actorOf(admin),
      );
      expect(result).toMatchObject({ kind: "invited", email: "jordan@example.org" });

      const [mail] = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "jordan@example.org"));
      expect(mail).toMatchObject({ template: "invitation", locale: "es" });
      expect(mail!.text).toContain("Alex Rivera");
      const token = decodeURIComponent(/\/invitation\?token=(\S+)/.exec(mail!.text)![1]!);
      const [stored] = await services.db
        .select()
        .from(schema.invitation)
        .where(eq(schema.invitation.email, "jordan@example.org"));
      expect(stored!.tokenHash).not.toContain(token);
      expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
      expect((await audit("invitation.create"))[0]).toMatchObject({
        targetId: result.kind === "invited" ? result.invitationId : "",
        actorId: admin.userId,
      });

      const view = await findInvitation(services.db, token, services.now());
      expect(view).toMatchObject({
        email: "jordan@example.org",
        inviterName: "Alex Rivera",
        state: "pending",
        hasAccount: false,
      });
      expect(view!.roles).toContainEqual({ role: "partner_admin", organizationName: "Willamette Peer Network" });
      expect(await findInvitation(services.db, "not-the-token", services.now())).toBeNull();

      const short = await refusal(
        acceptInvitation(
          services,
          { token, name: "Jordan Lee", password: "short", locale: "es", headers: new Headers() },
          { ip: "198.51.100.8" },
        ),
      );
      expect(short.fields).toEqual({ password: "invitation.errors.passwordTooShort" });

      const accepted = await acceptInvitation(
        services,
        { token, name: "Jordan Lee", password: "jordan password 123", locale: "es", headers: new Headers() },
        { ip: "198.51.100.8" },
      );
      expect(accepted.kind).toBe("signed-in");
      if (accepted.kind !== "signed-in") return;
      const cookie = accepted.cookies
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      const viewer = await viewerFromSession(services, new Headers({ cookie }));
      expect(viewer).toMatchObject({
        email: "jordan@example.org",
        name: "Jordan Lee",
        locale: "es",
        emailVerified: true,
      });
      expect(viewer!.roles).toEqual(
        expect.arrayContaining([
          { role: "participant", organizationId: null },
          { role: "partner_admin", organizationId: orgA },
        ]),
      );
      await expect(
        services.auth.api.signInEmail({ body: { email: "jordan@example.org", password: "jordan password 123" } }),
      ).resolves.toMatchObject({
        user: { email: "jordan@example.org" },
      });

      // A used link can't be used again.
      const again = await refusal(
        acceptInvitation(
          services,
          { token, name: "Someone", password: "another password 1", locale: "en", headers: new Headers() },
          {},
        ),
      );
      expect(again).toMatchObject({ code: "conflict", fields: { token: "invitation.errors.unusable" } });
      expect((await findInvitation(services.db, token, services.now()))!.state).toBe("accepted");
      expect((await audit("invitation.accept"))[0]).toMatchObject({ actorId: accepted.userId, ip: "198.51.100.8" });
      expect((await audit("person.create")).some((row) => row.targetId === accepted.userId)).toBe(true);
    });

    it("gives an existing account the roles at once instead of sending an invitation", async () => {
      const sam = await createAccount(
        services.db,
        { email: "sam@example.org", name: "Sam" },
        { userId: null, label: "test" },
      );
      const result = await invitePerson(
        services,
        {
          viewer: admin,
          email: "sam@example.org",
          name: "Sam",
          locale: "en",
          roles: [
            { role: "participant", organizationId: null },
            { role: "trainer", organizationId: null },
          ],
        },
        actorOf(admin),
      );
      expect(result).toMatchObject({
        kind: "granted",
        userId: sam.id,
        added: [{ role: "trainer", organizationId: null }],
      });
      expect(await rolesOf(services.db, sam.id)).toEqual(
        expect.arrayContaining([{ role: "trainer", organizationId: null }]),
      );
      expect(
        await services.db
          .select()
          .from(schema.outboxMessage)
          .where(eq(schema.outboxMessage.toAddress, "sam@example.org")),
      ).toHaveLength(0);
      expect(
        await services.db.select().from(schema.invitation).where(eq(schema.invitation.email, "sam@example.org")),
      ).toHaveLength(0);
      expect((await audit("role.grant")).some((row) => row.targetId === sam.id && row.summary.role === "trainer")).toBe(
        true,
      );
    });

    it("validates the invitation and refuses anyone but an admin", async () => {
      const bad = await refusal(
        invitePerson(services, { viewer: admin, email: "nope", name: "", locale: "en", roles: [] }, actorOf(admin)),
      );
      expect(bad).toMatchObject({
        code: "invalid",
        fields: {
          email: "admin.invite.errors.email",
          name: "admin.invite.errors.nameMissing",
          roles: "admin.invite.errors.rolesMissing",
        },
      });
      const noOrg = await refusal(
        invitePerson(
          services,
          {
            viewer: admin,
            email: "p@example.org",
            name: "P",
            locale: "en",
            roles: [{ role: "partner_admin", organizationId: null }],
          },
          actorOf(admin),
        ),
      );
      expect(noOrg.fields).toEqual({ organizationId: "admin.roles.errors.organizationRequired" });
      const jordan = await viewerOf(
        (await services.db.select().from(schema.user).where(eq(schema.user.email, "jordan@example.org")))[0]!.id,
      );
      const forbidden = await refusal(
        invitePerson(
          services,
          {
            viewer: jordan,
            email: "x@example.org",
            name: "X",
            locale: "en",
            roles: [{ role: "admin", organizationId: null }],
          },
          actorOf(jordan),
        ),
      );
      expect(forbidden.code).toBe("forbidden");
    });

    it("replaces an open invitation with a newer one, and lets an admin withdraw an open one", async () => {
      const first = await invitePerson(
        services,
        {
          viewer: admin,
          email: "kai@example.org",
          name: "Kai",
          locale: "en",
          roles: [{ role: "participant", organizationId: null }],
        },
        actorOf(admin),
      );
      const second = await invitePerson(
        services,
        {
          viewer: admin,
          email: "kai@example.org",
          name: "Kai",
          locale: "en",
          roles: [{ role: "participant", organizationId: null }],
        },
        actorOf(admin),
      );
      const now = services.now();
      const pending = await listInvitations(services.db, { state: "pending", now });
      expect(pending.invitations.filter((row) => row.email === "kai@example.org").map((row) => row.id)).toEqual([
        second.kind === "invited" ? second.invitationId : "",
      ]);
      const revoked = await listInvitations(services.db, { state: "revoked", now });
      expect(revoked.invitations.map((row) => row.id)).toContain(first.kind === "invited" ? first.invitationId : "");

      const id = second.kind === "invited" ? second.invitationId : "";
      await revokeInvitation(services.db, { viewer: admin, invitationId: id, now }, actorOf(admin));
      expect((await audit("invitation.revoke"))[0]).toMatchObject({ targetId: id, actorId: admin.userId });
      expect(
        await refusal(revokeInvitation(services.db, { viewer: admin, invitationId: id, now }, actorOf(admin))),
      ).toMatchObject({ code: "conflict" });
      const [mail] = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "kai@example.org"))
        .orderBy(desc(schema.outboxMessage.createdAt));
      const token = decodeURIComponent(/\/invitation\?token=(\S+)/.exec(mail!.text)![1]!);
      expect((await findInvitation(services.db, token, now))?.state).toBe("revoked");
      expect(
        await refusal(
          acceptInvitation(
            services,
            { token, name: "Kai", password: "kai password 1234", locale: "en", headers: new Headers() },
            {},
          ),
        ),
      ).toMatchObject({ code: "conflict" });
    });

    it("adds the roles to an account confirmed after the invitation was sent, leaving its password alone", async () => {
      await invitePerson(
        services,
        {
          viewer: admin,
          email: "rosa@example.org",
          name: "Rosa",
          locale: "es",
          roles: [{ role: "trainer", organizationId: null }],
        },
        actorOf(admin),
      );
      const [mail] = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "rosa@example.org"));
      const token = decodeURIComponent(/\/invitation\?token=(\S+)/.exec(mail!.text)![1]!);
      const rosa = await createAccount(
        services.db,
        { email: "rosa@example.org", name: "Rosa Martínez", password: "rosa own password" },
        { userId: null, label: "test" },
      );
      expect((await findInvitation(services.db, token, services.now()))!.hasAccount).toBe(true);

      const result = await acceptInvitation(services, { token, locale: "es", headers: new Headers() }, {});
      expect(result).toEqual({ kind: "roles-added", userId: rosa.id, email: "rosa@example.org" });
      expect(await rolesOf(services.db, rosa.id)).toContainEqual({ role: "trainer", organizationId: null });
      await expect(
        services.auth.api.signInEmail({ body: { email: "rosa@example.org", password: "rosa own password" } }),
      ).resolves.toBeTruthy();
    });

    it("hands an unconfirmed sign-up to whoever proves the address with the invitation link", async () => {
      await services.auth.api.signUpEmail({
        body: { name: "Squatter", email: "kim@example.org", password: "squatter password" },
      });
      const [squatted] = await services.db.select().from(schema.user).where(eq(schema.user.email, "kim@example.org"));
      expect(squatted!.emailVerified).toBe(false);

      const result = await invitePerson(
        services,
        {
          viewer: admin,
          email: "kim@example.org",
          name: "Kim",
          locale: "en",
          roles: [{ role: "participant", organizationId: null }],
        },
        actorOf(admin),
      );
      expect(result.kind).toBe("invited");
      expect(await rolesOf(services.db, squatted!.id)).toEqual([]);
      const [mail] = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(
          and(eq(schema.outboxMessage.toAddress, "kim@example.org"), eq(schema.outboxMessage.template, "invitation")),
        );
      const token = decodeURIComponent(/\/invitation\?token=(\S+)/.exec(mail!.text)![1]!);
      expect((await findInvitation(services.db, token, services.now()))!.hasAccount).toBe(false);

      const accepted = await acceptInvitation(
        services,
        { token, name: "Kim", password: "kim real password", locale: "en", headers: new Headers() },
        {},
      );
      expect(accepted).toMatchObject({ kind: "signed-in", userId: squatted!.id });
      const [kim] = await services.db.select().from(schema.user).where(eq(schema.user.id, squatted!.id));
      expect(kim).toMatchObject({ name: "Kim", emailVerified: true });
      await expect(
        services.auth.api.signInEmail({ body: { email: "kim@example.org", password: "squatter password" } }),
      ).rejects.toBeTruthy();
      await expect(
        services.auth.api.signInEmail({ body: { email: "kim@example.org", password: "kim real password" } }),
      ).resolves.toBeTruthy();
      expect(await rolesOf(services.db, squatted!.id)).toEqual([{ role: "participant", organizationId: null }]);
    });

    it("refuses an expired invitation", async () => {
      const result = await invitePerson(
        services,
        {
          viewer: admin,
          email: "late@example.org",
          name: "Late",
          locale: "en",
          roles: [{ role: "participant", organizationId: null }],
        },
        actorOf(admin),
      );
      const [mail] = await services.db
        .select()
        .from(schema.outboxMessage)
        .where(eq(schema.outboxMessage.toAddress, "late@example.org"));
      const token = decodeURIComponent(/\/invitation\?token=(\S+)/.exec(mail!.text)![1]!);
      const later = { ...services, now: () => new Date(Date.now() + 8 * 24 * 60 * 60 * 1000) };
      expect(
        await refusal(
          acceptInvitation(
            later,
            { token, name: "Late", password: "late password 1234", locale: "en", headers: new Headers() },
            {},
          ),
        ),
      ).toMatchObject({ code: "conflict" });
      expect(result.kind).toBe("invited");
      expect(
        await services.db.select().from(schema.user).where(eq(schema.user.email, "late@example.org")),
      ).toHaveLength(0);
    });
  });

  describe("roles", () => {
    it("grants and removes roles, auditing the role and organization", async () => {
      const luis = await createAccount(
        services.db,
        { email: "luis@example.org", name: "Luis" },
        { userId: null, label: "test" },
      );
      await grantRole(
        services.db,
        { viewer: admin, userId: luis.id, role: "partner_admin", organizationId: orgB },
        actorOf(admin),
      );
      expect(await rolesOf(services.db, luis.id)).toContainEqual({ role: "partner_admin", organizationId: orgB });
      const [granted] = await audit("role.grant");
      expect(granted).toMatchObject({
        targetId: luis.id,
        actorId: admin.userId,
        summary: { role: "partner_admin", organizationId: orgB, organization: "Coastal Peers" },
      });

      expect(
        (
          await refusal(
            grantRole(
              services.db,
              { viewer: admin, userId: luis.id, role: "partner_admin", organizationId: orgB },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        role: "admin.roles.errors.alreadyHeld",
      });
      expect(
        (
          await refusal(
            grantRole(
              services.db,
              { viewer: admin, userId: luis.id, role: "trainer", organizationId: orgB },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        organizationId: "admin.roles.errors.organizationNotAllowed",
      });
      expect(
        (
          await refusal(
            grantRole(
              services.db,
              { viewer: admin, userId: luis.id, role: "owner", organizationId: null },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        role: "admin.roles.errors.role",
      });

      await revokeRole(
        services.db,
        { viewer: admin, userId: luis.id, role: "partner_admin", organizationId: orgB },
        actorOf(admin),
      );
      expect(await rolesOf(services.db, luis.id)).not.toContainEqual({ role: "partner_admin", organizationId: orgB });
      const [revoked] = await audit("role.revoke");
      expect(revoked).toMatchObject({
        targetId: luis.id,
        summary: { role: "partner_admin", organizationId: orgB, organization: "Coastal Peers" },
      });
      expect(
        await refusal(
          revokeRole(
            services.db,
            { viewer: admin, userId: luis.id, role: "partner_admin", organizationId: orgB },
            actorOf(admin),
          ),
        ),
      ).toMatchObject({ code: "not_found" });

      const luisViewer = await viewerOf(luis.id);
      expect(
        (
          await refusal(
            grantRole(services.db, { viewer: luisViewer, userId: luis.id, role: "admin" }, actorOf(luisViewer)),
          )
        ).code,
      ).toBe("forbidden");
    });

    it("never removes the hub's last admin role, but lets one go while another remains", async () => {
      const last = await refusal(
        revokeRole(services.db, { viewer: admin, userId: admin.userId, role: "admin" }, actorOf(admin)),
      );
      expect(last).toMatchObject({ code: "invalid", fields: { role: "admin.roles.errors.lastAdmin" } });
      expect(await rolesOf(services.db, admin.userId)).toContainEqual({ role: "admin", organizationId: null });

      const maya = await createAccount(
        services.db,
        { email: "maya@example.org", name: "Maya" },
        { userId: null, label: "test" },
      );
      await grantRole(services.db, { viewer: admin, userId: maya.id, role: "admin" }, actorOf(admin));
      await revokeRole(services.db, { viewer: admin, userId: maya.id, role: "admin" }, actorOf(admin));
      expect(await rolesOf(services.db, maya.id)).not.toContainEqual({ role: "admin", organizationId: null });
      // Maya is gone as an admin, so Alex is the last one again.
      expect(
        (await refusal(revokeRole(services.db, { viewer: admin, userId: admin.userId, role: "admin" }, actorOf(admin))))
          .fields.role,
      ).toBe("admin.roles.errors.lastAdmin");
    });

    it("keeps one admin when two admins remove each other at the same moment", async () => {
      const other = await createAccount(
        services.db,
        { email: "second-admin@example.org", name: "Second Admin", roles: [{ role: "admin", organizationId: null }] },
        { userId: null, label: "test" },
      );
      const second = await viewerOf(other.id);
      const results = await Promise.allSettled([
        revokeRole(services.db, { viewer: second, userId: admin.userId, role: "admin" }, actorOf(second)),
        revokeRole(services.db, { viewer: admin, userId: second.userId, role: "admin" }, actorOf(admin)),
      ]);
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      const admins = await services.db.select().from(schema.roleGrant).where(eq(schema.roleGrant.role, "admin"));
      expect(admins).toHaveLength(1);
      // Put Alex back as the one admin, whoever won.
      if (admins[0]!.userId !== admin.userId) {
        await grantRole(services.db, { viewer: second, userId: admin.userId, role: "admin" }, actorOf(second));
        await revokeRole(services.db, { viewer: admin, userId: second.userId, role: "admin" }, actorOf(admin));
      }
    });

    it("lists people with their roles, searching by name or email", async () => {
      const all = await listPeople(services.db, {});
      expect(all.total).toBeGreaterThanOrEqual(4);
      const found = await listPeople(services.db, { search: "RIVERA" });
      expect(found.people.map((p) => p.email)).toEqual(["alex@example.org"]);
      expect(found.people[0]!.roles).toEqual([{ role: "admin", organizationId: null, organizationName: null }]);
      expect((await listPeople(services.db, { search: "jordan@" })).people.map((p) => p.name)).toEqual(["Jordan Lee"]);
      expect((await listPeople(services.db, { search: "%" })).total).toBe(0);
    });
  });

  describe("partner organizations", () => {
    it("lets a partner admin edit their own organization, and no other", async () => {
      const [jordanRow] = await services.db
        .select()
        .from(schema.user)
        .where(eq(schema.user.email, "jordan@example.org"));
      const jordan = await viewerOf(jordanRow!.id);
      expect((await listManagedOrganizations(services.db, jordan)).map((o) => o.id)).toEqual([orgA]);
      expect((await listManagedOrganizations(services.db, admin)).map((o) => o.id).sort()).toEqual([orgA, orgB].sort());

      const other = await refusal(
        updateOrganization(
          services.db,
          { viewer: jordan, organizationId: orgB, name: "Taken Over", website: "" },
          actorOf(jordan),
        ),
      );
      expect(other.code).toBe("forbidden");
      const [b] = await services.db.select().from(schema.organization).where(eq(schema.organization.id, orgB));
      expect(b!.name).toBe("Coastal Peers");

      const result = await updateOrganization(
        services.db,
        { viewer: jordan, organizationId: orgA, name: "Willamette Peer Network", website: "https://wpn.example.org" },
        actorOf(jordan),
      );
      expect(result.changed).toEqual(["website"]);
      const [a] = await services.db.select().from(schema.organization).where(eq(schema.organization.id, orgA));
      expect(a!.website).toBe("https://wpn.example.org");
      expect((await audit("organization.update"))[0]).toMatchObject({
        targetId: orgA,
        actorId: jordan.userId,
        summary: { website: "https://wpn.example.org" },
      });
      const managed = await listManagedOrganizations(services.db, jordan);
      expect(managed[0]!.partnerAdmins.map((p) => p.email)).toEqual(["jordan@example.org"]);
    });
  });

  describe("hub settings", () => {
    const settings = {
      name: "Cascadia IPS Hub",
      tagline: "",
      logoUrl: "",
      accentColor: "#2f6f5e",
      contactEmail: "",
      providerNumber: "",
      region: "Oregon",
    };

    it("refuses a colour white text can't sit on, a non-https logo and a bad contact email", async () => {
      const refused = await refusal(
        updateHubSettings(
          services.db,
          {
            viewer: admin,
            now: services.now(),
            ...settings,
            accentColor: "#f5d76e",
            logoUrl: "http://example.org/logo.png",
            contactEmail: "nope",
          },
          actorOf(admin),
        ),
      );
      expect(refused.fields).toEqual({
        accentColor: "admin.settings.errors.accentContrast",
        logoUrl: "admin.settings.errors.logoUrl",
        contactEmail: "admin.settings.errors.contactEmail",
      });
      expect(
        (
          await refusal(
            updateHubSettings(
              services.db,
              { viewer: admin, now: services.now(), ...settings, accentColor: "green" },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        accentColor: "admin.settings.errors.accentFormat",
      });
      expect((await readHubSettings(services.db)).name).not.toBe("Cascadia IPS Hub");
      expect(await audit("hub.settings.update")).toHaveLength(0);
    });

    it("saves good settings in the single row and audits what changed", async () => {
      await updateHubSettings(
        services.db,
        {
          viewer: admin,
          now: services.now(),
          ...settings,
          logoUrl: "https://example.org/logo.png",
          accentColor: "#1F5143",
        },
        actorOf(admin),
      );
      await updateHubSettings(
        services.db,
        {
          viewer: admin,
          now: services.now(),
          ...settings,
          logoUrl: "https://example.org/logo.png",
          accentColor: "#1f5143",
          tagline: "Learning together",
        },
        actorOf(admin),
      );
      const saved = await readHubSettings(services.db);
      expect(saved).toMatchObject({
        id: 1,
        name: "Cascadia IPS Hub",
        accentColor: "#1f5143",
        logoUrl: "https://example.org/logo.png",
        tagline: "Learning together",
        region: "Oregon",
        contactEmail: null,
      });
      expect(await services.db.select().from(schema.hubSettings)).toHaveLength(1);
      const rows = await audit("hub.settings.update");
      expect(rows).toHaveLength(2);
      expect(rows[0]!.summary).toEqual({ tagline: "Learning together" });
      const jordan = await viewerOf(
        (await services.db.select().from(schema.user).where(eq(schema.user.email, "jordan@example.org")))[0]!.id,
      );
      expect(
        (
          await refusal(
            updateHubSettings(services.db, { viewer: jordan, now: services.now(), ...settings }, actorOf(jordan)),
          )
        ).code,
      ).toBe("forbidden");
    });
  });

  describe("support resources", () => {
    it("adds, edits and removes a resource with its last-checked date, auditing each step", async () => {
      const resource = {
        name: "988 Suicide & Crisis Lifeline",
        descriptionEn: "Call or text, any time.",
        descriptionEs: "Llama o escribe, a cualquier hora.",
        phone: "988",
        sms: "988",
        url: "https://988lifeline.org",
        hours: "24/7",
        peerRun: false,
        sortOrder: "1",
        lastVerifiedOn: "2025-01-15",
      };
      const now = services.now();
      const noWay = await refusal(
        addSupportResource(
          services.db,
          { viewer: admin, now, resource: { ...resource, phone: "", sms: "", url: "" } },
          actorOf(admin),
        ),
      );
      expect(noWay.fields).toEqual({ phone: "admin.resources.errors.noWayToReach" });
      const future = new Date(now.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
      expect(
        (
          await refusal(
            addSupportResource(
              services.db,
              { viewer: admin, now, resource: { ...resource, lastVerifiedOn: future } },
              actorOf(admin),
            ),
          )
        ).fields,
      ).toEqual({
        lastVerifiedOn: "admin.resources.errors.lastVerifiedFuture",
      });

      const { id } = await addSupportResource(services.db, { viewer: admin, now, resource }, actorOf(admin));
      await updateSupportResource(
        services.db,
        { viewer: admin, now, id, resource: { ...resource, lastVerifiedOn: "2025-02-01", peerRun: true } },
        actorOf(admin),
      );
      const [saved] = (await listSupportResourcesForAdmin(services.db)).filter((row) => row.id === id);
      expect(saved).toMatchObject({ lastVerifiedOn: "2025-02-01", peerRun: true, sortOrder: 1 });
      expect((await audit("support_resource.update"))[0]!.summary).toMatchObject({
        changed: ["peerRun", "lastVerifiedOn"],
      });

      await removeSupportResource(services.db, { viewer: admin, id }, actorOf(admin));
      expect((await listSupportResourcesForAdmin(services.db)).some((row) => row.id === id)).toBe(false);
      expect((await audit("support_resource.remove"))[0]!.summary).toMatchObject({
        name: "988 Suicide & Crisis Lifeline",
        phone: "988",
      });
    });
  });

  describe("audit log", () => {
    it("refuses to update or delete a recorded event", async () => {
      const [event] = await services.db
        .select()
        .from(schema.auditEvent)
        .where(and(eq(schema.auditEvent.action, "role.grant")))
        .limit(1);
      expect(event).toBeDefined();
      await expect(
        services.db
          .update(schema.auditEvent)
          .set({ action: "nothing.happened" })
          .where(eq(schema.auditEvent.id, event!.id)),
      ).rejects.toThrow();
      await expect(services.db.delete(schema.auditEvent).where(eq(schema.auditEvent.id, event!.id))).rejects.toThrow();
      await expect(services.database.exec("DELETE FROM audit_event")).rejects.toThrow(/append-only/);
      const [still] = await services.db.select().from(schema.auditEvent).where(eq(schema.auditEvent.id, event!.id));
      expect(still!.action).toBe("role.grant");
    });
  });
});
