// Capacity, reserved seats and the fair waitlist: who gets a seat now, who waits, and who is offered a freed seat (docs/product.md, the waitlist).
// Pure: the caller passes the seats already held and the waiting line of one session, and `now`; nothing here reads a clock or a database.

export type SeatStatus =
  "pending_approval" | "approved" | "confirmed" | "waitlisted" | "offered" | "declined" | "expired" | "cancelled";

/** Where seats come from: the general pool, or a reserve held back for one partner's staff or for scholarship requests. */
export const seatPools = ["general", "partner", "scholarship"] as const;
export type SeatPool = (typeof seatPools)[number];
export type PoolSeats = Record<SeatPool, number>;

/** A session's seats: the capacity and the part of it held in reserve. */
export type SeatPlan = { capacity: number; partnerSeats: number; scholarshipSeats: number };

export type SeatEntry = {
  id: string;
  /** A partner's group entry holds several seats and waits as one unit. */
  seats: number;
  status: SeatStatus;
  /** First come, first served: the line is ordered by this moment. Ties break on id. */
  requestedAt: Date;
  /** The reserve this entry may draw from before the general pool (null: general only). */
  reserve: Exclude<SeatPool, "general"> | null;
  /** While confirmed or offered: the pool its seats are held from. */
  heldFrom?: SeatPool | null;
  /** Set while an offer holds seats. */
  offerExpiresAt?: Date | null;
};

export type Offer = { id: string; expiresAt: Date; heldFrom: SeatPool };
export type Placement = { status: "confirmed"; heldFrom: SeatPool } | { status: "waitlisted" };

/** The states whose registrations hold seats from a pool: a confirmed person, and an open offer. */
export const seatHoldingStatuses = ["confirmed", "offered"] as const satisfies readonly SeatStatus[];

export function holdsSeats(status: string): boolean {
  return (seatHoldingStatuses as readonly string[]).includes(status);
}

const holds = (entry: SeatEntry) => holdsSeats(entry.status);

/** What each pool can hold: the reserves as planned, the general pool the rest. */
export function poolCapacities(plan: SeatPlan): PoolSeats {
  const partner = Math.max(0, Math.min(plan.partnerSeats, plan.capacity));
  const scholarship = Math.max(0, Math.min(plan.scholarshipSeats, plan.capacity - partner));
  return { general: plan.capacity - partner - scholarship, partner, scholarship };
}

/** Seats held by confirmed people and by open offers, by the pool they came from. */
export function seatsTakenByPool(entries: readonly SeatEntry[]): PoolSeats {
  const taken: PoolSeats = { general: 0, partner: 0, scholarship: 0 };
  for (const entry of entries) if (holds(entry)) taken[entry.heldFrom ?? "general"] += entry.seats;
  return taken;
}

export function totalSeats(seats: PoolSeats): number {
  return seats.general + seats.partner + seats.scholarship;
}

/** A partner's sponsored block of seats on a session: how many it bought, how many its staff hold, whether handed back. */
export type SeatBlock = { seats: number; used: number; released: boolean };

/**
 * Seats partners' sponsored blocks still hold back from the general pool: each block not yet released holds its seats
 * that its staff have not taken (a taken seat is a registration, counted once, with the people holding seats). The seat
 * ledger's `seatsHeld` counts the same in SQL under the session's lock.
 */
export function seatsHeldByBlocks(blocks: readonly SeatBlock[]): number {
  return blocks.reduce((held, block) => held + (block.released ? 0 : Math.max(0, block.seats - block.used)), 0);
}

/** Seats free in each pool. */
export function freeSeats(plan: SeatPlan, taken: PoolSeats): PoolSeats {
  const capacities = poolCapacities(plan);
  return {
    general: Math.max(0, capacities.general - taken.general),
    partner: Math.max(0, capacities.partner - taken.partner),
    scholarship: Math.max(0, capacities.scholarship - taken.scholarship),
  };
}

/**
 * The "seats left" anyone may take now, as catalog and session pages show it: the general pool's free seats, after the
 * people holding seats and the seats partners' sponsored blocks still hold back. Reserved seats are never counted.
 */
export function publicSeatsLeft(plan: SeatPlan, taken: PoolSeats, blocks: readonly SeatBlock[]): number {
  return freeSeats(plan, { ...taken, general: taken.general + seatsHeldByBlocks(blocks) }).general;
}

