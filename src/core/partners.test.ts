// The staff link's life, what a partner sees of a person, what the directory shows, and a block's seats.
import { describe, expect, it } from "vitest";
import { nextStaffLinkStatus, publicDirectoryEntry, sharedWithPartner, sponsoredSeatProblem } from "./partners.ts";

describe("staff links", () => {
  it.each([
    ["invited", "accept", "person", "active"],
    ["invited", "accept", "partner", null],
    ["invited", "decline", "person", "declined"],
    ["invited", "cancel", "partner", "cancelled"],
    ["invited", "cancel", "person", null],
    ["requested", "accept", "partner", "active"],
    ["requested", "accept", "person", null],
    ["requested", "cancel", "person", "cancelled"],
    ["active", "withdraw", "person", "withdrawn"],
    ["active", "withdraw", "partner", null],
    ["active", "cancel", "partner", "cancelled"],
    ["withdrawn", "accept", "person", null],
    ["declined", "accept", "person", null],
  ] as const)("%s + %s by %s → %s", (status, action, side, next) => {
    expect(nextStaffLinkStatus(status, action, side)).toBe(next);
  });

  it("shows a partner nothing unless the link is active, then only what is shared", () => {
    for (const status of ["invited", "requested", "declined", "withdrawn", "cancelled"] as const)
      expect(sharedWithPartner({ status, shareCompletions: true, shareCompliance: true })).toBeNull();
    expect(sharedWithPartner({ status: "active", shareCompletions: true, shareCompliance: false })).toEqual({
      completions: true,
      compliance: false,
    });
  });
});

describe("directory and blocks", () => {
  const facts = {
    name: "River",
    slug: "river",
    listed: true,
    shownFields: ["counties"],
    website: "https://example.org",
    counties: ["Lane"],
    descriptionEn: "x",
    descriptionEs: "y",
    coReflectionInPlace: true,
    staffTrained: 3,
    organizationalTrainers: 1,
  };
  it("shows only listed partners and only the fields they publish", () => {
    expect(publicDirectoryEntry({ ...facts, listed: false })).toBeNull();
    expect(publicDirectoryEntry(facts)).toEqual({ name: "River", slug: "river", counties: ["Lane"] });
  });
  it("refuses a seat once released or used up", () => {
    const now = new Date("2027-01-01T00:00:00Z");
    const block = { seats: 2, releaseAt: new Date("2027-02-01T00:00:00Z"), releasedAt: null };
    expect(sponsoredSeatProblem(block, 1, now)).toBeNull();
    expect(sponsoredSeatProblem(block, 2, now)).toBe("used_up");
    expect(sponsoredSeatProblem(block, 0, new Date("2027-02-01T00:00:00Z"))).toBe("released");
  });
});
