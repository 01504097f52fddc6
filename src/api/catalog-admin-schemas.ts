// The API's shapes for courses (read by anyone, written by admins) and for scheduling a session (POST /sessions).
import { z } from "zod";
import "zod-openapi";
import { ceCategories, courseForms, priceTierKinds, questionKinds, sessionFormats } from "#core/catalog.ts";
import { MAX_MEETINGS } from "#core/meeting-schedule.ts";
import { MAX_SLUG_LENGTH } from "#core/slug.ts";
import { MIN_OFFER_HOLD_HOURS } from "#core/seats.ts";
import { retentionBounds } from "#core/retention.ts";
import { LocalizedText } from "./catalog-schemas.ts";
import {
  MAX_BREAKS,
  MAX_CAPACITY,
  MAX_COURSE_AUDIENCE_LENGTH,
  MAX_COURSE_DESCRIPTION_LENGTH,
  MAX_COURSE_SUMMARY_LENGTH,
  MAX_COURSE_TITLE_LENGTH,
  MAX_ID_LENGTH,
  MAX_OPTIONS,
  MAX_OPTION_LABEL_LENGTH,
  MAX_PREREQUISITES,
  MAX_QUESTIONS,
  MAX_QUESTION_LABEL_LENGTH,
  MAX_SESSION_NOTE_LENGTH,
  MAX_TRAINERS,
  MAX_VENUE_ADDRESS_LENGTH,
  MAX_VENUE_NAME_LENGTH,
  MAX_WEB_ADDRESS_LENGTH,
} from "#core/limits.ts";

const timestamp = z.iso.datetime({
  offset: true,
  error: "Use an RFC 3339 time with its offset, like 2025-09-15T16:00:00Z",
});
const exampleId = "3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c";
const text = (max: number) => z.string().max(max, { error: `Use at most ${max} characters` });

const LocalizedInput = (max: number, description: string) =>
  z
    .strictObject({
      en: text(max).meta({ description: "In English." }),
      es: text(max).meta({ description: "In Spanish." }),
    })
    .meta({ description });

/**
 * A hub-written text that once had one (English) column: `{ en, es }` like every other two-language field, or one string
 * as older clients send it, which is kept as the English text (decision 0041).
 */
const OneOrBothLanguages = (max: number, description: string) =>
  z
    .union([
      text(max),
      z.strictObject({
        en: text(max).meta({ description: "In English." }),
        es: text(max).meta({ description: "In Spanish." }),
      }),
    ])
    .meta({ description });

/** Both languages of a `OneOrBothLanguages` field, as the use cases take them (a lone string is the English text). */
export function bothLanguages(value: string | { en: string; es: string } | undefined): {
  en: string | undefined;
  es: string | undefined;
} {
  if (value === undefined) return { en: undefined, es: undefined };
  return typeof value === "string" ? { en: value, es: undefined } : value;
}

export const CourseQuestionBody = z
  .object({
    id: z.string().meta({ description: "The question's id: answers are keyed by it.", examples: ["q-3f9a1c2e"] }),
    kind: z
      .enum(questionKinds)
      .meta({ description: "`text` (a written answer), `choice` (pick one option) or `checkbox` (tick any)." }),
    label: LocalizedText,
    options: z
      .array(
        z.object({
          value: z.string().meta({ description: "What an answer sends.", examples: ["yes"] }),
          label: LocalizedText,
        }),
      )
      .meta({ description: "For `choice` and `checkbox`: the options." }),
    required: z.boolean().meta({ description: "Whether an answer is required." }),
    sensitive: z
      .boolean()
      .meta({ description: "Sensitive answers are seen only by admins and the session's trainers." }),
    retentionMonths: z.number().int().nullable().meta({
      description:
        "Sensitive questions only: months after the session ends that the answers are kept; null follows the hub's period for sensitive answers.",
    }),
  })
  .meta({ id: "CourseQuestion", description: "A question a course asks when people register or apply." });

