// The catalog's API shapes (sessions, their seats, meetings and course), shared by the read endpoints and POST /sessions.
import { z } from "zod";
import "zod-openapi";
import { courseForms, priceTierKinds, sessionFormats, sessionStatuses } from "#core/catalog.ts";
import { locales } from "#core/locale.ts";
import { MAX_PER_PAGE, MAX_QUERY_LENGTH } from "#features/catalog/search-sessions.ts";
import { MAX_ID_LENGTH } from "#core/limits.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2025-09-15T16:00:00.000Z"] });
const id = (description: string) =>
  z.string().meta({ description, examples: ["3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"] });

export const LocalizedText = z
  .object({
    en: z.string().meta({ description: "In English." }),
    es: z.string().meta({ description: "In Spanish (may be empty: then show the English)." }),
  })
  .meta({
    id: "LocalizedText",
    description: "A text in both of the hub's languages.",
    examples: [{ en: "IPS Core Training", es: "Capacitación básica de IPS" }],
  });

export const CourseSummary = z
  .object({
    id: id("The course's id."),
    slug: z.string().meta({ description: "The course's short name in addresses.", examples: ["core"] }),
    form: z.enum(courseForms).meta({ description: "The form of IPS training.", examples: ["core"] }),
    title: LocalizedText,
    summary: LocalizedText,
    requiresApproval: z
      .boolean()
      .meta({ description: "True when people apply and an admin decides, instead of registering directly." }),
  })
  .meta({ id: "CourseSummary", description: "The course a session is a run of." });

export const SessionSeats = z
  .object({
    capacity: z
      .number()
      .int()
      .meta({ description: "Seats in all, reserved ones included.", examples: [20] }),
    confirmed: z
      .number()
      .int()
      .meta({ description: "People holding a confirmed seat.", examples: [14] }),
    held: z
      .number()
      .int()
      .meta({
        description: "Seats held by open offers to people from the waitlist, until they answer.",
        examples: [1],
      }),
    available: z
      .number()
      .int()
      .meta({
        description: "Seats anyone may take now (seats reserved for a partner or for scholarships are not counted).",
        examples: [3],
      }),
    waitlisted: z
      .number()
      .int()
      .meta({ description: "Entries waiting in line; a partner's group entry counts once.", examples: [0] }),
  })
  .meta({ id: "SessionSeats", description: "A session's seats at the moment of the request." });

export const Meeting = z
  .object({
    id: id("The meeting's id."),
    position: z
      .number()
      .int()
      .min(1)
      .meta({ description: "1, 2, 3… in time order (day 1 is 1).", examples: [1] }),
    startsAt: timestamp,
    endsAt: timestamp,
  })
  .meta({ id: "Meeting", description: "One dated meeting of a session." });

export const PriceTierBody = z
  .object({
    kind: z.enum(priceTierKinds).meta({
      description:
        "`standard`, `sponsored` (paid by an organization), `sliding_scale` (the person chooses, at least `minimumCents`) or `free`.",
    }),
    amountCents: z
      .number()
      .int()
      .meta({ description: "The price in cents; for a sliding scale the suggested amount.", examples: [25000] }),
    minimumCents: z
      .number()
      .int()
      .optional()
      .meta({ description: "Sliding scale only: the least a person may pay, in cents." }),
  })
  .meta({ id: "PriceTier", description: "One way to pay for a seat." });

export const SessionTrainerBody = z
  .object({
    id: id("The trainer's person id."),
    name: z.string().meta({ description: "The trainer's chosen name.", examples: ["Maya Chen"] }),
    role: z.enum(["lead", "co"]).meta({ description: "Lead or co-trainer." }),
  })
  .meta({ id: "SessionTrainer" });

export const registrationStates = ["open", "not_published", "cancelled", "not_yet_open", "closed", "started"] as const;

const sessionFields = {
  id: id("The session's id."),
  status: z
    .enum(sessionStatuses)
    .meta({ description: "`draft` (only admins see it), `published`, `cancelled` or `completed`." }),
  course: CourseSummary,
  timeZone: z
    .string()
    .meta({ description: "The IANA time zone the meetings are planned in.", examples: ["America/Los_Angeles"] }),
  format: z.enum(sessionFormats).meta({ description: "`in_person`, `online` or `hybrid`." }),
  language: z.enum(locales).meta({ description: "The language the session is taught in." }),
  venueName: z
    .string()
    .nullable()
    .meta({ description: "Where it takes place (null when online).", examples: ["Salem Peer Center"] }),
  startsAt: timestamp.meta({ description: "When the first meeting starts." }),
  endsAt: timestamp.meta({ description: "When the last meeting ends." }),
  registrationOpensAt: timestamp
    .nullable()
    .meta({ description: "When registration opens; null: as soon as it is published." }),
  registrationClosesAt: timestamp
    .nullable()
    .meta({ description: "When registration closes; null: when the session starts." }),
  registration: z.enum(registrationStates).meta({ description: "Whether registration is open now, and if not, why." }),
  priceTiers: z.array(PriceTierBody),
  currency: z.string().meta({ description: "ISO 4217 code of every amount.", examples: ["USD"] }),
  seats: SessionSeats,
};

