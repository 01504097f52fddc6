import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  OPEN_BADGES_CONTEXT,
  SCHEMA_VALIDATOR_CONTEXT,
  VC_CONTEXT_V2,
  achievementAlignments,
  addMonths,
  buildOpenBadgeCredential,
  creditedCategories,
  deliveredByOf,
  identityHash,
  ipsFramework,
  linkedInAddUrl,
  minutesToHours,
  toCredentialTime,
  type OpenBadgeFacts,
} from "./open-badges.ts";

const ipsNames = Object.fromEntries(ipsFramework.map((item) => [item.code, item.code.toUpperCase()])) as Record<
  (typeof ipsFramework)[number]["code"],
  string
>;

const facts = (overrides: Partial<OpenBadgeFacts> = {}): OpenBadgeFacts => ({
  credentialId: "6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70",
  hub: { url: "https://hub.example.org", name: "Oregon IPS Hub", imageUrl: null },
  achievement: {
    courseId: "11111111-2222-4333-8444-555555555555",
    name: "IPS Core Training",
    description: "Five days of Intentional Peer Support practice.",
    criteriaNarrative: "Attended at least 90% of the contact hours.",
    contactMinutes: 30 * 60,
    language: "en",
    alignments: achievementAlignments({
      hubUrl: "https://hub.example.org",
      ipsNames,
      ceCategories: [{ category: "suicide_prevention", minutes: 180, label: "Suicide prevention" }],
    }),
  },
  subject: {
    registrationId: "99999999-8888-4777-8666-555555555555",
    email: "Sam@Example.org",
    salt: "pepper",
    attendedMinutes: 27 * 60 + 30,
    activityStartDate: new Date("2027-04-01T16:00:00Z"),
    activityEndDate: new Date("2027-04-05T23:00:00Z"),
  },
  issuedAt: new Date("2027-04-06T10:11:12.345Z"),
  validUntil: null,
  status: { index: 42, listUrl: "https://hub.example.org/credentials/status/1" },
  ...overrides,
});

