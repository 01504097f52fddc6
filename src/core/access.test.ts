import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  decideAccess,
  grantProblem,
  isHubAdmin,
  isOrganizationRole,
  managedOrganizationIds,
  mayActForOrganization,
  mayActForRegistration,
  mayMarkAttendance,
  mayReadRegistration,
  mayRegister,
  mayRegisterSomeoneElse,
  mayRunSession,
  maySeePersonalRecord,
  maySeeSessionPrivateDetails,
  maySignOffSession,
  navigationSections,
  offersDeveloperTools,
  organizationsInReach,
  roles,
  rosterScope,
  type SessionStanding,
  type Viewer,
} from "./access.ts";

const person = (roles: Viewer["roles"]): Viewer => ({
  userId: "u1",
  email: "a@example.org",
  name: "A",
  emailVerified: true,
  roles,
});
const admin = person([{ role: "admin", organizationId: null }]);
const trainer = person([{ role: "trainer", organizationId: null }]);
const partner = person([{ role: "partner_admin", organizationId: "org-1" }]);
const participant = person([{ role: "participant", organizationId: null }]);

describe("decideAccess", () => {
  it.each([
    ["public", null, "allow"],
    ["public", participant, "allow"],
    ["guest", null, "allow"],
    ["guest", participant, "go-home"],
    ["signed-in", null, "sign-in"],
    ["signed-in", participant, "allow"],
    ["admin", null, "sign-in"],
    ["admin", participant, "forbidden"],
    ["admin", trainer, "forbidden"],
    ["admin", partner, "forbidden"],
    ["admin", admin, "allow"],
    ["trainer", participant, "forbidden"],
    ["trainer", trainer, "allow"],
    ["trainer", admin, "allow"],
    ["partner-admin", trainer, "forbidden"],
    ["partner-admin", partner, "allow"],
    ["partner-admin", admin, "allow"],
  ] as const)("%s as %o → %s", (level, viewer, expected) => {
    expect(decideAccess(viewer, level)).toBe(expected);
  });

  it("denies a route that names no access level, even to admins", () => {
    expect(decideAccess(admin, undefined)).toBe("forbidden");
    expect(decideAccess(null, undefined)).toBe("forbidden");
  });
});

describe("organization scope", () => {
  it("lets a partner admin manage only their own organization", () => {
    expect(managedOrganizationIds(partner)).toEqual(["org-1"]);
    expect(mayActForOrganization(partner, "org-1")).toBe(true);
    expect(mayActForOrganization(partner, "org-2")).toBe(false);
    expect(mayActForOrganization(participant, "org-1")).toBe(false);
    expect(mayActForOrganization(admin, "org-2")).toBe(true);
  });

  it("holds several roles at once", () => {
    const both = person([
      { role: "trainer", organizationId: null },
      { role: "partner_admin", organizationId: "org-9" },
    ]);
    expect(decideAccess(both, "trainer")).toBe("allow");
    expect(decideAccess(both, "partner-admin")).toBe("allow");
    expect(decideAccess(both, "admin")).toBe("forbidden");
    expect(navigationSections(both)).toEqual(["trainer", "partner"]);
    expect(navigationSections(trainer)).toEqual(["trainer"]);
    expect(navigationSections(participant)).toEqual([]);
  });

  it("offers the developer things (API tokens tab, API link) to admins only", () => {
    expect(offersDeveloperTools(person([{ role: "admin", organizationId: null }]))).toBe(true);
    expect(offersDeveloperTools(trainer)).toBe(false);
    expect(offersDeveloperTools(participant)).toBe(false);
    expect(offersDeveloperTools(null)).toBe(false);
  });
});

describe("grantProblem", () => {
  it("requires an organization for partner admins and refuses one for other roles", () => {
    expect(grantProblem({ role: "partner_admin", organizationId: null })).toBe("organization_required");
    expect(grantProblem({ role: "trainer", organizationId: "org-1" })).toBe("organization_not_allowed");
    expect(grantProblem({ role: "partner_admin", organizationId: "org-1" })).toBeNull();
    expect(grantProblem({ role: "admin", organizationId: null })).toBeNull();
  });
});

describe("isOrganizationRole", () => {
  it("holds only the partner admin role for one organization", () => {
    expect(roles.filter(isOrganizationRole)).toEqual(["partner_admin"]);
  });
});

// The per-object policy: every decision for every kind of viewer, then properties that tie the decisions together.
const other = (roles: Viewer["roles"]): Viewer => ({ ...person(roles), userId: "u2" });
const otherParticipant = other([{ role: "participant", organizationId: null }]);
const otherPartner = other([{ role: "partner_admin", organizationId: "org-2" }]);
const nobody: SessionStanding = { trainer: null, confirmedSeat: false };
const lead: SessionStanding = { trainer: "lead", confirmedSeat: false };
const co: SessionStanding = { trainer: "co", confirmedSeat: false };
const seated: SessionStanding = { trainer: null, confirmedSeat: true };

