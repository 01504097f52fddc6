import { describe, expect, it } from "vitest";
import {
  canManageOrganization,
  decideAccess,
  grantProblem,
  isOrganizationRole,
  managedOrganizationIds,
  navigationSections,
  roles,
  type Viewer,
} from "./access.ts";

const person = (roles: Viewer["roles"]): Viewer => ({ userId: "u1", email: "a@example.org", name: "A", emailVerified: true, roles });
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
    expect(canManageOrganization(partner, "org-1")).toBe(true);
    expect(canManageOrganization(partner, "org-2")).toBe(false);
    expect(canManageOrganization(participant, "org-1")).toBe(false);
    expect(canManageOrganization(admin, "org-2")).toBe(true);
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
