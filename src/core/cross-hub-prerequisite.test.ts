import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  crossHubClaims,
  decideCrossHubPrerequisite,
  mappingMatches,
  matchIdentity,
  type CrossHubFacts,
} from "./cross-hub-prerequisite.ts";
import { identityHash } from "./open-badges.ts";

const trusted: CrossHubFacts = {
  verified: true,
  signingKey: "https://hub-a.example/credentials/keys/abc",
  trustedIssuer: { active: true, keyOrigin: "https://hub-a.example" },
  mapped: true,
  identity: "match",
};

describe("decideCrossHubPrerequisite", () => {
  it("accepts a verified credential from an active trusted issuer, mapped to the course, that names the person", () => {
    expect(decideCrossHubPrerequisite(trusted)).toEqual({ outcome: "accept" });
  });

  it("queues with the first thing an admin needs to know", () => {
    const reason = (facts: Partial<CrossHubFacts>) => {
      const decision = decideCrossHubPrerequisite({ ...trusted, ...facts });
      return decision.outcome === "queue" ? decision.reason : "accepted";
    };
    expect(reason({ verified: false, trustedIssuer: null, identity: "mismatch" })).toBe("notVerified");
    expect(reason({ trustedIssuer: null, mapped: false })).toBe("untrustedIssuer");
    expect(reason({ trustedIssuer: { active: false, keyOrigin: "https://hub-a.example" } })).toBe("untrustedIssuer");
    expect(reason({ signingKey: "https://elsewhere.example/keys/abc" })).toBe("keyElsewhere");
    expect(reason({ signingKey: null })).toBe("keyElsewhere");
    expect(reason({ mapped: false, identity: "mismatch" })).toBe("notMapped");
    expect(reason({ identity: "mismatch" })).toBe("namesSomeoneElse");
    expect(reason({ identity: "absent" })).toBe("namesNoOne");
  });

  it("compares key locations by origin, so a port or scheme that differs does not pass", () => {
    const at = (keyOrigin: string) =>
      decideCrossHubPrerequisite({ ...trusted, trustedIssuer: { active: true, keyOrigin } }).outcome;
    expect(at("https://hub-a.example/")).toBe("accept");
    expect(at("http://hub-a.example")).toBe("queue");
    expect(at("https://hub-a.example:8443")).toBe("queue");
    expect(at("not a url")).toBe("queue");
  });
});

describe("matchIdentity", () => {
  const salt = "a1b2c3";
  const hashed = (email: string) => [
    {
      type: "IdentityObject",
      identityType: "emailAddress",
      hashed: true,
      salt,
      identityHash: identityHash(email, salt),
    },
  ];

  it("matches the salted hash the way this hub writes it, whatever the case the person types", () => {
    expect(matchIdentity("Rae@Example.org", hashed("rae@example.org"))).toBe("match");
    expect(matchIdentity("rae@example.org", hashed("RAE@example.org"))).toBe("match");
  });

  it("matches an issuer that hashes the email as typed, without lower-casing it", () => {
    const asTyped = `sha256$${createHash("sha256").update(`Rae@Example.org${salt}`).digest("hex")}`;
    const identifier = [{ identityType: "emailAddress", hashed: true, salt, identityHash: asTyped.toUpperCase() }];
    expect(matchIdentity("Rae@Example.org", identifier)).toBe("match");
  });

  it("tells someone else's email from no email at all", () => {
    expect(matchIdentity("rae@example.org", hashed("sam@example.org"))).toBe("mismatch");
    expect(
      matchIdentity("rae@example.org", [
        { identityType: "emailAddress", hashed: false, identityHash: "rae@example.org" },
      ]),
    ).toBe("match");
    expect(matchIdentity("rae@example.org", [{ identityType: "sourcedId", hashed: false, identityHash: "42" }])).toBe(
      "absent",
    );
    expect(matchIdentity("rae@example.org", undefined)).toBe("absent");
    expect(matchIdentity("rae@example.org", "rae@example.org")).toBe("absent");
  });

  it("does not match a hash made with another salt", () => {
    const other = [
      { identityType: "emailAddress", hashed: true, salt: "ffff", identityHash: identityHash("rae@example.org", salt) },
    ];
    expect(matchIdentity("rae@example.org", other)).toBe("mismatch");
  });
});

describe("mappingMatches", () => {
  const achievement = { id: "urn:uuid:1111", name: "IPS  Core Training" };
  it("uses the id when the mapping gives one, the name otherwise", () => {
    expect(mappingMatches({ achievementId: "urn:uuid:1111", achievementName: "Anything" }, achievement)).toBe(true);
    expect(mappingMatches({ achievementId: "urn:uuid:2222", achievementName: "IPS Core Training" }, achievement)).toBe(
      false,
    );
    expect(mappingMatches({ achievementId: null, achievementName: "ips core training " }, achievement)).toBe(true);
    expect(mappingMatches({ achievementId: null, achievementName: "IPS Advanced" }, achievement)).toBe(false);
    expect(mappingMatches({ achievementId: null, achievementName: null }, achievement)).toBe(false);
  });
});

describe("crossHubClaims", () => {
  it("reads the achievement, the identifiers, the day it ended and the hours", () => {
    const claims = crossHubClaims({
      validFrom: "2026-03-01T10:00:00Z",
      credentialSubject: {
        identifier: [{ identityType: "emailAddress" }],
        achievement: { id: "urn:uuid:1111", name: { en: "IPS Core" } },
        activityEndDate: "2026-02-20T23:30:00Z",
        creditsEarned: 35,
      },
    });
    expect(claims).toEqual({
      achievement: { id: "urn:uuid:1111", name: "IPS Core" },
      identifiers: [{ identityType: "emailAddress" }],
      completedOn: "2026-02-20",
      creditsEarned: 35,
      creditsAvailable: null,
      credentialId: null,
    });
  });

  it("copes with a document that says little", () => {
    expect(crossHubClaims({ validFrom: "soon", credentialSubject: [{ creditsEarned: "many" }] })).toEqual({
      achievement: { id: null, name: null },
      identifiers: undefined,
      completedOn: null,
      creditsEarned: null,
      creditsAvailable: null,
      credentialId: null,
    });
  });
});
