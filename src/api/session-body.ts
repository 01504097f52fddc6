// The API's view of a session: the catalog listing or the session page, as the Session schemas describe them (never the join details).
import type { PriceTier } from "#core/catalog.ts";
import type { SessionListing } from "#features/catalog/search-sessions.ts";
import type { SessionPage } from "#features/catalog/show-session.ts";
import type { SessionBody, SessionSummaryBody } from "./catalog-schemas.ts";

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

function priceTiers(tiers: readonly PriceTier[]): SessionSummaryBody["priceTiers"] {
  return tiers.map((tier) => ({
    kind: tier.kind,
    amountCents: tier.amountCents,
    ...(tier.minimumCents === undefined ? {} : { minimumCents: tier.minimumCents }),
  }));
}

function commonFields(session: SessionListing | SessionPage): SessionSummaryBody {
  return {
    id: session.id,
    status: session.status,
    course: {
      id: session.course.id,
      slug: session.course.slug,
      form: session.course.form,
      title: session.course.title,
      summary: session.course.summary,
      requiresApproval: session.course.requiresApproval,
    },
    timeZone: session.timeZone,
    format: session.format,
    language: session.language,
    venueName: session.venueName,
    startsAt: iso(session.startsAt),
    endsAt: iso(session.endsAt),
    registrationOpensAt: isoOrNull(session.registrationOpensAt),
    registrationClosesAt: isoOrNull(session.registrationClosesAt),
    registration: session.window,
    priceTiers: priceTiers(session.priceTiers),
    currency: session.currency,
    seats: { ...session.seats },
  };
}

export function sessionSummaryBody(session: SessionListing): SessionSummaryBody {
  return commonFields(session);
}

export function sessionBody(session: SessionPage): SessionBody {
  return {
    ...commonFields(session),
    venueAddress: session.venueAddress,
    // The one-string field stays the English column, as it always was, so older clients read what they read before.
    accessibilityNotes: session.accessibilityNotes.en || null,
    accessibilityNotesLocalized: session.accessibilityNotes,
    notes: session.notes,
    meetings: session.meetings.map((meeting) => ({
      id: meeting.id,
      position: meeting.position,
      startsAt: iso(meeting.startsAt),
      endsAt: iso(meeting.endsAt),
    })),
    trainers: session.trainers.map((trainer) => ({ id: trainer.userId, name: trainer.name, role: trainer.role })),
    prerequisites: session.prerequisites,
    offerHoldHours: session.offerHoldHours,
    cancelCutoffHours: session.cancelCutoffHours,
    cancelledAt: isoOrNull(session.cancelledAt),
  };
}