export const SessionSummary = z
  .object(sessionFields)
  .meta({ id: "SessionSummary", description: "A session as the catalog lists it." });

export const Session = z
  .object({
    ...sessionFields,
    venueAddress: z
      .string()
      .nullable()
      .meta({ description: "The street address.", examples: ["123 Court St NE, Salem, OR"] }),
    accessibilityNotes: z
      .string()
      .nullable()
      .meta({
        description:
          "Access to the place and the session: step-free entry, captions, quiet room… In English only (null when empty), " +
          "kept for older clients: `accessibilityNotesLocalized` has both languages.",
      }),
    // Bare, so it stays a $ref: a description beside it would come out with a sibling that refuses every key.
    accessibilityNotesLocalized: LocalizedText,
    notes: LocalizedText,
    meetings: z.array(Meeting).meta({ description: "Every meeting, in time order." }),
    trainers: z.array(SessionTrainerBody).meta({ description: "Leads first." }),
    prerequisites: z
      .object({
        mode: z.enum(["all", "any"]).meta({ description: "Whether all of the courses are needed, or any one." }),
        courses: z.array(z.object({ id: id("The course's id."), slug: z.string(), title: LocalizedText })),
      })
      .meta({ description: "Courses a person must have done before registering." }),
    offerHoldHours: z
      .number()
      .int()
      .meta({ description: "How long a seat offered from the waitlist is held, in hours.", examples: [48] }),
    cancelCutoffHours: z
      .number()
      .int()
      .meta({
        description: "People may cancel themselves until this many hours before the first meeting.",
        examples: [24],
      }),
    cancelledAt: timestamp.nullable().meta({ description: "When the session was cancelled; null otherwise." }),
  })
  .meta({
    id: "Session",
    description:
      "One run of a course. The join link and details are never part of it: participants get them by email and on their page once confirmed.",
  });

export const SessionList = z
  .object({
    sessions: z.array(SessionSummary).meta({ description: "The page's sessions, soonest first." }),
    total: z.number().int().meta({ description: "Sessions matching the filters, on all pages." }),
    page: z.number().int().meta({ description: "This page's number (1-based)." }),
    pageCount: z.number().int().meta({ description: "How many pages there are." }),
    perPage: z.number().int().meta({ description: "Sessions per page." }),
  })
  .meta({ id: "SessionList", description: "A page of the public catalog." });

const queryText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters` });

export const SessionListQuery = z.object({
  course: queryText(MAX_ID_LENGTH)
    .optional()
    .meta({ description: "Only sessions of this course, by id or slug.", examples: ["core"] }),
  from: z.iso.datetime({ offset: true, error: "Use an RFC 3339 time, like 2025-09-01T00:00:00Z" }).optional().meta({
    description:
      "Only sessions still running at or after this time (RFC 3339). The catalog never lists sessions that have ended.",
  }),
  to: z.iso
    .datetime({ offset: true, error: "Use an RFC 3339 time, like 2025-12-31T23:59:59Z" })
    .optional()
    .meta({ description: "Only sessions whose first meeting starts before this time (RFC 3339)." }),
  format: z
    .enum(sessionFormats, { error: "Use in_person, online or hybrid" })
    .optional()
    .meta({ description: "Only sessions of this format." }),
  q: queryText(MAX_QUERY_LENGTH)
    .optional()
    .meta({
      description: "Words to look for in the course's titles and descriptions, in English or Spanish.",
      examples: ["co-reflection"],
    }),
  page: z.coerce
    .number({ error: "Use a page number" })
    .int({ error: "Use a whole page number" })
    .min(1, { error: "Pages start at 1" })
    .optional()
    .meta({ description: "Which page (default 1)." }),
  perPage: z.coerce
    .number({ error: "Use a number" })
    .int({ error: "Use a whole number" })
    .min(1)
    .max(MAX_PER_PAGE, { error: `At most ${MAX_PER_PAGE} per page` })
    .optional()
    .meta({ description: `Sessions per page (default 12, at most ${MAX_PER_PAGE}).` }),
});

export const SessionIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The session's id.", examples: ["3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"] }),
});

export type SessionSummaryBody = z.output<typeof SessionSummary>;
export type SessionBody = z.output<typeof Session>;
