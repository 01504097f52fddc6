// The registration API's shapes: registering or applying, the caller's trainings, a session's roster and decisions.
import { z } from "zod";
import "zod-openapi";
import { priceTierKinds, sessionFormats, sessionStatuses } from "#core/catalog.ts";
import { registrationStatuses } from "#core/registration.ts";
import { MAX_DECISION_MESSAGE_LENGTH, MAX_ID_LENGTH, MAX_STAFF_REASON_LENGTH } from "#core/limits.ts";
import { registrationInput } from "#features/registration/registration-input.ts";
import { LocalizedText } from "./catalog-schemas.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2025-09-15T16:00:00.000Z"] });
const id = (description: string) =>
  z.string().meta({ description, examples: ["5b2d7e91-0c4a-4f3e-8a6b-1d9c2e7f4a30"] });

const REGISTRATION_ID = "5b2d7e91-0c4a-4f3e-8a6b-1d9c2e7f4a30";
const SESSION_ID = "3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c";

/**
 * The registration form's own schema (the use case reads it), with what only the API takes (`userId`,
 * `organizationId`) and each field described; consent is the call itself. Answers' lengths and options are checked
 * against the course's questions by the use case, which names `answers.<questionId>`.
 */
const registrationFields = registrationInput.shape;
const needStatement = registrationFields.scholarship.unwrap().unwrap().shape.needStatement;

export const RegistrationRequest = registrationInput
  .omit({ consent: true })
  .extend({
    answers: registrationFields.answers.meta({
      description:
        "Answers to the course's questions, by question id: a text for text and choice questions (a choice is one of its options), " +
        "a list of options for a checkbox question. Questions marked required must be answered; a problem is reported at `answers.<questionId>`.",
      examples: [{ "why-ips": "I run a peer line and want to listen better.", "t-shirt": "M" }],
    }),
    priceTier: registrationFields.priceTier.meta({
      description:
        "One of the session's price tiers (`GET /sessions/{id}` lists them). Leave it out when the session has a single tier.",
    }),
    amountCents: registrationFields.amountCents.meta({
      description:
        "For a sliding-scale tier: what the person pays, in cents of the session's currency, at least the tier's minimum.",
      examples: [15000],
    }),
    pronouns: registrationFields.pronouns.meta({
      description: "Pronouns for the roster and name tag; the person's profile pronouns are used when left out.",
      examples: ["she/her"],
    }),
    accommodations: registrationFields.accommodations.meta({
      description:
        "Access needs the trainers should plan for. Sensitive: only hub admins and the session's trainers see it.",
    }),
    scholarship: z
      .strictObject({
        needStatement: needStatement.meta({
          description: "Why the person asks for a scholarship, in their words. Sensitive: only hub admins read it.",
        }),
      })
      .nullish()
      .meta({
        description:
          "Asks for a scholarship. Hub admins award it in full or in part, or decline it, and the person gets their decision by email.",
      }),
    userId: z
      .string()
      .min(1)
      .max(MAX_ID_LENGTH)
      .optional()
      .meta({
        description:
          "Register someone else (staff taking a registration by phone or in person): hub admins for anyone, partner admins for their organization's staff, " +
          "together with `organizationId`. Left out: the token's owner registers.",
        examples: ["6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70"],
      }),
    organizationId: z.string().min(1).max(MAX_ID_LENGTH).optional().meta({
      description:
        "The partner organization registering its staff member: needed by partner admins; it also lets the person use seats reserved for that organization and its sponsored price.",
    }),
  })
  .strict()
  .meta({
    id: "RegistrationRequest",
    description:
      "A registration, or an application when the course asks for approval. Calling this endpoint is the person's consent to store these answers: " +
      "answers and pronouns are seen by hub admins and the session's trainers; questions marked sensitive, accommodations and need statements only as each field says. " +
      "When staff register someone else, they confirm the person agreed. Every field is optional when the course asks no required questions.",
    examples: [
      {
        answers: { "why-ips": "I run a peer line and want to listen better." },
        priceTier: "sliding_scale",
        amountCents: 15000,
        pronouns: "she/her",
      },
    ],
  });

const position = z
  .number()
  .int()
  .min(1)
  .meta({
    description:
      "While waiting: the place in line, 1 being next (a partner's group entry counts once). Absent otherwise.",
    examples: [3],
  });