describe("organizations", () => {
  it.each([
    ["a stranger", null, []],
    ["a participant", participant, []],
    ["a trainer", trainer, []],
    ["a partner admin", partner, ["org-1"]],
    ["a hub admin", admin, "all"],
  ] as const)("%s reaches %o", (_, viewer, reach) => {
    expect(organizationsInReach(viewer)).toEqual(reach);
  });

  it("lets nobody act for an organization who is not its partner admin or a hub admin", () => {
    expect(mayActForOrganization(null, "org-1")).toBe(false);
    expect(mayActForOrganization(trainer, "org-1")).toBe(false);
    expect(mayActForOrganization(otherPartner, "org-1")).toBe(false);
  });
});

describe("registering", () => {
  it.each([
    ["a stranger, for themselves", null, "u1", null, false],
    ["a participant, for themselves", participant, "u1", null, true],
    ["a participant, for themselves as an organization's staff", participant, "u1", "org-1", false],
    ["a participant, for someone else", participant, "u2", null, false],
    ["a trainer, for someone else", trainer, "u2", null, false],
    ["a partner admin, for their organization's staff", partner, "u2", "org-1", true],
    ["a partner admin, for themselves as their organization's staff", partner, "u1", "org-1", true],
    ["a partner admin, for another organization's staff", partner, "u2", "org-2", false],
    ["a partner admin, for someone else without an organization", partner, "u2", null, false],
    ["a hub admin, for anyone", admin, "u2", null, true],
    ["a hub admin, for any organization's staff", admin, "u2", "org-2", true],
  ] as const)("%s → %s", (_, viewer, personId, organizationId, expected) => {
    expect(mayRegister(viewer, { personId, organizationId })).toBe(expected);
  });

  it.each([
    [null, null, false],
    [participant, null, false],
    [trainer, "org-1", false],
    [partner, null, false],
    [partner, "org-1", true],
    [partner, "org-2", false],
    [admin, null, true],
  ] as const)("someone else, by %o for organization %s → %s", (viewer, organizationId, expected) => {
    expect(mayRegisterSomeoneElse(viewer, { organizationId })).toBe(expected);
  });
});

describe("acting on a registration", () => {
  it.each([
    ["a stranger", null, { holderId: "u1", organizationId: null }, null],
    ["its holder", participant, { holderId: "u1", organizationId: null }, "self"],
    ["its holder, registered by an organization", participant, { holderId: "u1", organizationId: "org-1" }, "self"],
    ["another participant", otherParticipant, { holderId: "u1", organizationId: null }, null],
    ["a trainer", other([{ role: "trainer", organizationId: null }]), { holderId: "u1", organizationId: null }, null],
    [
      "the registering organization's partner admin",
      other([{ role: "partner_admin", organizationId: "org-1" }]),
      { holderId: "u1", organizationId: "org-1" },
      "staff",
    ],
    ["another organization's partner admin", otherPartner, { holderId: "u1", organizationId: "org-1" }, null],
    [
      "a partner admin, for a registration no organization made",
      otherPartner,
      { holderId: "u1", organizationId: null },
      null,
    ],
    [
      "a hub admin",
      other([{ role: "admin", organizationId: null }]),
      { holderId: "u1", organizationId: null },
      "staff",
    ],
  ] as const)("%s → %s", (_, viewer, registration, expected) => {
    expect(mayActForRegistration(viewer, registration)).toBe(expected);
  });

  it("lets the session's trainers read a registration they may not act on, and nobody else", () => {
    const registration = { holderId: "u1", organizationId: null };
    const aTrainer = other([{ role: "trainer", organizationId: null }]);
    expect(mayReadRegistration(aTrainer, registration, co)).toBe(true);
    expect(mayReadRegistration(aTrainer, registration, nobody)).toBe(false);
    expect(mayReadRegistration(otherParticipant, registration, seated)).toBe(false);
    expect(mayReadRegistration(participant, registration, nobody)).toBe(true);
    expect(mayReadRegistration(null, registration, nobody)).toBe(false);
  });
});

