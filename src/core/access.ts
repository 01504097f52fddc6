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

/** Hub admins reach every session, registration, organization and record; every decision below starts from this. */
export function isHubAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, "admin");
}

/*
 * Decisions about one object. Each takes what a use case looked up about the viewer and that object (the viewer's
 * standing in a session, who holds a registration, whose record it is) and answers without I/O. Features look the
 * standing up and pass it in; they do not decide from roles themselves. "Signed in at all" is the caller's first
 * question (unauthorized), so a null viewer is simply refused here.
 */

/** The partner organizations whose data this person may manage. Admins are not listed: they reach all. */
export function managedOrganizationIds(viewer: Viewer | null): string[] {
  if (!viewer) return [];
  return viewer.roles.flatMap((grant) =>
    grant.role === "partner_admin" && grant.organizationId ? [grant.organizationId] : [],
  );
}

/** A partner admin acts for the organizations they manage (registers its staff, edits it); a hub admin for every one. */
export function mayActForOrganization(viewer: Viewer | null, organizationId: string): boolean {
  return isHubAdmin(viewer) || managedOrganizationIds(viewer).includes(organizationId);
}

/** Whose organization records this person may list: every organization's, the ones they manage, or none (empty). */
export function organizationsInReach(viewer: Viewer | null): "all" | string[] {
  return isHubAdmin(viewer) ? "all" : managedOrganizationIds(viewer);
}

/** Registering anyone but oneself is staff work: a hub admin, or a partner admin for their organization's staff. */
export function mayRegisterSomeoneElse(
  viewer: Viewer | null,
  registration: { organizationId: string | null },
): boolean {
  if (!viewer) return false;
  if (isHubAdmin(viewer)) return true;
  return registration.organizationId !== null && mayActForOrganization(viewer, registration.organizationId);
}

/** Anyone signed in registers themselves; naming an organization, or someone else, takes staff rights. */
export function mayRegister(
  viewer: Viewer | null,
  registration: { personId: string; organizationId: string | null },
): boolean {
  if (!viewer) return false;
  if (registration.personId === viewer.userId && registration.organizationId === null) return true;
  return mayRegisterSomeoneElse(viewer, registration);
}

/** Who a registration belongs to, and the organization that registered them, if one did. */
export type RegistrationHolding = { holderId: string; organizationId: string | null };

/**
 * Who may cancel, transfer or answer an offer for a registration, and in which capacity: the person it is for
 * ("self", bound by the cancellation cutoff and the registration window), or staff — a hub admin, or a partner admin of
 * the organization that registered them ("staff", acting on the whole group entry).
 */
export function mayActForRegistration(
  viewer: Viewer | null,
  registration: RegistrationHolding,
): "self" | "staff" | null {
  if (!viewer) return null;
  if (registration.holderId === viewer.userId) return "self";
  if (isHubAdmin(viewer)) return "staff";
  if (registration.organizationId !== null && mayActForOrganization(viewer, registration.organizationId))
    return "staff";
  return null;
}

/** How the viewer stands toward one session: on its teaching team (as lead or co-trainer), holding a confirmed seat. */
export type SessionStanding = { trainer: "lead" | "co" | null; confirmedSeat: boolean };

/**
 * Running a session is for hub admins and the session's own trainers: they see it while it is a draft, read sensitive
 * answers and accommodations on its roster, and mark no-shows.
 */
export function mayRunSession(viewer: Viewer | null, standing: Pick<SessionStanding, "trainer">): boolean {
  if (!viewer) return false;
  return isHubAdmin(viewer) || standing.trainer !== null;
}

/** The place and video link are shown only to confirmed participants, the session's trainers and hub admins. */
export function maySeeSessionPrivateDetails(viewer: Viewer | null, standing: SessionStanding): boolean {
  if (!viewer) return false;
  return mayRunSession(viewer, standing) || standing.confirmedSeat;
}

