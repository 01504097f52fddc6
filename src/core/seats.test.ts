import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkCapacityChange,
  expiredOffers,
  freeSeats,
  offerNextSeats,
  placeRequest,
  poolCapacities,
  publicSeatsLeft,
  seatsHeldByBlocks,
  seatsTakenByPool,
  totalSeats,
  waitingLine,
  waitlistPosition,
  type SeatEntry,
  type SeatPlan,
} from "./seats.ts";

const t0 = new Date("2027-03-01T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const entry = (
  id: string,
  seats: number,
  status: SeatEntry["status"],
  minute: number,
  offerExpiresAt?: Date,
): SeatEntry => ({
  id,
  seats,
  status,
  requestedAt: at(minute),
  reserve: null,
  heldFrom: "general",
  offerExpiresAt,
});
const plain = (capacity: number): SeatPlan => ({ capacity, partnerSeats: 0, scholarshipSeats: 0 });
const seatsTaken = (entries: SeatEntry[]) => totalSeats(seatsTakenByPool(entries));
const seatsAvailable = (capacity: number, entries: SeatEntry[]) =>
  totalSeats(freeSeats(plain(capacity), seatsTakenByPool(entries)));
const offers = (capacity: number, entries: SeatEntry[], holdHours = 48) =>
  offerNextSeats({
    plan: plain(capacity),
    taken: seatsTakenByPool(entries),
    line: waitingLine(entries),
    now: t0,
    holdHours,
  });
const place = (capacity: number, entries: SeatEntry[], seats: number) =>
  placeRequest({
    plan: plain(capacity),
    taken: seatsTakenByPool(entries),
    line: waitingLine(entries),
    request: { seats, reserve: null },
  }).status;

describe("seats", () => {
  it("counts confirmed seats and open offers as taken", () => {
    const entries = [
      entry("a", 2, "confirmed", 0),
      entry("b", 1, "offered", 1),
      entry("c", 3, "waitlisted", 2),
      entry("d", 1, "cancelled", 3),
    ];
    expect(seatsTaken(entries)).toBe(3);
    expect(seatsAvailable(5, entries)).toBe(2);
    expect(seatsAvailable(2, entries)).toBe(0);
  });

  it("keeps the line in request order and tells each their place", () => {
    const entries = [
      entry("late", 1, "waitlisted", 9),
      entry("early", 1, "waitlisted", 1),
      entry("gone", 1, "cancelled", 0),
    ];
    expect(waitingLine(entries).map((e) => e.id)).toEqual(["early", "late"]);
    expect(waitlistPosition(entries, "late")).toBe(2);
    expect(waitlistPosition(entries, "gone")).toBeNull();
  });

  it("lets a single person behind a group take a lone seat while the group keeps its place", () => {
    const entries = [
      entry("x", 9, "confirmed", 0),
      entry("group", 3, "waitlisted", 1),
      entry("solo", 1, "waitlisted", 2),
    ];
    expect(offers(10, entries)).toEqual([
      { id: "solo", expiresAt: new Date(t0.getTime() + 48 * 3_600_000), heldFrom: "general" },
    ]);
    expect(waitlistPosition(entries, "group")).toBe(1);
  });

  it("offers in order when several seats free up", () => {
    const entries = [
      entry("x", 5, "confirmed", 0),
      entry("a", 1, "waitlisted", 1),
      entry("b", 2, "waitlisted", 2),
      entry("c", 1, "waitlisted", 3),
    ];
    expect(offers(8, entries, 6).map((o) => o.id)).toEqual(["a", "b"]);
  });

  it("does not let a newcomer jump ahead of people already waiting", () => {
    const entries = [entry("x", 9, "confirmed", 0), entry("waiting", 1, "waitlisted", 1)];
    expect(place(10, entries, 1)).toBe("waitlisted");
    expect(place(11, entries, 1)).toBe("confirmed");
    // A seat nobody in line fits goes to a newcomer who does.
    const groupWaiting = [entry("x", 9, "confirmed", 0), entry("group", 3, "waitlisted", 1)];
    expect(place(10, groupWaiting, 1)).toBe("confirmed");
  });

  it("finds offers whose hold has run out", () => {
    const entries = [
      entry("a", 1, "offered", 0, at(60)),
      entry("b", 1, "offered", 1, at(120)),
      entry("c", 1, "confirmed", 2),
    ];
    expect(expiredOffers(entries, at(60))).toEqual(["a"]);
  });

  it("refuses a capacity below the seats already held", () => {
    const entries = [entry("a", 3, "confirmed", 0), entry("b", 2, "offered", 1)];
    expect(checkCapacityChange(plain(4), seatsTakenByPool(entries))).toEqual({
      ok: false,
      reason: "below_taken",
      pool: "general",
      taken: 5,
      capacity: 4,
    });
    expect(checkCapacityChange(plain(5), seatsTakenByPool(entries))).toEqual({ ok: true });
  });
});