export const Course = z
  .object({
    id: z.string().meta({ description: "The course's id.", examples: [exampleId] }),
    slug: z.string().meta({ description: "The course's short name in addresses.", examples: ["ips-core-training"] }),
    form: z.enum(courseForms).meta({ description: "The form of IPS training." }),
    title: LocalizedText,
    summary: LocalizedText,
    audience: LocalizedText,
    imageUrl: z.string().nullable().meta({ description: "A picture for the catalog (https), or null." }),
    contactMinutes: z
      .number()
      .int()
      .meta({ description: "Contact time in minutes: classroom, group or online time only.", examples: [2100] }),
    requiresApproval: z.boolean().meta({ description: "True when people apply and an admin decides." }),
    prerequisites: z
      .object({
        mode: z.enum(["all", "any"]).meta({ description: "Whether all of the courses are needed, or any one." }),
        courseIds: z.array(z.string()).meta({ description: "The courses a person must have done first." }),
      })
      .meta({ description: "Courses a person must have done before registering." }),
    questions: z
      .array(CourseQuestionBody)
      .meta({ description: "Questions asked on registering; send answers keyed by question id." }),
    ceCategories: z.array(z.object({ category: z.enum(ceCategories), minutes: z.number().int() })).meta({
      description: "Minutes of the contact time that count in a continuing-education category.",
      examples: [[{ category: "suicide_prevention", minutes: 180 }]],
    }),
    upcomingSessions: z
      .number()
      .int()
      .meta({ description: "Published sessions that have not ended yet.", examples: [2] }),
    archived: z
      .boolean()
      .meta({ description: "Archived courses are hidden from the public list and take no new sessions." }),
  })
  .meta({ id: "Course", description: "A form of IPS training the hub offers; sessions are its runs." });

export const CourseList = z
  .object({
    courses: z
      .array(Course)
      .meta({ description: "Courses in catalog order: by form (Overview, Core, Advanced…), then title." }),
  })
  .meta({ id: "CourseList", description: "The hub's courses." });

export const CourseIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The course's id or slug.", examples: ["ips-core-training"] }),
});

export const CreateCourseRequest = z
  .strictObject({
    slug: z
      .string()
      .max(MAX_SLUG_LENGTH)
      .optional()
      .meta({
        description: "Lowercase words joined by dashes. Made from the English title when left out.",
        examples: ["ips-core-training"],
      }),
    form: z
      .enum(courseForms, { error: `Use one of: ${courseForms.join(", ")}` })
      .meta({ description: "The form of IPS training." }),
    title: LocalizedInput(MAX_COURSE_TITLE_LENGTH, "The title in both languages (both required)."),
    summary: LocalizedInput(MAX_COURSE_SUMMARY_LENGTH, "One or two sentences for the catalog.").optional(),
    description: LocalizedInput(
      MAX_COURSE_DESCRIPTION_LENGTH,
      "What people learn; safe Markdown (no raw HTML).",
    ).optional(),
    audience: LocalizedInput(MAX_COURSE_AUDIENCE_LENGTH, "Who it is for.").optional(),
    imageUrl: z.string().max(MAX_WEB_ADDRESS_LENGTH).optional().meta({ description: "An https address of a picture." }),
    contactMinutes: z
      .number({ error: "Give the contact time in whole minutes" })
      .int({ error: "Give the contact time in whole minutes" })
      .meta({
        description: "Contact time in whole minutes (35 hours = 2100).",
        examples: [2100],
      }),
    requiresApproval: z.boolean().optional().meta({ description: "People apply and an admin decides. Default false." }),
    prerequisites: z
      .strictObject({
        mode: z.enum(["all", "any"]).optional().meta({ description: "Default `all`." }),
        courseIds: z
          .array(z.string().max(MAX_ID_LENGTH))
          .max(MAX_PREREQUISITES)
          .meta({ description: "Ids of the courses required first." }),
      })
      .optional(),
    questions: z
      .array(
        z.strictObject({
          kind: z.enum(questionKinds, { error: `Use one of: ${questionKinds.join(", ")}` }),
          label: LocalizedInput(MAX_QUESTION_LABEL_LENGTH, "The question in both languages."),
          options: z
            .array(z.strictObject({ label: LocalizedInput(MAX_OPTION_LABEL_LENGTH, "The option in both languages.") }))
            .max(MAX_OPTIONS)
            .optional(),
          required: z.boolean().optional(),
          sensitive: z
            .boolean()
            .optional()
            .meta({ description: "Answers seen only by admins and the session's trainers." }),
          retentionMonths: z
            .number()
            .int()
            .min(retentionBounds.months.min)
            .max(retentionBounds.months.max)
            .nullable()
            .optional()
            .meta({
              description:
                "Sensitive questions only: months after the session ends that the answers are kept, instead of the hub's period for sensitive answers. Omitted or null: the hub's period.",
            }),
        }),
      )
      .max(MAX_QUESTIONS)
      .optional(),
    ceCategories: z
      .array(
        z.strictObject({
          category: z.enum(ceCategories, { error: `Use one of: ${ceCategories.join(", ")}` }),
          minutes: z.number().int().min(0),
        }),
      )
      .max(ceCategories.length)
      .optional()
      .meta({
        description: "Minutes of the contact time that count in a CE category; together at most `contactMinutes`.",
      }),
  })
  .meta({
    id: "CreateCourseRequest",
    description: "A course to add.",
    examples: [
      {
        form: "co_reflection",
        title: { en: "IPS Co-reflection", es: "Co-reflexión en IPS" },
        summary: {
          en: "Reflect on your practice with peers, using the IPS framework.",
          es: "Reflexiona sobre tu práctica con tus pares, con el marco de IPS.",
        },
        contactMinutes: 240,
        ceCategories: [{ category: "peer_support_recovery", minutes: 240 }],
      },
    ],
  });

