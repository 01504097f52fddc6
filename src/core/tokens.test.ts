import { describe, expect, it } from "vitest";
import { tokenExpiry, tokenStatus } from "./tokens.ts";

describe("tokenStatus", () => {
  const now = new Date("2025-05-01T12:00:00Z");
  it("is active without an end date or before it", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(tokenStatus({ revokedAt: null, expiresAt: new Date("2025-05-01T12:00:01Z") }, now)).toBe("active");
  });
  it("is expired from its end date on", () => {
    expect(tokenStatus({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
  });
  it("is revoked once revoked, whatever its date", () => {
    expect(
      tokenStatus({ revokedAt: new Date("2025-04-01T00:00:00Z"), expiresAt: new Date("2025-01-01T00:00:00Z") }, now),
    ).toBe("revoked");
  });
});

describe("tokenExpiry", () => {
  it("ends whole days later to the millisecond, or never", () => {
    const now = new Date("2025-03-01T12:00:00Z");
    expect(tokenExpiry(30, now)?.toISOString()).toBe("2025-03-31T12:00:00.000Z");
    expect(tokenExpiry(null, now)).toBeNull();
  });
});
