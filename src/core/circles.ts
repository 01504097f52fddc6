// Who may do what in a co-reflection circle, and whose turn it is to facilitate. Pure: the feature looks up how the
// viewer stands in the circle and passes it in.
import { hasRole, isHubAdmin, type Viewer } from "./access.ts";

export const DEFAULT_MIN_MEMBERS = 4;
export const DEFAULT_MAX_MEMBERS = 12;
/** A circle is a small group that reflects together; past this it is a meeting, not a circle. */
export const LARGEST_CIRCLE = 30;
export const SMALLEST_CIRCLE = 2;

/** How the viewer stands in one circle, looked up by the feature. */
export type CircleStanding = {
  member: boolean;
  /** Created the circle or was made an organizer: schedules, invites, moves and cancels meetings. */
  organizer: boolean;
  /** Facilitates the meeting in question (for the agreement: the next meeting). */
  facilitator: boolean;
};

export const noStanding: CircleStanding = { member: false, organizer: false, facilitator: false };

/** Admins and trainers may start circles; participants only when the hub allows it. */
export function mayStartCircle(viewer: Viewer | null, hub: { membersMayStartCircles: boolean }): boolean {
  if (!viewer) return false;
  return isHubAdmin(viewer) || hasRole(viewer, "trainer") || hub.membersMayStartCircles;
}

/**
 * Members see the circle's members, meetings, place and agreement. A hub admin who is not a member sees only that the
 * circle exists, its size and how many times it met (DESIGN §7 privacy: who takes part in co-reflection is itself
 * sensitive), so this is false for them.
 */
export function maySeeCircleInside(standing: CircleStanding): boolean {
  return standing.member;
}

/** Invite, schedule, move and cancel meetings, change who facilitates. */
export function mayOrganizeCircle(standing: CircleStanding): boolean {
  return standing.member && standing.organizer;
}

/**
 * Archiving ends a circle's meetings ahead and leaves its history to read: its organizers may, and a hub admin may
 * (a circle whose members have all drifted away still needs someone to close it). Only an admin restores one.
 */
export function mayArchiveCircle(viewer: Viewer | null, standing: CircleStanding): boolean {
  return mayOrganizeCircle(standing) || (viewer !== null && isHubAdmin(viewer));
}

export function mayRestoreCircle(viewer: Viewer | null): boolean {
  return viewer !== null && isHubAdmin(viewer);
}

/** Publishing a version of the agreement is the facilitator's (or an organizer's) task. */
export function mayPublishAgreement(standing: CircleStanding): boolean {
  return standing.member && (standing.facilitator || standing.organizer);
}

/** The meeting's facilitator (or an organizer) chooses the prompt the circle reflects on at that meeting. */
export function mayChooseMeetingPrompt(standing: CircleStanding): boolean {
  return standing.member && (standing.facilitator || standing.organizer);
}

/** The meeting's facilitator (or an organizer) records who came; every member may record themselves. */
export function mayRecordAttendance(standing: CircleStanding, forSelf: boolean): boolean {
  if (!standing.member) return false;
  return forSelf || standing.facilitator || standing.organizer;
}

/** Whether one more person fits. */
export function circleHasRoom(circle: { maxMembers: number }, activeMembers: number): boolean {
  return activeMembers < circle.maxMembers;
}

/**
 * Facilitators for meetings in time order, taking turns through the rotation (ordered by position) and starting after
 * whoever facilitated last. An empty rotation leaves every meeting without one.
 */
export function assignFacilitators(
  rotation: readonly string[],
  meetingCount: number,
  lastFacilitator: string | null,
): (string | null)[] {
  if (rotation.length === 0) return Array.from({ length: meetingCount }, () => null);
  const after = lastFacilitator === null ? -1 : rotation.indexOf(lastFacilitator);
  return Array.from({ length: meetingCount }, (_, i) => rotation[(after + 1 + i) % rotation.length]!);
}

/**
 * When someone leaves, a circle must not be left without an organizer: if they were its last one and others stay,
 * organizing passes to the next member in the facilitating rotation (then anyone outside it). Null when nobody needs
 * to take over.
 */
export function organizerAfterLeaving(
  members: readonly { userId: string; organizer: boolean; rotationPosition: number | null }[],
  leaving: string,
): string | null {
  const staying = members.filter((m) => m.userId !== leaving);
  if (staying.length === 0 || staying.some((m) => m.organizer)) return null;
  const next = [...staying].sort(
    (a, b) => (a.rotationPosition ?? Number.MAX_SAFE_INTEGER) - (b.rotationPosition ?? Number.MAX_SAFE_INTEGER),
  )[0]!;
  return next.userId;
}