/** Attendance is marked (and check-in codes shown, results read) by the session's trainers and hub admins. */
export function mayMarkAttendance(viewer: Viewer | null, standing: Pick<SessionStanding, "trainer">): boolean {
  return mayRunSession(viewer, standing);
}

/** Signing a session off (which issues credentials) is the lead trainer's call, or a hub admin's. */
export function maySignOffSession(viewer: Viewer | null, standing: Pick<SessionStanding, "trainer">): boolean {
  if (!viewer) return false;
  return isHubAdmin(viewer) || standing.trainer === "lead";
}

/** A registration is readable by whoever may act for it and by the people running its session. */
export function mayReadRegistration(
  viewer: Viewer | null,
  registration: RegistrationHolding,
  standing: Pick<SessionStanding, "trainer">,
): boolean {
  return mayActForRegistration(viewer, registration) !== null || mayRunSession(viewer, standing);
}

/**
 * How much of a session's roster this person sees: all of it with sensitive answers (those running the session), only
 * the people their organizations registered (partner admins), or none.
 */
export function rosterScope(
  viewer: Viewer | null,
  standing: Pick<SessionStanding, "trainer">,
): "whole" | "own-organizations" | null {
  if (mayRunSession(viewer, standing)) return "whole";
  return managedOrganizationIds(viewer).length > 0 ? "own-organizations" : null;
}

/** A personal record (a credential, an evidence file) is seen by the person it belongs to and by hub admins. */
export function maySeePersonalRecord(viewer: Viewer | null, record: { ownerId: string }): boolean {
  if (!viewer) return false;
  return record.ownerId === viewer.userId || isHubAdmin(viewer);
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

/**
 * Whether the shell offers this person the developer things (the API tokens tab, the footer's API link): hub admins, who
 * run the hub's integrations. Anyone may still make a token from the "Advanced" part of their account.
 */
export function offersDeveloperTools(viewer: Viewer | null): boolean {
  return hasRole(viewer, "admin");
}

/** Which role sections the navigation offers this person, in display order. */
export function navigationSections(viewer: Viewer | null): Array<"trainer" | "partner" | "admin"> {
  const sections: Array<"trainer" | "partner" | "admin"> = [];
  if (hasRole(viewer, "trainer")) sections.push("trainer");
  if (hasRole(viewer, "partner_admin")) sections.push("partner");
  if (hasRole(viewer, "admin")) sections.push("admin");
  return sections;
}

// — partners: staff links and partner enrolment —

/**
 * A partner admin enrols only people linked to their organization who accepted the link; a hub admin anyone; a person
 * themself. Anything else is refused the same way whether or not the person has an account, so nothing leaks.
 */
export function mayEnrolForOrganization(
  viewer: Viewer | null,
  enrolment: { personId: string; organizationId: string | null; linkedWithConsent: boolean },
): boolean {
  if (!viewer) return false;
  if (isHubAdmin(viewer)) return true;
  if (enrolment.personId === viewer.userId && enrolment.organizationId === null) return true;
  // A partner admin may register themself under the organization they look after.
  if (enrolment.personId === viewer.userId) return mayActForOrganization(viewer, enrolment.organizationId!);
  return (
    enrolment.organizationId !== null &&
    mayActForOrganization(viewer, enrolment.organizationId) &&
    enrolment.linkedWithConsent
  );
}

/**
 * What the viewer may see of one linked person's progress for one organization: only the organization's partner admins
 * (and hub admins, who see the portal as its partner admins do), only while the link is active, and only what the person
 * chose to share. Null means nothing at all.
 */
export function staffProgressVisible(
  viewer: Viewer | null,
  organizationId: string,
  sharing: { completions: boolean; compliance: boolean } | null,
): { completions: boolean; compliance: boolean } | null {
  if (!viewer || !mayActForOrganization(viewer, organizationId)) return null;
  return sharing;
}

/** Sponsored seat blocks take seats from the public and carry the invoice: a hub admin creates them and marks payment. */
export function mayManageSponsoredBlocks(viewer: Viewer | null): boolean {
  return isHubAdmin(viewer);
}
