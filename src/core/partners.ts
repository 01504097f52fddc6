// Partner organizations' rules: the life of a staff link a person consents to, what the public directory may show, and
// how many of a sponsored block's seats are still the partner's. Pure: `now` and every fact come in as arguments.

/**
 * invited → active | declined | cancelled (the partner asked; the person answers, or the partner takes it back);
 * requested → active | declined | cancelled (the person asked; the partner answers, or the person takes it back);
 * active → withdrawn (the person, at any time) | cancelled (the partner ends it).
 */
export const staffLinkStatuses = ["invited", "requested", "active", "declined", "withdrawn", "cancelled"] as const;
export type StaffLinkStatus = (typeof staffLinkStatuses)[number];

/** Links that still stand or wait for an answer: one per organization and address. */
export const openStaffLinkStatuses = ["invited", "requested", "active"] as const satisfies readonly StaffLinkStatus[];

export type StaffLinkAction = "accept" | "decline" | "withdraw" | "cancel";
/** Who acts on a link: the person it is about, or the partner organization (its partner admins). */
export type StaffLinkSide = "person" | "partner";

/** The status a link moves to when one side acts, or null when that side may not do that now. */
export function nextStaffLinkStatus(
  status: StaffLinkStatus,
  action: StaffLinkAction,
  side: StaffLinkSide,
): StaffLinkStatus | null {
  // The side that did not start the link answers it; the side that started it may take it back.
  const answering: StaffLinkSide | null = status === "invited" ? "person" : status === "requested" ? "partner" : null;
  if (answering) {
    if (action === "accept" && side === answering) return "active";
    if (action === "decline" && side === answering) return "declined";
    if (action === "cancel" && side !== answering) return "cancelled";
    return null;
  }
  if (status === "active") {
    if (action === "withdraw" && side === "person") return "withdrawn";
    if (action === "cancel" && side === "partner") return "cancelled";
  }
  return null;
}

/** What a person lets the partner see: their completions (and upcoming trainings), their CE compliance summary. */
export type StaffSharing = { completions: boolean; compliance: boolean };

/** What a partner may see of one person: nothing unless the link is active, then only what the person shares. */
export function sharedWithPartner(
  link: { status: StaffLinkStatus; shareCompletions: boolean; shareCompliance: boolean } | null,
): StaffSharing | null {
  if (!link || link.status !== "active") return null;
  return { completions: link.shareCompletions, compliance: link.shareCompliance };
}

/** The fields of a directory entry a partner may choose to publish. */
export const directoryFields = [
  "website",
  "counties",
  "description",
  "staffTrained",
  "organizationalTrainers",
  "coReflection",
] as const;
export type DirectoryField = (typeof directoryFields)[number];

export type DirectoryFacts = {
  name: string;
  slug: string;
  listed: boolean;
  shownFields: readonly string[];
  website: string | null;
  counties: string[];
  descriptionEn: string;
  descriptionEs: string;
  coReflectionInPlace: boolean;
  staffTrained: number;
  organizationalTrainers: number;
};

export type PublicDirectoryEntry = {
  name: string;
  slug: string;
  website?: string;
  counties?: string[];
  descriptionEn?: string;
  descriptionEs?: string;
  staffTrained?: number;
  organizationalTrainers?: number;
  coReflectionInPlace?: boolean;
};

/** The entry as the public sees it: unlisted partners not at all, and each field only when the partner publishes it. */
export function publicDirectoryEntry(facts: DirectoryFacts): PublicDirectoryEntry | null {
  if (!facts.listed) return null;
  const shown = new Set(facts.shownFields);
  const entry: PublicDirectoryEntry = { name: facts.name, slug: facts.slug };
  if (shown.has("website") && facts.website) entry.website = facts.website;
  if (shown.has("counties") && facts.counties.length) entry.counties = facts.counties;
  if (shown.has("description") && (facts.descriptionEn || facts.descriptionEs)) {
    entry.descriptionEn = facts.descriptionEn;
    entry.descriptionEs = facts.descriptionEs;
  }
  if (shown.has("staffTrained")) entry.staffTrained = facts.staffTrained;
  if (shown.has("organizationalTrainers")) entry.organizationalTrainers = facts.organizationalTrainers;
  if (shown.has("coReflection")) entry.coReflectionInPlace = facts.coReflectionInPlace;
  return entry;
}

/** A block's seats still held for the partner: none once released (or past its release date), never below zero. */
export function sponsoredSeatsHeld(
  block: { seats: number; releaseAt: Date; releasedAt: Date | null },
  used: number,
  now: Date,
): number {
  if (block.releasedAt || block.releaseAt.getTime() <= now.getTime()) return 0;
  return Math.max(0, block.seats - used);
}

/** Why a seat of a block cannot be taken now, or null when one can. */
export function sponsoredSeatProblem(
  block: { seats: number; releaseAt: Date; releasedAt: Date | null },
  used: number,
  now: Date,
): "released" | "used_up" | null {
  if (block.releasedAt || block.releaseAt.getTime() <= now.getTime()) return "released";
  if (used >= block.seats) return "used_up";
  return null;
}

export const MAX_SPONSORED_SEATS = 100;
export const SPONSORED_CODE_LENGTH = 10;

export const MAX_DIRECTORY_DESCRIPTION = 1000;
export const MAX_COUNTIES = 40;