describe("a session", () => {
  // viewer, standing → run it (drafts, sensitive answers, no-shows), private details, mark attendance, sign off, roster
  it.each([
    ["a stranger", null, nobody, [false, false, false, false, null]],
    ["a participant", participant, nobody, [false, false, false, false, null]],
    ["a confirmed participant", participant, seated, [false, true, false, false, null]],
    ["a trainer of another session", trainer, nobody, [false, false, false, false, null]],
    ["a co-trainer", trainer, co, [true, true, true, false, "whole"]],
    ["the lead trainer", trainer, lead, [true, true, true, true, "whole"]],
    ["a partner admin", partner, nobody, [false, false, false, false, "own-organizations"]],
    ["a partner admin holding a seat", partner, seated, [false, true, false, false, "own-organizations"]],
    ["a hub admin", admin, nobody, [true, true, true, true, "whole"]],
  ] as const)("%s", (_, viewer, standing, [runs, privately, marks, signsOff, roster]) => {
    expect(mayRunSession(viewer, standing)).toBe(runs);
    expect(maySeeSessionPrivateDetails(viewer, standing)).toBe(privately);
    expect(mayMarkAttendance(viewer, standing)).toBe(marks);
    expect(maySignOffSession(viewer, standing)).toBe(signsOff);
    expect(rosterScope(viewer, standing)).toBe(roster);
  });
});

describe("personal records", () => {
  it.each([
    [null, "u1", false],
    [participant, "u1", true],
    [otherParticipant, "u1", false],
    [other([{ role: "trainer", organizationId: null }]), "u1", false],
    [otherPartner, "u1", false],
    [other([{ role: "admin", organizationId: null }]), "u1", true],
  ] as const)("%o sees a record owned by %s → %s", (viewer, ownerId, expected) => {
    expect(maySeePersonalRecord(viewer, { ownerId })).toBe(expected);
  });
});

describe("the policy's properties", () => {
  const grant = fc.record({
    role: fc.constantFrom(...roles),
    organizationId: fc.option(fc.constantFrom("org-1", "org-2", "org-3"), { nil: null }),
  });
  const viewer = fc.option(
    fc
      .record({ userId: fc.constantFrom("u1", "u2", "u3"), roles: fc.array(grant, { maxLength: 4 }) })
      .map(({ userId, roles }) => ({ ...person(roles), userId })),
    { nil: null },
  );
  const standing = fc.record({
    trainer: fc.constantFrom("lead" as const, "co" as const, null),
    confirmedSeat: fc.boolean(),
  });
  const organizationId = fc.option(fc.constantFrom("org-1", "org-2", "org-3"), { nil: null });
  const holding = fc.record({ holderId: fc.constantFrom("u1", "u2", "u3"), organizationId });

  it("refuses a stranger everything", () => {
    fc.assert(
      fc.property(standing, holding, (s, h) => {
        expect(
          mayRunSession(null, s) ||
            maySeeSessionPrivateDetails(null, s) ||
            maySignOffSession(null, s) ||
            rosterScope(null, s) !== null,
        ).toBe(false);
        expect(
          mayActForRegistration(null, h) ??
            mayRegister(null, { personId: h.holderId, organizationId: h.organizationId }),
        ).toBe(false);
      }),
    );
  });

  it("lets a hub admin do everything, whatever their standing", () => {
    fc.assert(
      fc.property(viewer, standing, holding, (v, s, h) => {
        if (!v || !isHubAdmin(v)) return;
        expect([
          mayRunSession(v, s),
          maySeeSessionPrivateDetails(v, s),
          mayMarkAttendance(v, s),
          maySignOffSession(v, s),
        ]).toEqual([true, true, true, true]);
        expect(rosterScope(v, s)).toBe("whole");
        expect(mayActForRegistration(v, h)).not.toBeNull();
        expect(mayRegister(v, { personId: h.holderId, organizationId: h.organizationId })).toBe(true);
      }),
    );
  });

  it("nests the session rights: sign off ⊂ mark attendance = run ⊂ see private details", () => {
    fc.assert(
      fc.property(viewer, standing, (v, s) => {
        if (maySignOffSession(v, s)) expect(mayMarkAttendance(v, s)).toBe(true);
        expect(mayMarkAttendance(v, s)).toBe(mayRunSession(v, s));
        if (mayRunSession(v, s)) expect(maySeeSessionPrivateDetails(v, s)).toBe(true);
        if (rosterScope(v, s) === "whole") expect(mayRunSession(v, s)).toBe(true);
      }),
    );
  });

  it("gives staff rights over a registration exactly to those who could have registered its holder for that organization", () => {
    fc.assert(
      fc.property(viewer, holding, (v, h) => {
        if (!v || v.userId === h.holderId) return;
        expect(mayActForRegistration(v, h) === "staff").toBe(mayRegisterSomeoneElse(v, h));
      }),
    );
  });

  it("keeps a partner admin inside the organizations they manage", () => {
    fc.assert(
      fc.property(viewer, organizationId, (v, org) => {
        if (!v || isHubAdmin(v) || org === null) return;
        const reach = organizationsInReach(v);
        expect(reach).not.toBe("all");
        expect(mayActForOrganization(v, org)).toBe((reach as string[]).includes(org));
      }),
    );
  });
});