export const RegistrationResult = z
  .object({
    id: id("The registration's id."),
    sessionId: id("The session's id."),
    status: z.enum(["confirmed", "waitlisted", "pending_approval"]).meta({
      description:
        "`confirmed`: a seat is held. `waitlisted`: in line; an offer comes by email when a seat frees up. `pending_approval`: an application a hub admin decides.",
    }),
    waitlistPosition: position.optional(),
  })
  .meta({
    id: "RegistrationResult",
    description: "What the request got: a seat, a place in line, or an application waiting for a decision.",
    examples: [
      { id: REGISTRATION_ID, sessionId: SESSION_ID, status: "waitlisted", waitlistPosition: 4 },
      { id: REGISTRATION_ID, sessionId: SESSION_ID, status: "confirmed" },
    ],
  });

export const RegistrationState = z
  .object({
    id: id("The registration's id."),
    status: z.enum(registrationStatuses).meta({ description: "The registration's state after the change." }),
    waitlistPosition: position.optional(),
  })
  .meta({
    id: "RegistrationState",
    description: "A registration's state after a change.",
    examples: [{ id: REGISTRATION_ID, status: "cancelled" }],
  });

export const Registration = z
  .object({
    id: id("The registration's id."),
    sessionId: id("The session's id."),
    userId: id("The person registered."),
    status: z.enum(registrationStatuses).meta({
      description:
        "`pending_approval`, `approved`, `confirmed`, `waitlisted`, `offered` (a seat is held until `offerExpiresAt`), or an ended state: " +
        "`declined`, `expired`, `cancelled`, `denied`, `transferred`, `no_show`.",
    }),
    waitlistPosition: position.optional(),
    offerExpiresAt: timestamp
      .nullable()
      .meta({ description: "While offered: when the held seat passes to the next in line." }),
    requestedAt: timestamp.meta({ description: "When the request joined the line (first come, first served)." }),
    organizationId: z
      .string()
      .nullable()
      .meta({ description: "The partner organization that registered the person, if any." }),
    groupId: z.string().nullable().meta({
      description: "Set when the person is part of a partner's group entry, which waits and is offered as one.",
    }),
    priceTier: z.enum(priceTierKinds),
    amountCents: z.number().int().meta({ description: "What the person owes, in cents of the session's currency." }),
  })
  .meta({
    id: "Registration",
    description: "One person's registration for one session.",
    examples: [
      {
        id: REGISTRATION_ID,
        sessionId: SESSION_ID,
        userId: "6a0f3c1e-8f7b-4d2a-9e61-0b2c4d5e6f70",
        status: "offered",
        offerExpiresAt: "2025-09-03T17:00:00.000Z",
        requestedAt: "2025-08-20T15:04:05.000Z",
        organizationId: null,
        groupId: null,
        priceTier: "standard",
        amountCents: 25000,
      },
    ],
  });

export const MyRegistration = z
  .object({
    id: id("The registration's id."),
    status: z.enum(registrationStatuses),
    requestedAt: timestamp.meta({ description: "When the request was made." }),
    waitlistPosition: position.optional(),
    offerExpiresAt: timestamp
      .nullable()
      .meta({ description: "While offered: answer before this, with `/accept` or `/decline`." }),
    cancelCutoffAt: timestamp.meta({
      description: "Until when a held seat may be cancelled with `/cancel` (leaving the line is possible any time).",
    }),
    join: z
      .object({
        url: z
          .string()
          .nullable()
          .meta({ description: "The link to join online.", examples: ["https://meet.example.org/ips-core"] }),
        details: z
          .string()
          .nullable()
          .meta({
            description:
              "Dial-in numbers, passcodes, what to bring. In English only (null when empty), kept for older clients: " +
              "`detailsLocalized` has both languages.",
          }),
        detailsLocalized: LocalizedText,
      })
      .nullable()
      .meta({ description: "How to join; only once the seat is confirmed." }),
    session: z.object({
      id: id("The session's id."),
      status: z.enum(sessionStatuses),
      title: LocalizedText,
      startsAt: timestamp.meta({ description: "When the first meeting starts." }),
      endsAt: timestamp.meta({ description: "When the last meeting ends." }),
      timeZone: z
        .string()
        .meta({ description: "The IANA time zone the meetings are planned in.", examples: ["America/Los_Angeles"] }),
      format: z.enum(sessionFormats),
      venueName: z.string().nullable(),
      venueAddress: z.string().nullable(),
    }),
    groupId: z.string().nullable().meta({ description: "Set when part of a partner's group entry." }),
  })
  .meta({ id: "MyRegistration", description: "One of the caller's registrations, with its session." });

