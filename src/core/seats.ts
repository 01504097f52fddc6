// Capacity and the fair waitlist: who gets a seat now, who waits, and who is offered a freed seat (DESIGN §5, C3).
// Pure: the caller passes every registration of one session and `now`; nothing here reads a clock or a database.

export type SeatStatus =
  | "pending_approval"
  | "approved"
  | "confirmed"
  | "waitlisted"
  | "offered"
  | "declined"
  | "expired"
  | "cancelled";

export type SeatEntry = {
  id: string;
  /** A partner's group entry holds several seats and waits as one unit. */
  seats: number;
  status: SeatStatus;
  /** First come, first served: the moment the request was made. Ties break on id. */
  requestedAt: Date;
  /** Set while an offer holds seats. */
  offerExpiresAt?: Date | null;
};

export type Offer = { id: string; expiresAt: Date };

/** Seats held by confirmed people and by open offers. */
export function seatsTaken(entries: readonly SeatEntry[]): number {
  return entries.reduce((sum, entry) => (entry.status === "confirmed" || entry.status === "offered" ? sum + entry.seats : sum), 0);
}

export function seatsAvailable(capacity: number, entries: readonly SeatEntry[]): number {
  return Math.max(0, capacity - seatsTaken(entries));
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

/**
 * Offers freed seats down the line in order, to each entry that fits: a group of three that does not fit keeps
 * its place while a single person behind it may take one seat. Each offer holds its seats until it expires.
 */
export function offerNextSeats(input: { capacity: number; entries: readonly SeatEntry[]; now: Date; holdHours: number }): Offer[] {
  let free = seatsAvailable(input.capacity, input.entries);
  const offers: Offer[] = [];
  const expiresAt = new Date(input.now.getTime() + input.holdHours * 3_600_000);
  for (const entry of waitingLine(input.entries)) {
    if (free === 0) break;
    if (entry.seats <= free) {
      offers.push({ id: entry.id, expiresAt });
      free -= entry.seats;
    }
  }
  return offers;
}

/**
 * Where a new (or newly approved) request goes: confirmed at once only if the seats it needs are still free after
 * everyone already waiting who fits has been served; otherwise it joins the end of the line.
 */
export function placeRequest(input: { capacity: number; entries: readonly SeatEntry[]; seats: number }): "confirmed" | "waitlisted" {
  let free = seatsAvailable(input.capacity, input.entries);
  for (const entry of waitingLine(input.entries)) {
    if (entry.seats <= free) free -= entry.seats;
  }
  return input.seats <= free ? "confirmed" : "waitlisted";
}

/** Open offers whose hold has run out at `now`. */
export function expiredOffers(entries: readonly SeatEntry[], now: Date): string[] {
  return entries
    .filter((entry) => entry.status === "offered" && entry.offerExpiresAt && entry.offerExpiresAt.getTime() <= now.getTime())
    .map((entry) => entry.id);
}

export type CapacityChange = { ok: true } | { ok: false; reason: "below_taken"; taken: number };

/** Capacity may rise at any time (offers follow); it may not fall below the seats people already hold. */
export function checkCapacityChange(newCapacity: number, entries: readonly SeatEntry[]): CapacityChange {
  const taken = seatsTaken(entries);
  return newCapacity >= taken ? { ok: true } : { ok: false, reason: "below_taken", taken };
}

/** Seat entries are whole numbers of seats, at least one; groups are capped so one entry cannot take a session. */
export const MAX_GROUP_SEATS = 20;
export const MIN_OFFER_HOLD_HOURS = 6;
export const DEFAULT_OFFER_HOLD_HOURS = 48;
