// Who may reach what: the one authorization policy used by pages, actions, the API and the CLI. Deny by default.
export const roles = ["admin", "trainer", "partner_admin", "participant"] as const;
export type Role = (typeof roles)[number];

export type RoleGrant = { role: Role; organizationId: string | null };

export type Viewer = {
  userId: string;
  email: string;
  name: string;
  emailVerified: boolean;
  roles: RoleGrant[];
};

/**
 * What a route or endpoint requires. Every page and endpoint names one; a missing name is a denial.
 * - public: anyone, signed in or not
 * - guest: only people not signed in (sign-in and sign-up pages); others are sent home
 * - signed-in: any signed-in person
 * - admin / trainer / partner-admin: a person holding that role (admins reach trainer and partner pages too)
 */
export const accessLevels = ["public", "guest", "signed-in", "trainer", "partner-admin", "admin"] as const;
export type AccessLevel = (typeof accessLevels)[number];

export type AccessDecision = "allow" | "sign-in" | "forbidden" | "go-home";

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer?.roles.some((grant) => grant.role === role) ?? false;
}

export function decideAccess(viewer: Viewer | null, level: AccessLevel | undefined): AccessDecision {
  switch (level) {
    case "public":
      return "allow";
    case "guest":
      return viewer ? "go-home" : "allow";
    case "signed-in":
      return viewer ? "allow" : "sign-in";
    case "trainer":
      return !viewer ? "sign-in" : hasRole(viewer, "trainer") || hasRole(viewer, "admin") ? "allow" : "forbidden";
    case "partner-admin":
      return !viewer ? "sign-in" : hasRole(viewer, "partner_admin") || hasRole(viewer, "admin") ? "allow" : "forbidden";
    case "admin":
      return !viewer ? "sign-in" : hasRole(viewer, "admin") ? "allow" : "forbidden";
    default:
      return "forbidden";
  }
}

/** The partner organizations whose data this person may manage. Admins are not listed: they reach all. */
export function managedOrganizationIds(viewer: Viewer | null): string[] {
  if (!viewer) return [];
  return viewer.roles.flatMap((grant) => (grant.role === "partner_admin" && grant.organizationId ? [grant.organizationId] : []));
}

export function canManageOrganization(viewer: Viewer | null, organizationId: string): boolean {
  return hasRole(viewer, "admin") || managedOrganizationIds(viewer).includes(organizationId);
}

/** Only a partner admin role is held for one organization; every other role is hub-wide. */
export function isOrganizationRole(role: string): boolean {
  return role === "partner_admin";
}

/** A grant is well formed when partner_admin names an organization and no other role does. */
export function grantProblem(grant: RoleGrant): "organization_required" | "organization_not_allowed" | null {
  if (isOrganizationRole(grant.role) && !grant.organizationId) return "organization_required";
  if (!isOrganizationRole(grant.role) && grant.organizationId) return "organization_not_allowed";
  return null;
}

/**
 * Removing a grant must leave the hub with at least one admin, or nobody could manage it any more.
 * `adminCount` is how many people hold the admin role right now, the one being changed included.
 */
export function revokeProblem(grant: RoleGrant, adminCount: number): "last_admin" | null {
  return grant.role === "admin" && adminCount <= 1 ? "last_admin" : null;
}

/** Which role sections the navigation offers this person, in display order. */
export function navigationSections(viewer: Viewer | null): Array<"trainer" | "partner" | "admin"> {
  const sections: Array<"trainer" | "partner" | "admin"> = [];
  if (hasRole(viewer, "trainer")) sections.push("trainer");
  if (hasRole(viewer, "partner_admin")) sections.push("partner");
  if (hasRole(viewer, "admin")) sections.push("admin");
  return sections;
}