/** The pool an entry's seats would come from now: its reserve first, then the general pool; null when neither has room. */
export function poolThatFits(entry: Pick<SeatEntry, "seats" | "reserve">, free: PoolSeats): SeatPool | null {
  if (entry.reserve && entry.seats <= free[entry.reserve]) return entry.reserve;
  if (entry.seats <= free.general) return "general";
  return null;
}

function byRequestOrder(a: SeatEntry, b: SeatEntry): number {
  return a.requestedAt.getTime() - b.requestedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The waiting line in first-come order. */
export function waitingLine(entries: readonly SeatEntry[]): SeatEntry[] {
  return entries.filter((entry) => entry.status === "waitlisted").sort(byRequestOrder);
}

/** A person's place in line (1-based), or null when they are not waiting. */
export function waitlistPosition(entries: readonly SeatEntry[], id: string): number | null {
  const index = waitingLine(entries).findIndex((entry) => entry.id === id);
  return index < 0 ? null : index + 1;
}

/** Serves the line in order, each entry that fits taking its seats; answers who was served from where, and what is left. */
function serveLine(
  free: PoolSeats,
  line: readonly SeatEntry[],
): { served: { entry: SeatEntry; heldFrom: SeatPool }[]; left: PoolSeats } {
  const left = { ...free };
  const served: { entry: SeatEntry; heldFrom: SeatPool }[] = [];
  for (const entry of [...line].filter((e) => e.status === "waitlisted").sort(byRequestOrder)) {
    const pool = poolThatFits(entry, left);
    if (!pool) continue;
    left[pool] -= entry.seats;
    served.push({ entry, heldFrom: pool });
  }
  return { served, left };
}

/**
 * Offers freed seats down the line in order, to each entry that fits: a group of three that does not fit keeps
 * its place while a single person behind it may take one seat. Each offer holds its seats until it expires.
 */
export function offerNextSeats(input: {
  plan: SeatPlan;
  taken: PoolSeats;
  line: readonly SeatEntry[];
  now: Date;
  holdHours: number;
}): Offer[] {
  const expiresAt = new Date(input.now.getTime() + input.holdHours * 3_600_000);
  return serveLine(freeSeats(input.plan, input.taken), input.line).served.map(({ entry, heldFrom }) => ({
    id: entry.id,
    expiresAt,
    heldFrom,
  }));
}

/**
 * Where a new (or newly approved) request goes: confirmed at once only if the seats it needs are still free after
 * everyone already waiting who fits has been served; otherwise it joins the end of the line.
 */
export function placeRequest(input: {
  plan: SeatPlan;
  taken: PoolSeats;
  line: readonly SeatEntry[];
  request: Pick<SeatEntry, "seats" | "reserve">;
}): Placement {
  const { left } = serveLine(freeSeats(input.plan, input.taken), input.line);
  const pool = poolThatFits(input.request, left);
  return pool ? { status: "confirmed", heldFrom: pool } : { status: "waitlisted" };
}

/** Open offers whose hold has run out at `now`. */
export function expiredOffers(entries: readonly SeatEntry[], now: Date): string[] {
  return entries
    .filter(
      (entry) => entry.status === "offered" && entry.offerExpiresAt && entry.offerExpiresAt.getTime() <= now.getTime(),
    )
    .map((entry) => entry.id);
}

export type CapacityChange =
  { ok: true } | { ok: false; reason: "below_taken"; pool: SeatPool; taken: number; capacity: number };

/**
 * Capacity and reserves may rise at any time (offers follow); no pool may fall below the seats people already hold
 * from it, so nobody loses a seat they were given.
 */
export function checkCapacityChange(plan: SeatPlan, taken: PoolSeats): CapacityChange {
  const capacities = poolCapacities(plan);
  for (const pool of seatPools) {
    if (taken[pool] > capacities[pool])
      return { ok: false, reason: "below_taken", pool, taken: taken[pool], capacity: capacities[pool] };
  }
  return { ok: true };
}

/** Seat entries are whole numbers of seats, at least one; groups are capped so one entry cannot take a session. */
export const MAX_GROUP_SEATS = 20;
export const MIN_OFFER_HOLD_HOURS = 6;
export const DEFAULT_OFFER_HOLD_HOURS = 48;