describe("sponsored blocks and the public's seats left", () => {
  it("holds back each unreleased block's unused seats, never fewer than none", () => {
    expect(seatsHeldByBlocks([])).toBe(0);
    expect(
      seatsHeldByBlocks([
        { seats: 5, used: 2, released: false },
        { seats: 3, used: 0, released: false },
        { seats: 4, used: 1, released: true },
        { seats: 2, used: 3, released: false },
      ]),
    ).toBe(6);
  });

  it("counts blocked seats as not available to the public, and hands them back on release", () => {
    const plan: SeatPlan = { capacity: 20, partnerSeats: 2, scholarshipSeats: 1 };
    const taken = { general: 4, partner: 1, scholarship: 0 };
    // 17 general seats, 4 held by people (2 of them a block's staff), 3 of the block's 5 still held back.
    expect(publicSeatsLeft(plan, taken, [])).toBe(13);
    expect(publicSeatsLeft(plan, taken, [{ seats: 5, used: 2, released: false }])).toBe(10);
    expect(publicSeatsLeft(plan, taken, [{ seats: 5, used: 2, released: true }])).toBe(13);
    // Never below zero, whatever a block says.
    expect(
      publicSeatsLeft(plain(3), { general: 2, partner: 0, scholarship: 0 }, [{ seats: 4, used: 0, released: false }]),
    ).toBe(0);
  });

  it("never shows more than capacity minus everything held, for any blocks", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(
          fc.record({
            seats: fc.integer({ min: 1, max: 10 }),
            used: fc.integer({ min: 0, max: 10 }),
            released: fc.boolean(),
          }),
        ),
        (capacity, held, blocks) => {
          const left = publicSeatsLeft(plain(capacity), { general: held, partner: 0, scholarship: 0 }, blocks);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBe(Math.max(0, capacity - held - seatsHeldByBlocks(blocks)));
        },
      ),
    );
  });
});

describe("reserved seats", () => {
  const plan: SeatPlan = { capacity: 10, partnerSeats: 3, scholarshipSeats: 2 };
  const reserved = (
    id: string,
    seats: number,
    status: SeatEntry["status"],
    minute: number,
    reserve: SeatEntry["reserve"],
    heldFrom: SeatEntry["heldFrom"] = null,
  ): SeatEntry => ({
    ...entry(id, seats, status, minute),
    reserve,
    heldFrom,
  });

  it("keeps the general pool to what the reserves leave", () => {
    expect(poolCapacities(plan)).toEqual({ general: 5, partner: 3, scholarship: 2 });
    // Reserves never make a pool negative, whatever an old plan says.
    expect(poolCapacities({ capacity: 4, partnerSeats: 3, scholarshipSeats: 3 })).toEqual({
      general: 0,
      partner: 3,
      scholarship: 1,
    });
  });

  it("gives partner staff the partner reserve first, then the general pool", () => {
    const entries = [reserved("g", 5, "confirmed", 0, null, "general")];
    const taken = seatsTakenByPool(entries);
    expect(placeRequest({ plan, taken, line: [], request: { seats: 3, reserve: "partner" } })).toEqual({
      status: "confirmed",
      heldFrom: "partner",
    });
    // A member of the public cannot take a reserved seat.
    expect(placeRequest({ plan, taken, line: [], request: { seats: 1, reserve: null } })).toEqual({
      status: "waitlisted",
    });
    expect(placeRequest({ plan, taken, line: [], request: { seats: 2, reserve: "scholarship" } })).toEqual({
      status: "confirmed",
      heldFrom: "scholarship",
    });
  });

  it("offers a freed reserved seat only to someone who may use it", () => {
    const entries = [
      reserved("g", 5, "confirmed", 0, null, "general"),
      reserved("s1", 2, "confirmed", 1, "scholarship", "scholarship"),
      reserved("public", 1, "waitlisted", 2, null),
      reserved("s2", 1, "waitlisted", 3, "scholarship"),
    ];
    entries[1]!.status = "cancelled";
    const made = offerNextSeats({
      plan,
      taken: seatsTakenByPool(entries),
      line: waitingLine(entries),
      now: t0,
      holdHours: 48,
    });
    expect(made.map((o) => [o.id, o.heldFrom])).toEqual([["s2", "scholarship"]]);
  });

  it("refuses to shrink a reserve below what its holders hold", () => {
    const taken = seatsTakenByPool([reserved("p", 3, "confirmed", 0, "partner", "partner")]);
    expect(checkCapacityChange({ ...plan, partnerSeats: 2 }, taken)).toMatchObject({
      ok: false,
      pool: "partner",
      taken: 3,
      capacity: 2,
    });
    expect(checkCapacityChange({ ...plan, partnerSeats: 3 }, taken)).toEqual({ ok: true });
  });
});

