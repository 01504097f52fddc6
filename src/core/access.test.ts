import { describe, expect, it } from "vitest";
import { canManageOrganization, grantProblem, revokeProblem, type Viewer } from "./access.ts";

const viewer = (roles: Viewer["roles"]): Viewer => ({ userId: "u1", email: "a@example.org", name: "A", emailVerified: true, roles });

describe("revokeProblem", () => {
  it("refuses to remove the only admin", () => {
    expect(revokeProblem({ role: "admin", organizationId: null }, 1)).toBe("last_admin");
    expect(revokeProblem({ role: "admin", organizationId: null }, 0)).toBe("last_admin");
  });

  it("lets an admin go while another remains", () => {
    expect(revokeProblem({ role: "admin", organizationId: null }, 2)).toBeNull();
  });

  it("never blocks other roles, however few admins there are", () => {
    expect(revokeProblem({ role: "trainer", organizationId: null }, 1)).toBeNull();
    expect(revokeProblem({ role: "partner_admin", organizationId: "org" }, 0)).toBeNull();
    expect(revokeProblem({ role: "participant", organizationId: null }, 1)).toBeNull();
  });
});

describe("organization scope", () => {
  it("lets a partner admin manage only their own organization, and admins any", () => {
    const partner = viewer([{ role: "partner_admin", organizationId: "org-a" }]);
    expect(canManageOrganization(partner, "org-a")).toBe(true);
    expect(canManageOrganization(partner, "org-b")).toBe(false);
    expect(canManageOrganization(viewer([{ role: "admin", organizationId: null }]), "org-b")).toBe(true);
    expect(canManageOrganization(viewer([{ role: "trainer", organizationId: null }]), "org-a")).toBe(false);
    expect(canManageOrganization(null, "org-a")).toBe(false);
  });

  it("requires an organization for partner admins only", () => {
    expect(grantProblem({ role: "partner_admin", organizationId: null })).toBe("organization_required");
    expect(grantProblem({ role: "trainer", organizationId: "org-a" })).toBe("organization_not_allowed");
    expect(grantProblem({ role: "partner_admin", organizationId: "org-a" })).toBeNull();
  });
});