describe("buildOpenBadgeCredential", () => {
  it("is an OpenBadgeCredential on the VC 2.0 and OB 3.0 contexts, issued by the hub's profile", () => {
    const credential = buildOpenBadgeCredential(facts());
    expect(credential["@context"]).toEqual([VC_CONTEXT_V2, OPEN_BADGES_CONTEXT, SCHEMA_VALIDATOR_CONTEXT]);
    expect(credential.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(credential.id).toBe("urn:uuid:6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70");
    expect(credential.issuer).toEqual({
      id: "https://hub.example.org",
      type: ["Profile"],
      name: "Oregon IPS Hub",
      url: "https://hub.example.org",
    });
    expect(credential.validFrom).toBe("2027-04-06T10:11:12Z");
    expect(credential).not.toHaveProperty("validUntil");
  });

  it("credits contact hours: hours available from the course, hours earned from attendance", () => {
    const { credentialSubject } = buildOpenBadgeCredential(facts());
    expect(credentialSubject.achievement.creditsAvailable).toBe(30);
    expect(credentialSubject.creditsEarned).toBe(27.5);
    expect(credentialSubject.activityStartDate).toBe("2027-04-01T16:00:00Z");
    expect(credentialSubject.activityEndDate).toBe("2027-04-05T23:00:00Z");
    expect(credentialSubject.achievement.criteria.narrative).toContain("90%");
  });

  it("names the person only by a salted hash of their email, never the address itself", () => {
    const credential = buildOpenBadgeCredential(facts());
    const expected = createHash("sha256").update("sam@example.orgpepper").digest("hex");
    expect(credential.credentialSubject.identifier).toEqual([
      {
        type: "IdentityObject",
        identityHash: `sha256$${expected}`,
        identityType: "emailAddress",
        hashed: true,
        salt: "pepper",
      },
    ]);
    expect(JSON.stringify(credential).toLowerCase()).not.toContain("sam@example.org");
  });

  it("aligns to every IPS principle and task on the hub's /learn page, and to each CE category with its hours", () => {
    const { alignment } = buildOpenBadgeCredential(facts()).credentialSubject.achievement;
    expect(alignment.filter((a) => a.targetFramework === "Intentional Peer Support").map((a) => a.targetUrl)).toEqual(
      ipsFramework.map((item) => `https://hub.example.org/learn#${item.code}`),
    );
    expect(alignment.at(-1)).toMatchObject({
      targetCode: "suicide_prevention",
      targetName: "Suicide prevention",
      targetDescription: "3 h",
    });
  });

  it("points at its bit in the revocation status list", () => {
    expect(buildOpenBadgeCredential(facts()).credentialStatus).toEqual({
      id: "https://hub.example.org/credentials/status/1#42",
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: "42",
      statusListCredential: "https://hub.example.org/credentials/status/1",
    });
  });

  it("says until when it is valid only when the course sets a validity, and shows an https logo only", () => {
    const credential = buildOpenBadgeCredential(
      facts({
        validUntil: new Date("2029-04-06T10:11:12Z"),
        hub: { url: "https://hub.example.org", name: "Hub", imageUrl: "https://hub.example.org/logo.png" },
      }),
    );
    expect(credential.validUntil).toBe("2029-04-06T10:11:12Z");
    expect(credential.issuer.image).toEqual({ id: "https://hub.example.org/logo.png", type: "Image" });
    const dataLogo = buildOpenBadgeCredential(
      facts({ hub: { url: "https://hub.example.org", name: "Hub", imageUrl: "data:image/png;base64,AAAA" } }),
    );
    expect(dataLogo.issuer).not.toHaveProperty("image");
  });
});

describe("deliveredByOf", () => {
  it("reads back the partner a credential was built with, and nothing from the hub's own or a malformed document", () => {
    const inhouse = buildOpenBadgeCredential(
      facts({
        subject: {
          ...facts().subject,
          deliveredBy: { organizationId: "0b4c7f55-6a0e-4f6a-9d52-0d2a3c4b5e6f", name: "River Clinic" },
        },
      }),
    );
    expect(deliveredByOf(inhouse)).toBe("River Clinic");
    // Through JSON, as the stored jsonb document comes back.
    expect(deliveredByOf(JSON.parse(JSON.stringify(inhouse)))).toBe("River Clinic");
    expect(deliveredByOf(buildOpenBadgeCredential(facts()))).toBeNull();
    for (const odd of [null, "text", {}, { credentialSubject: null }, { credentialSubject: { source: { name: 7 } } }])
      expect(deliveredByOf(odd)).toBeNull();
    expect(deliveredByOf({ credentialSubject: { source: { name: "  " } } })).toBeNull();
  });
});

describe("creditedCategories", () => {
  const course = [
    { category: "suicide_prevention", minutes: 180 },
    { category: "general", minutes: 1620 },
  ];
  it("credits the course's categories in full to someone with every CE minute", () => {
    expect(creditedCategories(course, 1800, 1800)).toEqual(course);
  });
  it("cuts each category in proportion, rounding down, for someone with part of the minutes", () => {
    expect(creditedCategories(course, 900, 1800)).toEqual([
      { category: "suicide_prevention", minutes: 90 },
      { category: "general", minutes: 810 },
    ]);
    expect(creditedCategories(course, 0, 1800)).toEqual([]);
  });
});

describe("small helpers", () => {
  it("turns minutes into hours with two decimals", () => {
    expect(minutesToHours(440)).toBe(7.33);
    expect(minutesToHours(90)).toBe(1.5);
  });
  it("drops milliseconds so validFrom equals the JWT's whole-second nbf", () => {
    expect(toCredentialTime(new Date("2027-01-01T00:00:00.999Z"))).toBe("2027-01-01T00:00:00Z");
  });
  it("adds calendar months, keeping to the last day of a shorter month", () => {
    expect(addMonths(new Date("2027-01-31T12:00:00Z"), 1).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(addMonths(new Date("2027-04-06T10:00:00Z"), 24).toISOString()).toBe("2029-04-06T10:00:00.000Z");
  });
  it("hashes the email case-insensitively, as the spec's example does with its salt", () => {
    expect(identityHash("a@example.com", "Kosher")).toBe(
      "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399",
    );
    expect(identityHash("A@Example.com", "Kosher")).toBe(identityHash("a@example.com", "Kosher"));
  });
  it("fills LinkedIn's add-certification link", () => {
    const url = new URL(
      linkedInAddUrl({
        name: "IPS Core Training",
        organizationName: "Oregon IPS Hub",
        issuedAt: new Date("2027-04-06T10:00:00Z"),
        expiresAt: null,
        certUrl: "https://hub.example.org/verify/7K3QDM9XWA",
        certId: "7K3QD-M9XWA",
      }),
    );
    expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "IPS Core Training",
      organizationName: "Oregon IPS Hub",
      issueYear: "2027",
      issueMonth: "4",
      certUrl: "https://hub.example.org/verify/7K3QDM9XWA",
      certId: "7K3QD-M9XWA",
    });
  });
});
