// The circles API shapes: a circle as its members see it, meetings with the caller's own answer, and the requests
// (derived from the use cases' own schemas, decision 0017).
import { z } from "zod";
import "zod-openapi";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { circleRsvpAnswers } from "#db/schema/circles.ts";
import {
  agreementInput,
  archiveInput,
  circleInput,
  inviteInput,
  joinRequestAnswerInput,
  meetingPromptInput,
  moveInput,
  reminderInput,
  rsvpInput,
  scheduleInput,
} from "#features/circles/circle-input.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2026-03-04T02:00:00.000Z"] });
const idField = (description: string) =>
  z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description, examples: ["3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"] });

export const CircleIdParams = z.object({ id: idField("The circle's id.") });
export const CircleMeetingParams = z.object({
  id: idField("The circle's id."),
  meetingId: idField("The meeting's id (one date of the circle)."),
});

export const CircleRequest = circleInput.meta({
  id: "CircleRequest",
  description:
    "A new circle. `minMembers`/`maxMembers` default to 4 and 12; `joinPolicy` is `invitation` (default) or `request`; " +
    "`timeZone` is an IANA zone that meetings are set in; `place` and `videoUrl` are shown to members only.",
  examples: [
    {
      name: "Tuesday evening circle",
      description: "Peer supporters reflecting together.",
      language: "en",
      timeZone: "America/Los_Angeles",
      videoUrl: "https://video.example.org/tuesday",
    },
  ],
});

export const CircleSummary = z
  .object({
    id: idField("The circle's id."),
    name: z.string(),
    description: z.string(),
    language: z.enum(["en", "es"]),
    memberCount: z.number().int(),
    maxMembers: z.number().int(),
    meetingCount: z.number().int().meta({ description: "Meetings held or planned, not counting cancelled ones." }),
  })
  .meta({ id: "CircleSummary", description: "A circle as anyone who may know of it sees it: no member names." });

export const CircleList = z
  .object({
    circles: z.array(CircleSummary).meta({ description: "The circles you are a member of." }),
    invitations: z
      .array(
        z.object({
          id: idField("The invitation's id."),
          circleId: idField("The circle's id."),
          circleName: z.string(),
        }),
      )
      .meta({ description: "Invitations to your email address waiting for an answer." }),
    requested: z
      .array(CircleSummary)
      .meta({ description: "Circles you asked to join, waiting for an organizer to let you in." }),
    openToRequests: z.array(CircleSummary).meta({
      description: "Circles you are not in that anyone may ask to join (`POST /circles/{id}/join-requests`).",
    }),
    archived: z.array(CircleSummary.extend({ archivedAt: timestamp })).meta({
      description:
        "Archived circles you are a member of, listed apart: their history stays readable, nothing can change. " +
        "For hub admins, every archived circle (to restore one).",
    }),
  })
  .meta({ id: "CircleList" });

export const CircleMeetingPrompt = z
  .object({
    id: idField("The prompt's id in the hub's library."),
    en: z.string().meta({ description: "The prompt in English." }),
    es: z.string().meta({ description: "The prompt in Spanish." }),
    chosen: z.boolean().meta({
      description: "True when the facilitator chose it for this date; false when it is the library's in turn.",
    }),
  })
  .meta({ id: "CircleMeetingPrompt", description: "What the circle reflects on at this meeting." });

export const CircleMeeting = z
  .object({
    id: idField("The meeting's id."),
    startsAt: timestamp,
    endsAt: timestamp,
    status: z.enum(["scheduled", "cancelled"]),
    moved: z.boolean().meta({ description: "True when this one date was moved from where its series put it." }),
    facilitatorId: z.string().nullable(),
    myAnswer: z.enum(circleRsvpAnswers).nullable().meta({ description: "Your answer for this date, if any." }),
    going: z.number().int().meta({ description: "How many members said they are going; never who." }),
    maybe: z.number().int().meta({ description: "How many members said maybe; never who." }),
    prompt: CircleMeetingPrompt.nullable(),
  })
  .meta({ id: "CircleMeeting", description: "One date of a circle; answers belong to a date, never to a series." });