const MeetingInput = z.strictObject({
  startsAt: timestamp.meta({ description: "When the meeting starts (RFC 3339)." }),
  endsAt: timestamp.meta({ description: "When it ends." }),
  breaks: z
    .array(z.strictObject({ startsAt: timestamp, endsAt: timestamp }))
    .max(MAX_BREAKS)
    .optional()
    .meta({ description: "Breaks inside the meeting, which are not contact time." }),
});

export const CreateSessionRequest = z
  .strictObject({
    courseId: z
      .string()
      .max(MAX_ID_LENGTH)
      .optional()
      .meta({ description: "The course's id. Give this or `courseSlug`.", examples: [exampleId] }),
    courseSlug: z
      .string()
      .max(MAX_ID_LENGTH)
      .optional()
      .meta({ description: "The course's slug, instead of its id.", examples: ["ips-core-training"] }),
    timezone: z
      .string()
      .max(MAX_ID_LENGTH)
      .meta({
        description: "The IANA time zone the meetings are planned in; dates are shown to people in it.",
        examples: ["America/Los_Angeles"],
      }),
    meetings: z
      .array(MeetingInput)
      .min(1, { error: "Give at least one meeting" })
      .max(MAX_MEETINGS, { error: `At most ${MAX_MEETINGS} meetings` })
      .meta({
        description: "Every meeting, in any order; they may not overlap.",
      }),
    format: z.enum(sessionFormats, { error: "Use in_person, online or hybrid" }).meta({
      description:
        "`in_person` and `hybrid` need `venueName` and `venueAddress`; `online` and `hybrid` need `joinUrl`.",
    }),
    capacity: z
      .number({ error: "Give the number of seats" })
      .int()
      .meta({ description: `Seats in all, reserved ones included (1 to ${MAX_CAPACITY}).`, examples: [20] }),
    offerHoldHours: z
      .number()
      .int()
      .optional()
      .meta({
        description: `How long a seat offered from the waitlist is held (at least ${MIN_OFFER_HOLD_HOURS}). Default 48.`,
        examples: [48],
      }),
    status: z
      .enum(["draft", "published"], { error: "Use draft or published" })
      .optional()
      .meta({ description: "Default `draft`. A published session needs a lead trainer." }),
    language: z.enum(["en", "es"]).optional().meta({ description: "The language it is taught in. Default `en`." }),
    venueName: text(MAX_VENUE_NAME_LENGTH).optional(),
    venueAddress: text(MAX_VENUE_ADDRESS_LENGTH).optional(),
    accessibilityNotes: OneOrBothLanguages(
      MAX_SESSION_NOTE_LENGTH,
      "Access to the place and the session: step-free entry, captions, quiet room… " +
        "Either `{ en, es }` or, as before, one string, which is the English text.",
    ).optional(),
    joinUrl: text(MAX_WEB_ADDRESS_LENGTH)
      .optional()
      .meta({ description: "The video link (https). Shown only to confirmed participants and the trainers." }),
    joinDetails: OneOrBothLanguages(
      MAX_SESSION_NOTE_LENGTH,
      "Meeting ID, passcode or phone number; shown like `joinUrl`. " +
        "Either `{ en, es }` or, as before, one string, which is the English text.",
    ).optional(),
    reservedPartnerSeats: z
      .number()
      .int()
      .optional()
      .meta({ description: "Seats held for one partner's staff. Default 0." }),
    reservedOrganizationId: z
      .string()
      .max(MAX_ID_LENGTH)
      .optional()
      .meta({ description: "The partner organization those seats are held for." }),
    reservedScholarshipSeats: z
      .number()
      .int()
      .optional()
      .meta({ description: "Seats held for scholarship recipients. Default 0." }),
    registrationOpensAt: timestamp
      .optional()
      .meta({ description: "When registration opens; default as soon as it is published." }),
    registrationClosesAt: timestamp
      .optional()
      .meta({ description: "When registration closes (no later than the first meeting); default when it starts." }),
    cancelCutoffHours: z.number().int().optional().meta({
      description: "People may cancel themselves until this many hours before the first meeting. Default 24.",
    }),
    priceTiers: z
      .array(
        z.strictObject({
          kind: z.enum(priceTierKinds, { error: `Use one of: ${priceTierKinds.join(", ")}` }),
          amountCents: z
            .number()
            .int()
            .min(0)
            .optional()
            .meta({ description: "In cents; for a sliding scale the suggested amount." }),
          minimumCents: z
            .number()
            .int()
            .min(0)
            .optional()
            .meta({ description: "Sliding scale only: the least a person may pay." }),
          organizationId: z
            .string()
            .max(MAX_ID_LENGTH)
            .optional()
            .meta({ description: "Sponsored only: the organization paying." }),
        }),
      )
      .min(1)
      .max(priceTierKinds.length)
      .optional()
      .meta({ description: "Ways to pay, each kind at most once. Default: free." }),
    trainers: z
      .array(z.strictObject({ userId: z.string().max(MAX_ID_LENGTH), role: z.enum(["lead", "co"]) }))
      .max(MAX_TRAINERS)
      .optional()
      .meta({ description: "People holding the trainer role; at least one `lead` once published." }),
    notes: LocalizedInput(MAX_SESSION_NOTE_LENGTH, "Anything else people should know.").optional(),
  })
  .meta({
    id: "CreateSessionRequest",
    description: "A session to schedule: one run of a course.",
    examples: [
      {
        courseSlug: "ips-core-training",
        timezone: "America/Los_Angeles",
        meetings: [
          {
            startsAt: "2025-10-06T16:00:00Z",
            endsAt: "2025-10-06T23:30:00Z",
            breaks: [{ startsAt: "2025-10-06T19:00:00Z", endsAt: "2025-10-06T19:30:00Z" }],
          },
          { startsAt: "2025-10-07T16:00:00Z", endsAt: "2025-10-07T23:30:00Z" },
        ],
        format: "online",
        joinUrl: "https://meet.example.org/ips-core",
        capacity: 20,
        offerHoldHours: 48,
        status: "draft",
      },
    ],
  });
