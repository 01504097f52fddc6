// The API's view of registrations: a use case's rows as the registration schemas describe them.
import type { MyRegistration as MyRegistrationRow } from "#features/registration/list-my-registrations.ts";
import type { RosterEntry as RosterRow } from "#features/registration/list-session-roster.ts";
import type { RegistrationRow } from "#features/registration/load-registration.ts";
import type { MyRegistrationBody, RegistrationBody, RosterEntryBody } from "./registration-schemas.ts";

const iso = (value: Date) => value.toISOString();
const isoOrNull = (value: Date | null) => (value ? value.toISOString() : null);

/** Only waiting entries have a place in line; the field is left out otherwise, as the schemas say. */
export function positionField(position: number | null | undefined): { waitlistPosition?: number } {
  return position ? { waitlistPosition: position } : {};
}

export function registrationBody(row: RegistrationRow, position: number | null): RegistrationBody {
  return {
    id: row.id,
    sessionId: row.sessionId,
    userId: row.userId,
    status: row.status,
    ...positionField(position),
    offerExpiresAt: isoOrNull(row.offerExpiresAt),
    requestedAt: iso(row.requestedAt),
    organizationId: row.organizationId,
    groupId: row.groupId,
    priceTier: row.priceTier,
    amountCents: row.amountCents,
  };
}

export function myRegistrationBody(row: MyRegistrationRow): MyRegistrationBody {
  return {
    id: row.id,
    status: row.status,
    requestedAt: iso(row.requestedAt),
    ...positionField(row.waitlistPosition),
    offerExpiresAt: isoOrNull(row.offerExpiresAt),
    cancelCutoffAt: iso(row.cancelCutoffAt),
    join:
      row.status === "confirmed"
        ? {
            url: row.joinUrl,
            // The one-string field stays the English column, as it always was, for older clients.
            details: row.joinDetails?.en || null,
            detailsLocalized: row.joinDetails ?? { en: "", es: "" },
          }
        : null,
    session: {
      id: row.sessionId,
      status: row.sessionStatus,
      title: { en: row.courseTitleEn, es: row.courseTitleEs },
      startsAt: iso(row.startsAt),
      endsAt: iso(row.endsAt),
      timeZone: row.timeZone,
      format: row.format,
      venueName: row.venueName,
      venueAddress: row.venueAddress,
    },
    groupId: row.groupId,
  };
}

export function rosterEntryBody(row: RosterRow): RosterEntryBody {
  return {
    id: row.id,
    userId: row.userId,
    name: row.name,
    email: row.email,
    pronouns: row.pronouns,
    status: row.status,
    ...positionField(row.waitlistPosition),
    groupId: row.groupId,
    organizationName: row.organizationName,
    requestedAt: iso(row.requestedAt),
    queueAt: iso(row.queueAt),
    offerExpiresAt: isoOrNull(row.offerExpiresAt),
    priceTier: row.priceTier,
    amountCents: row.amountCents,
    answers: row.answers,
    accommodations: row.accommodations,
    scholarship: row.scholarship,
  };
}