type Step =
  | { kind: "register"; seats: number; reserve: SeatEntry["reserve"] }
  | { kind: "cancel"; pick: number }
  | { kind: "accept"; pick: number }
  | { kind: "decline"; pick: number }
  | { kind: "leave"; pick: number }
  | { kind: "wait"; hours: number }
  | { kind: "capacity"; value: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("register" as const),
      seats: fc.integer({ min: 1, max: 4 }),
      reserve: fc.constantFrom<SeatEntry["reserve"]>(null, null, "partner", "scholarship"),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("accept" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("decline" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("leave" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 72 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("capacity" as const), value: fc.integer({ min: 0, max: 15 }) }),
  },
);

describe("the waitlist under any sequence of events", () => {
  it("never exceeds capacity, never serves a later request before an earlier one that fits, and leaves no fitting seat idle", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 3 }),
        fc.array(step, { maxLength: 120 }),
        (startCapacity, partnerSeats, scholarshipSeats, steps) => {
          let capacity = startCapacity;
          const planOf = (value: number): SeatPlan => ({ capacity: value, partnerSeats, scholarshipSeats });
          let clock = t0;
          const entries: SeatEntry[] = [];
          let nextId = 0;

          /** Someone got seats: nobody who asked earlier, needs no more seats, could use the same pool and is still waiting may be passed over. */
          const checkFairGrant = (granted: SeatEntry, passedOver: SeatEntry[]) => {
            const pool = granted.heldFrom ?? "general";
            for (const waiting of passedOver) {
              const couldUse = pool === "general" || waiting.reserve === pool;
              if (couldUse && waiting.requestedAt < granted.requestedAt && waiting.seats <= granted.seats) {
                throw new Error(
                  `${granted.id} (${granted.seats}) served before ${waiting.id} (${waiting.seats}) who asked earlier`,
                );
              }
            }
          };
          const pick = <T>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
          const withStatus = (status: SeatEntry["status"]) => entries.filter((e) => e.status === status);

          for (const s of steps) {
            clock = new Date(clock.getTime() + 60_000);
            switch (s.kind) {
              case "register": {
                const id = `r${nextId++}`;
                const reserve = s.reserve;
                const placed = placeRequest({
                  plan: planOf(capacity),
                  taken: seatsTakenByPool(entries),
                  line: waitingLine(entries),
                  request: { seats: s.seats, reserve },
                });
                const status = placed.status;
                const created: SeatEntry = {
                  id,
                  seats: s.seats,
                  status,
                  requestedAt: clock,
                  reserve,
                  heldFrom: placed.status === "confirmed" ? placed.heldFrom : null,
                };
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
                if (checkCapacityChange(planOf(s.value), seatsTakenByPool(entries)).ok) capacity = s.value;
                else {
                  const taken = seatsTakenByPool(entries);
                  const wanted = poolCapacities(planOf(s.value));
                  expect(
                    taken.general > wanted.general ||
                      taken.partner > wanted.partner ||
                      taken.scholarship > wanted.scholarship,
                  ).toBe(true);
                }
                break;
              }
            }
            const made = offerNextSeats({
              plan: planOf(capacity),
              taken: seatsTakenByPool(entries),
              line: waitingLine(entries),
              now: clock,
              holdHours: 48,
            });
            const offered = new Set(made.map((o) => o.id));
            const stillWaiting = waitingLine(entries).filter((e) => !offered.has(e.id));
            for (const offer of made) {
              const target = entries.find((e) => e.id === offer.id)!;
              target.heldFrom = offer.heldFrom;
              checkFairGrant(target, stillWaiting);
              target.status = "offered";
              target.offerExpiresAt = offer.expiresAt;
            }
            const taken = seatsTakenByPool(entries);
            const capacities = poolCapacities(planOf(capacity));
            expect(totalSeats(taken)).toBeLessThanOrEqual(capacity);
            expect(taken.partner).toBeLessThanOrEqual(capacities.partner);
            expect(taken.scholarship).toBeLessThanOrEqual(capacities.scholarship);
            expect(taken.general).toBeLessThanOrEqual(capacities.general);
            const free = freeSeats(planOf(capacity), taken);
            expect(
              waitingLine(entries).some((e) => (e.reserve && e.seats <= free[e.reserve]) || e.seats <= free.general),
            ).toBe(false);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
