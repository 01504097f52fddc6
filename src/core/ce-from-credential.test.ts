import { describe, expect, it } from "vitest";
import { ceHoursFromCredential, credentialKey, MAX_CREDENTIAL_CE_MINUTES } from "./ce-from-credential.ts";

const core = {
  contactMinutes: 14 * 60,
  ceCategories: [
    { category: "ethics", minutes: 240 },
    { category: "trauma_informed", minutes: 120 },
  ],
};

describe("ceHoursFromCredential", () => {
  it("takes the hours the credential says were earned and the matched course's categories cut to them", () => {
    expect(ceHoursFromCredential({ creditsEarned: 14, creditsAvailable: 14 }, core)).toEqual({
      minutes: 840,
      categories: core.ceCategories,
    });
    expect(ceHoursFromCredential({ creditsEarned: 7, creditsAvailable: 14 }, core)).toEqual({
      minutes: 420,
      categories: [
        { category: "ethics", minutes: 120 },
        { category: "trauma_informed", minutes: 60 },
      ],
    });
  });

  it("falls back to the achievement's hours, then the course's, and knows no categories without a course", () => {
    expect(ceHoursFromCredential({ creditsEarned: null, creditsAvailable: 3.5 }, null)).toEqual({
      minutes: 210,
      categories: [],
    });
    expect(ceHoursFromCredential({ creditsEarned: null, creditsAvailable: null }, core).minutes).toBe(840);
    expect(ceHoursFromCredential({ creditsEarned: null, creditsAvailable: null }, null).minutes).toBe(0);
    expect(ceHoursFromCredential({ creditsEarned: 100_000, creditsAvailable: null }, null).minutes).toBe(
      MAX_CREDENTIAL_CE_MINUTES,
    );
  });
});

describe("credentialKey", () => {
  it("is the credential's id whatever form it came in, else a hash of what was sent", () => {
    expect(credentialKey({ credentialId: "urn:uuid:1" }, "{...}")).toBe("id:urn:uuid:1");
    expect(credentialKey({ credentialId: "urn:uuid:1" }, "eyJ...")).toBe("id:urn:uuid:1");
    const a = credentialKey({ credentialId: null }, " abc ");
    expect(a).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(credentialKey({ credentialId: null }, "abc")).toBe(a);
    expect(credentialKey({ credentialId: null }, "abd")).not.toBe(a);
  });
});
