import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCapacityChange,
  expiredOffers,
  offerNextSeats,
  placeRequest,
  seatsAvailable,
  seatsTaken,
  waitingLine,
  waitlistPosition,
  type SeatEntry,
} from "./seats.ts";

const t0 = new Date("2027-03-01T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const entry = (id: string, seats: number, status: SeatEntry["status"], minute: number, offerExpiresAt?: Date): SeatEntry => ({
  id,
  seats,
  status,
  requestedAt: at(minute),
  offerExpiresAt,
});

describe("seats", () => {
  it("counts confirmed seats and open offers as taken", () => {
    const entries = [entry("a", 2, "confirmed", 0), entry("b", 1, "offered", 1), entry("c", 3, "waitlisted", 2), entry("d", 1, "cancelled", 3)];
    expect(seatsTaken(entries)).toBe(3);
    expect(seatsAvailable(5, entries)).toBe(2);
    expect(seatsAvailable(2, entries)).toBe(0);
  });

  it("keeps the line in request order and tells each their place", () => {
    const entries = [entry("late", 1, "waitlisted", 9), entry("early", 1, "waitlisted", 1), entry("gone", 1, "cancelled", 0)];
    expect(waitingLine(entries).map((e) => e.id)).toEqual(["early", "late"]);
    expect(waitlistPosition(entries, "late")).toBe(2);
    expect(waitlistPosition(entries, "gone")).toBeNull();
  });

  it("lets a single person behind a group take a lone seat while the group keeps its place", () => {
    const entries = [entry("x", 9, "confirmed", 0), entry("group", 3, "waitlisted", 1), entry("solo", 1, "waitlisted", 2)];
    const offers = offerNextSeats({ capacity: 10, entries, now: t0, holdHours: 48 });
    expect(offers).toEqual([{ id: "solo", expiresAt: new Date(t0.getTime() + 48 * 3_600_000) }]);
    expect(waitlistPosition(entries, "group")).toBe(1);
  });

  it("offers in order when several seats free up", () => {
    const entries = [entry("x", 5, "confirmed", 0), entry("a", 1, "waitlisted", 1), entry("b", 2, "waitlisted", 2), entry("c", 1, "waitlisted", 3)];
    expect(offerNextSeats({ capacity: 8, entries, now: t0, holdHours: 6 }).map((o) => o.id)).toEqual(["a", "b"]);
  });

  it("does not let a newcomer jump ahead of people already waiting", () => {
    const entries = [entry("x", 9, "confirmed", 0), entry("waiting", 1, "waitlisted", 1)];
    expect(placeRequest({ capacity: 10, entries, seats: 1 })).toBe("waitlisted");
    expect(placeRequest({ capacity: 11, entries, seats: 1 })).toBe("confirmed");
    // A seat nobody in line fits goes to a newcomer who does.
    const groupWaiting = [entry("x", 9, "confirmed", 0), entry("group", 3, "waitlisted", 1)];
    expect(placeRequest({ capacity: 10, entries: groupWaiting, seats: 1 })).toBe("confirmed");
  });

  it("finds offers whose hold has run out", () => {
    const entries = [entry("a", 1, "offered", 0, at(60)), entry("b", 1, "offered", 1, at(120)), entry("c", 1, "confirmed", 2)];
    expect(expiredOffers(entries, at(60))).toEqual(["a"]);
  });

  it("refuses a capacity below the seats already held", () => {
    const entries = [entry("a", 3, "confirmed", 0), entry("b", 2, "offered", 1)];
    expect(checkCapacityChange(4, entries)).toEqual({ ok: false, reason: "below_taken", taken: 5 });
    expect(checkCapacityChange(5, entries)).toEqual({ ok: true });
  });
});

type Step =
  | { kind: "register"; seats: number }
  | { kind: "cancel"; pick: number }
  | { kind: "accept"; pick: number }
  | { kind: "decline"; pick: number }
  | { kind: "leave"; pick: number }
  | { kind: "wait"; hours: number }
  | { kind: "capacity"; value: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("register" as const), seats: fc.integer({ min: 1, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("accept" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("decline" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 72 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("capacity" as const), value: fc.integer({ min: 0, max: 15 }) }) },
);

describe("the waitlist under any sequence of events", () => {
  it("never exceeds capacity, never serves a later request before an earlier one that fits, and leaves no fitting seat idle", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(step, { maxLength: 120 }), (startCapacity, steps) => {
        let capacity = startCapacity;
        let clock = t0;
        const entries: SeatEntry[] = [];
        let nextId = 0;

        /** Someone got seats: nobody who asked earlier, needs no more seats, and is still waiting may be passed over. */
        const checkFairGrant = (granted: SeatEntry, passedOver: SeatEntry[]) => {
          for (const waiting of passedOver) {
            if (waiting.requestedAt < granted.requestedAt && waiting.seats <= granted.seats) {
              throw new Error(`${granted.id} (${granted.seats}) served before ${waiting.id} (${waiting.seats}) who asked earlier`);
            }
          }
        };
        const pick = <T,>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
        const withStatus = (status: SeatEntry["status"]) => entries.filter((e) => e.status === status);

        for (const s of steps) {
          clock = new Date(clock.getTime() + 60_000);
          switch (s.kind) {
            case "register": {
              const id = `r${nextId++}`;
              const status = placeRequest({ capacity, entries, seats: s.seats });
              const created: SeatEntry = { id, seats: s.seats, status, requestedAt: clock };
              if (status === "confirmed") checkFairGrant(created, waitingLine(entries));
              entries.push(created);
              break;
            }
            case "cancel": {
              const target = pick(withStatus("confirmed"), s.pick);
              if (target) target.status = "cancelled";
              break;
            }
            case "accept": {
              const target = pick(withStatus("offered"), s.pick);
              if (target) {
                target.status = "confirmed";
                target.offerExpiresAt = null;
              }
              break;
            }
            case "decline": {
              const target = pick(withStatus("offered"), s.pick);
              if (target) target.status = "declined";
              break;
            }
            case "leave": {
              const target = pick(withStatus("waitlisted"), s.pick);
              if (target) target.status = "cancelled";
              break;
            }
            case "wait": {
              clock = new Date(clock.getTime() + s.hours * 3_600_000);
              for (const id of expiredOffers(entries, clock)) entries.find((e) => e.id === id)!.status = "expired";
              break;
            }
            case "capacity": {
              if (checkCapacityChange(s.value, entries).ok) capacity = s.value;
              else expect(s.value).toBeLessThan(seatsTaken(entries));
              break;
            }
          }
          const offers = offerNextSeats({ capacity, entries, now: clock, holdHours: 48 });
          const offered = new Set(offers.map((o) => o.id));
          const stillWaiting = waitingLine(entries).filter((e) => !offered.has(e.id));
          for (const offer of offers) {
            const target = entries.find((e) => e.id === offer.id)!;
            checkFairGrant(target, stillWaiting);
            target.status = "offered";
            target.offerExpiresAt = offer.expiresAt;
          }
          expect(seatsTaken(entries)).toBeLessThanOrEqual(capacity);
          const free = seatsAvailable(capacity, entries);
          expect(waitingLine(entries).some((e) => e.seats <= free)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});