export const CircleDetail = CircleSummary.extend({
  timeZone: z.string(),
  joinPolicy: z.enum(["request", "invitation"]),
  place: z.string().nullable(),
  videoUrl: z.string().nullable(),
  members: z.array(z.object({ userId: z.string(), name: z.string(), organizer: z.boolean() })),
  meetings: z.array(CircleMeeting),
  agreement: z
    .object({ version: z.number().int(), body: z.string(), publishedAt: timestamp, acknowledgedByMe: z.boolean() })
    .nullable()
    .meta({ description: "The version of the group agreement in force, if any." }),
  archivedAt: timestamp.nullable().meta({
    description: "When the circle was archived; null while it is active. An archived circle is read-only.",
  }),
  archiveReason: z.string().nullable().meta({ description: "Why it was archived, if whoever archived it said." }),
}).meta({ id: "CircleDetail", description: "A circle as its members see it." });

export const ScheduleRequest = scheduleInput.meta({
  id: "CircleScheduleRequest",
  description:
    "Meetings to add. `frequency` is `once`, `weekly`, `monthly_weekday` (the same week and weekday as `firstDate`, e.g. first Tuesday) " +
    "or `monthly_date`; `interval` repeats every N weeks or months (3 months is quarterly); `count` is how many dates to store (1–60). " +
    "Times are local to the circle's time zone and stay at that local time across daylight-saving changes.",
  examples: [
    { frequency: "weekly", interval: 1, firstDate: "2026-03-03", startTime: "18:00", durationMinutes: 90, count: 12 },
  ],
});
export const ScheduleResult = z
  .object({ meetingIds: z.array(z.string()), seriesId: z.string().nullable() })
  .meta({ id: "CircleScheduleResult" });

export const InviteRequest = inviteInput.pick({ emails: true }).meta({
  id: "CircleInviteRequest",
  description: "Email addresses to invite; each person gets an email in their own language.",
  examples: [{ emails: ["rosa@example.org"] }],
});
export const InviteResult = z
  .object({ invited: z.array(z.string()), alreadyInvited: z.array(z.string()), alreadyMembers: z.array(z.string()) })
  .meta({ id: "CircleInviteResult" });

export const RsvpRequest = rsvpInput.meta({
  id: "CircleRsvpRequest",
  description: "Your answer for this one date: `going`, `not_going` or `maybe`. It can be changed any time.",
  examples: [{ answer: "going" }],
});
export const RsvpResult = RsvpRequest.meta({ id: "CircleRsvpResult" });

export const InvitationIdParams = z.object({ id: idField("The invitation's id (from `GET /me/circles`).") });

export const InvitationAnswerRequest = z
  .object({ accept: z.boolean().meta({ description: "True to join the circle, false to say no." }) })
  .meta({ id: "CircleInvitationAnswer", examples: [{ accept: true }] });
export const InvitationAnswerResult = z
  .object({ circleId: z.string(), joined: z.boolean() })
  .meta({ id: "CircleInvitationAnswerResult" });

export const MoveRequest = moveInput.meta({
  id: "CircleMoveRequest",
  description:
    "The new local date and start time in the circle's time zone, and the length in minutes (default 90). The meeting keeps its id, so its answers and prompt stay.",
  examples: [{ date: "2026-03-12", startTime: "18:30", durationMinutes: 90 }],
});

export const FacilitatorRequest = z
  .object({ facilitatorId: idField("The member who facilitates this meeting.") })
  .meta({ id: "CircleFacilitatorRequest" });

