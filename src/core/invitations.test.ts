import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationState } from "./invitations.ts";

const sent = new Date("2025-03-01T12:00:00Z");
const open = { acceptedAt: null, revokedAt: null, expiresAt: invitationExpiry(sent) };

describe("invitationState", () => {
  it("lasts seven days to the minute", () => {
    expect(invitationExpiry(sent).toISOString()).toBe("2025-03-08T12:00:00.000Z");
    expect(invitationState(open, new Date("2025-03-08T11:59:59Z"))).toBe("pending");
    expect(invitationState(open, new Date("2025-03-08T12:00:00Z"))).toBe("expired");
  });

  it("reports acceptance first, then withdrawal, whatever the date", () => {
    const later = new Date("2025-04-01T00:00:00Z");
    expect(invitationState({ ...open, acceptedAt: sent }, later)).toBe("accepted");
    expect(invitationState({ ...open, revokedAt: sent }, later)).toBe("revoked");
    expect(invitationState({ ...open, revokedAt: sent }, sent)).toBe("revoked");
  });
});