export const MyRegistrationList = z
  .object({
    registrations: z
      .array(MyRegistration)
      .meta({ description: "Every registration of the caller, ended ones included, by the session's start." }),
  })
  .meta({
    id: "MyRegistrationList",
    description: "The caller's trainings.",
    examples: [
      {
        registrations: [
          {
            id: REGISTRATION_ID,
            status: "waitlisted",
            requestedAt: "2025-08-20T15:04:05.000Z",
            waitlistPosition: 2,
            offerExpiresAt: null,
            cancelCutoffAt: "2025-09-14T16:00:00.000Z",
            join: null,
            session: {
              id: SESSION_ID,
              status: "published",
              title: { en: "IPS Core Training", es: "Capacitación básica de IPS" },
              startsAt: "2025-09-15T16:00:00.000Z",
              endsAt: "2025-09-19T23:00:00.000Z",
              timeZone: "America/Los_Angeles",
              format: "online",
              venueName: null,
              venueAddress: null,
            },
            groupId: null,
          },
        ],
      },
    ],
  });

export const RosterEntry = z
  .object({
    id: id("The registration's id."),
    userId: id("The person's id."),
    name: z.string().meta({ description: "The person's chosen name.", examples: ["Sam Taylor"] }),
    email: z.string().meta({ examples: ["sam@example.org"] }),
    pronouns: z.string().nullable().meta({ description: "From the registration, else the person's profile." }),
    status: z.enum(registrationStatuses),
    waitlistPosition: position.optional(),
    groupId: z.string().nullable(),
    organizationName: z
      .string()
      .nullable()
      .meta({ description: "The partner organization that registered the person." }),
    requestedAt: timestamp,
    queueAt: timestamp.meta({
      description:
        "The line is ordered by this; it differs from `requestedAt` only after an admin moved the entry (with a reason).",
    }),
    offerExpiresAt: timestamp.nullable(),
    priceTier: z.string().meta({ examples: ["standard"] }),
    amountCents: z.number().int(),
    answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).meta({
      description:
        "Answers by question id, sensitive ones included (this list is for hub admins and the session's trainers).",
    }),
    accommodations: z.string().nullable().meta({ description: "Access needs (sensitive)." }),
    scholarship: z
      .object({
        id: z.string(),
        status: z.string().meta({
          description: "`requested`, `awarded_full`, `awarded_partial` or `declined`.",
          examples: ["requested"],
        }),
        needStatement: z.string().nullable().meta({ description: "Only for hub admins; null for trainers." }),
        awardCents: z.number().int().nullable(),
      })
      .nullable()
      .meta({ description: "The scholarship request, if the person made one." }),
  })
  .meta({ id: "RosterEntry", description: "One registration on a session's roster." });

export const SessionRoster = z
  .object({
    sessionId: id("The session's id."),
    registrations: z
      .array(RosterEntry)
      .meta({ description: "Everyone who registered or applied, ended registrations included, in line order." }),
  })
  .meta({ id: "SessionRoster", description: "A session's roster." });

export const DecisionRequest = z
  .strictObject({
    message: z
      .string()
      .trim()
      .max(MAX_DECISION_MESSAGE_LENGTH, {
        error: `Please keep the message under ${MAX_DECISION_MESSAGE_LENGTH.toLocaleString("en")} characters`,
      })
      .optional()
      .meta({
        description: "A message for the person, sent with the decision and kept with it.",
        examples: ["Welcome! We saved you a seat near the door."],
      }),
  })
  .meta({
    id: "DecisionRequest",
    description: "An optional message that goes with an admin's decision.",
    examples: [{ message: "Welcome aboard." }],
  });

export const CancelRequest = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .max(MAX_STAFF_REASON_LENGTH, { error: `Please keep the reason under ${MAX_STAFF_REASON_LENGTH} characters` })
      .optional()
      .meta({
        description: "Why, in a few words; kept in the registration's history and sent with the notice.",
        examples: ["I have a family emergency."],
      }),
  })
  .meta({
    id: "CancelRequest",
    description: "An optional reason for cancelling.",
    examples: [{ reason: "I have a family emergency." }],
  });

export const RegistrationIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The registration's id.", examples: [REGISTRATION_ID] }),
});

export type RegistrationBody = z.output<typeof Registration>;
export type MyRegistrationBody = z.output<typeof MyRegistration>;
export type RosterEntryBody = z.output<typeof RosterEntry>;
