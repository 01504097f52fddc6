// Where an invitation stands: still open, used, withdrawn, or past its date.
export const INVITATION_DAYS = 7;

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

/** The ways an admin can narrow the invitation list: by one state, or all of them. */
export const invitationFilters = ["pending", "accepted", "expired", "revoked", "all"] as const;
export type InvitationFilter = (typeof invitationFilters)[number];

export function invitationState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationState {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

export function invitationExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
}