export const MeetingPromptRequest = meetingPromptInput.meta({
  id: "CircleMeetingPromptRequest",
  description:
    "A prompt id from the hub's library (`GET /reference/prompts` lists them), or `null` to go back to the library's prompt in turn.",
  examples: [{ promptId: "3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c" }, { promptId: null }],
});
export const MeetingPromptResult = z
  .object({ promptId: z.string().nullable() })
  .meta({ id: "CircleMeetingPromptResult" });

export const AttendanceRequest = z
  .object({
    present: z.array(idField("A member who was there.")).max(100).meta({ description: "Members who were there." }),
    absent: z
      .array(idField("A member who was not there."))
      .max(100)
      .optional()
      .meta({ description: "Members to mark as not there (taking back an earlier record)." }),
  })
  .meta({
    id: "CircleAttendanceRequest",
    description:
      "Who came to a meeting that has started. Every member may record themselves; the facilitator or an organizer may record others.",
    examples: [{ present: ["3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"] }],
  });

export const AgreementTextRequest = agreementInput.meta({
  id: "CircleAgreementText",
  description: "The agreement's full text, as plain text with line breaks.",
  examples: [{ body: "What is said here stays here.\nWe speak from our own experience." }],
});

export const AgreementAckRequest = z
  .object({ version: z.number().int().min(1).meta({ description: "The version you read and agree to." }) })
  .meta({ id: "CircleAgreementAck", examples: [{ version: 2 }] });

export const AgreementView = z
  .object({
    current: z
      .object({
        version: z.number().int(),
        body: z.string(),
        publishedAt: timestamp,
        acknowledgedByMe: z.boolean(),
        acknowledgements: z.number().int().meta({ description: "How many members acknowledged it; never who." }),
      })
      .nullable(),
    history: z
      .array(z.object({ version: z.number().int(), body: z.string(), publishedAt: timestamp }))
      .meta({ description: "Earlier versions, newest first, as they were agreed." }),
    openProposals: z.array(
      z.object({ id: z.string(), body: z.string(), proposedBy: z.string().nullable(), createdAt: timestamp }),
    ),
    mayPublish: z.boolean().meta({ description: "Whether you may publish a new version (facilitator or organizer)." }),
  })
  .meta({ id: "CircleAgreement", description: "The circle's group agreement: the version in force and its history." });

export const ProposalCreated = z.object({ id: z.string() }).meta({ id: "CircleAgreementProposalCreated" });
export const VersionPublished = z.object({ version: z.number().int() }).meta({ id: "CircleAgreementPublished" });

export const JoinRequestParams = z.object({
  id: idField("The circle's id."),
  userId: idField("The id of the person who asked to join (from `GET /circles/{id}/join-requests`)."),
});
export const JoinRequestList = z
  .object({
    requests: z.array(z.object({ userId: z.string(), name: z.string(), requestedAt: timestamp })),
  })
  .meta({ id: "CircleJoinRequests", description: "Requests to join waiting for an answer, oldest first." });
export const JoinRequestAnswerRequest = joinRequestAnswerInput.meta({
  id: "CircleJoinRequestAnswer",
  description: "`admit: true` lets the person in (last in the facilitating rotation); `false` turns the request down.",
  examples: [{ admit: true }],
});
export const JoinRequestAnswerResult = z
  .object({ userId: z.string(), admitted: z.boolean() })
  .meta({ id: "CircleJoinRequestAnswerResult" });

export const ReminderRequest = reminderInput.meta({
  id: "CircleReminderRequest",
  description: "Minutes before each meeting to be reminded by email: 0 (no reminder, the default), 60 or 1440.",
  examples: [{ minutes: 60 }],
});

export const ArchiveRequest = archiveInput.meta({
  id: "CircleArchiveRequest",
  description: "Why the circle is archived, in your own words; optional, shown to its members.",
  examples: [{ reason: "We finished our year together." }],
});
export const ArchiveResult = z
  .object({
    archivedAt: timestamp,
    cancelledMeetings: z.number().int().meta({ description: "How many meetings ahead were cancelled." }),
  })
  .meta({ id: "CircleArchiveResult" });
