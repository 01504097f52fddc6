// The circles API shapes: a circle as its members see it, meetings with the caller's own answer, and the requests
// (derived from the use cases' own schemas, decision 0017).
import { z } from "zod";
import "zod-openapi";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { circleRsvpAnswers } from "#db/schema/circles.ts";
import { circleInput, inviteInput, rsvpInput, scheduleInput } from "#features/circles/circle-input.ts";

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
  })
  .meta({ id: "CircleList" });

export const CircleMeeting = z
  .object({
    id: idField("The meeting's id."),
    startsAt: timestamp,
    endsAt: timestamp,
    status: z.enum(["scheduled", "cancelled"]),
    moved: z.boolean().meta({ description: "True when this one date was moved from where its series put it." }),
    facilitatorId: z.string().nullable(),
    myAnswer: z.enum(circleRsvpAnswers).nullable().meta({ description: "Your answer for this date, if any." }),
    going: z.number().int(),
    maybe: z.number().int(),
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
