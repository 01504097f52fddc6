import { describe, expect, it } from "vitest";
import {
  deletionStatus,
  erasedEmail,
  isCredentialChoice,
  isErasedEmail,
  personalValues,
  registrationsToRelease,
  scrubbedSummary,
} from "./account-deletion.ts";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date("2026-07-01T12:00:00Z");
const earlier = new Date("2026-05-01T12:00:00Z");

describe("account deletion rules", () => {
  it("knows the two credential choices and nothing else", () => {
    expect(isCredentialChoice("keep")).toBe(true);
    expect(isCredentialChoice("revoke")).toBe(true);
    expect(isCredentialChoice("delete")).toBe(false);
  });

  it("gives each person a placeholder address that can never receive mail and is recognized as erased", () => {
    const address = erasedEmail("abc-123");
    expect(address).toBe("deleted-abc-123@erased.invalid");
    expect(isErasedEmail(address)).toBe(true);
    expect(isErasedEmail("deleted-abc@example.org")).toBe(false);
    expect(erasedEmail("a")).not.toBe(erasedEmail("b"));
  });

  it("is pending until the job completes it", () => {
    expect(deletionStatus({ requestedAt: now, completedAt: null })).toBe("pending");
    expect(deletionStatus({ requestedAt: now, completedAt: later })).toBe("completed");
  });

  it("releases only live places in sessions that have not ended", () => {
    const rows = [
      { id: "seat", status: "confirmed", sessionId: "s1", sessionEndsAt: later },
      { id: "line", status: "waitlisted", sessionId: "s2", sessionEndsAt: later },
      { id: "offer", status: "offered", sessionId: "s3", sessionEndsAt: later },
      { id: "completed", status: "confirmed", sessionId: "s4", sessionEndsAt: earlier },
      { id: "over", status: "cancelled", sessionId: "s5", sessionEndsAt: later },
    ];
    expect(registrationsToRelease(rows, now).map((r) => r.id)).toEqual(["seat", "line", "offer"]);
  });

  it("drops the person's own words from an audit summary, wherever they sit, and keeps the rest", () => {
    const personal = personalValues({ email: "Noa@Example.org", name: "Noa N", legalName: null });
    expect(personal).toEqual(["noa@example.org", "noa n"]);
    expect(
      scrubbedSummary(
        { email: "noa@example.org", roles: ["participant"], nested: { who: "NOA N", count: 2 }, list: ["Noa N", "x"] },
        personal,
      ),
    ).toEqual({ roles: ["participant"], nested: { count: 2 }, list: ["x"] });
    expect(scrubbedSummary({ sessionId: "s1", from: null }, personal)).toBeNull();
  });
});
