import { describe, expect, it } from "vitest";
import {
  checkWithdrawal,
  consentChange,
  currentConsents,
  isEarlierWording,
  isInForce,
  needsSubject,
  withdrawalEffects,
  consentPurposes,
  type ConsentFacts,
} from "./privacy-consent.ts";

const at = (iso: string) => new Date(iso);
const now = at("2026-06-01T12:00:00Z");

function record(overrides: Partial<ConsentFacts> & Pick<ConsentFacts, "id">): ConsentFacts {
  return {
    personId: "p1",
    purpose: "partner_sharing",
    subjectId: "org-1",
    wordingVersion: 1,
    grantedAt: at("2026-01-01T00:00:00Z"),
    withdrawnAt: null,
    ...overrides,
  };
}

describe("isInForce", () => {
  it("holds from the moment given until withdrawn", () => {
    expect(isInForce(record({ id: "a" }), now)).toBe(true);
    expect(isInForce(record({ id: "a", withdrawnAt: at("2026-05-01T00:00:00Z") }), now)).toBe(false);
    expect(isInForce(record({ id: "a", grantedAt: at("2026-07-01T00:00:00Z") }), now)).toBe(false);
  });
});

describe("currentConsents", () => {
  it("keeps only the latest consent per purpose and subject", () => {
    const older = record({ id: "a", grantedAt: at("2026-01-01T00:00:00Z"), withdrawnAt: at("2026-02-01T00:00:00Z") });
    const newer = record({ id: "b", grantedAt: at("2026-03-01T00:00:00Z"), wordingVersion: 2 });
    expect(currentConsents([newer, older], now).map((r) => r.id)).toEqual(["b"]);
  });

  it("drops a subject whose latest consent was withdrawn, even if an older one was never withdrawn", () => {
    const older = record({ id: "a", grantedAt: at("2026-01-01T00:00:00Z") });
    const newer = record({ id: "b", grantedAt: at("2026-03-01T00:00:00Z"), withdrawnAt: at("2026-04-01T00:00:00Z") });
    expect(currentConsents([older, newer], now)).toEqual([]);
  });

  it("keeps different subjects and purposes apart, newest first", () => {
    const rows = [
      record({ id: "a", subjectId: "org-1", grantedAt: at("2026-01-01T00:00:00Z") }),
      record({ id: "b", subjectId: "org-2", grantedAt: at("2026-02-01T00:00:00Z") }),
      record({ id: "c", purpose: "impact_county", subjectId: null, grantedAt: at("2026-03-01T00:00:00Z") }),
    ];
    expect(currentConsents(rows, now).map((r) => r.id)).toEqual(["c", "b", "a"]);
  });

  it("ignores a consent given after now", () => {
    expect(currentConsents([record({ id: "a", grantedAt: at("2026-09-01T00:00:00Z") })], now)).toEqual([]);
  });
});

describe("isEarlierWording", () => {
  it("says when the wording agreed to is older than today's", () => {
    expect(isEarlierWording({ wordingVersion: 1 }, 2)).toBe(true);
    expect(isEarlierWording({ wordingVersion: 2 }, 2)).toBe(false);
  });
});

describe("checkWithdrawal", () => {
  const mine = record({ id: "a" });
  it("lets the person withdraw their own consent in force, naming its effect", () => {
    expect(checkWithdrawal(mine, "p1", [mine], now)).toEqual({ ok: true, effect: "end_staff_link" });
  });
  it("answers not found for someone else's consent or none", () => {
    expect(checkWithdrawal(mine, "p2", [mine], now)).toEqual({ ok: false, problem: "not_found" });
    expect(checkWithdrawal(null, "p1", [], now)).toEqual({ ok: false, problem: "not_found" });
  });
  it("refuses a consent already withdrawn or replaced by a later one", () => {
    const gone = record({ id: "a", withdrawnAt: at("2026-02-01T00:00:00Z") });
    expect(checkWithdrawal(gone, "p1", [gone], now)).toEqual({ ok: false, problem: "already" });
    const later = record({ id: "b", grantedAt: at("2026-03-01T00:00:00Z") });
    expect(checkWithdrawal(mine, "p1", [mine, later], now)).toEqual({ ok: false, problem: "already" });
  });
});

describe("withdrawal effects", () => {
  it("gives every purpose an effect, and those about one thing need that thing", () => {
    for (const purpose of consentPurposes) expect(withdrawalEffects[purpose]).toBeTruthy();
    expect(needsSubject("registration_answers")).toBe(true);
    expect(needsSubject("partner_sharing")).toBe(true);
    expect(needsSubject("trainer_public_profile")).toBe(false);
    expect(needsSubject("impact_county")).toBe(false);
  });
});

describe("consentChange", () => {
  it("records only a change", () => {
    expect(consentChange(false, true)).toBe("grant");
    expect(consentChange(true, false)).toBe("withdraw");
    expect(consentChange(true, true)).toBe("none");
    expect(consentChange(false, false)).toBe("none");
  });
});
