// The one definition of each circle input: the pages and the API both parse with these (decision 0017).
import { z } from "zod";
import { DEFAULT_MAX_MEMBERS, DEFAULT_MIN_MEMBERS, LARGEST_CIRCLE, SMALLEST_CIRCLE } from "#core/circles.ts";
import { MAX_INTERVAL, MAX_OCCURRENCES, recurrenceFrequencies } from "#core/circle-recurrence.ts";
import { isLocalDate, isLocalTime } from "#core/local-time.ts";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { isSupportedTimeZone } from "#core/time-zones.ts";
import { circleJoinPolicies, circleRsvpAnswers } from "#db/schema/circles.ts";
import { emailAddress, optionalText, problem, requiredText, webAddress } from "#features/validation/parse-input.ts";

export const MAX_CIRCLE_NAME = 120;
export const MAX_CIRCLE_DESCRIPTION = 2000;
export const MAX_AGREEMENT = 10_000;
export const MAX_INVITES_AT_ONCE = 20;
export const MAX_ARCHIVE_REASON = 500;
export const reminderChoices = [0, 60, 1440] as const;

const whole = (min: number, max: number, key: Parameters<typeof problem>[0]) =>
  z.coerce.number(problem(key)).int(problem(key)).min(min, problem(key)).max(max, problem(key));

const timeZone = z
  .string()
  .trim()
  .refine((zone) => isSupportedTimeZone(zone), problem("circles.errors.timeZone"));

export const circleInput = z
  .object({
    name: requiredText(MAX_CIRCLE_NAME, problem("circles.errors.nameMissing"), problem("circles.errors.nameTooLong")),
    description: optionalText(MAX_CIRCLE_DESCRIPTION, problem("circles.errors.descriptionTooLong")).default(null),
    language: z.enum(["en", "es"], problem("circles.errors.language")),
    minMembers: whole(SMALLEST_CIRCLE, LARGEST_CIRCLE, "circles.errors.size").default(DEFAULT_MIN_MEMBERS),
    maxMembers: whole(SMALLEST_CIRCLE, LARGEST_CIRCLE, "circles.errors.size").default(DEFAULT_MAX_MEMBERS),
    joinPolicy: z.enum(circleJoinPolicies, problem("circles.errors.joinPolicy")).default("invitation"),
    timeZone,
    place: optionalText(300, problem("circles.errors.placeTooLong")).default(null),
    videoUrl: webAddress({ httpsOnly: true, wrong: problem("circles.errors.videoUrl") }).default(null),
  })
  .refine((c) => c.minMembers <= c.maxMembers, { path: ["maxMembers"], message: problem("circles.errors.sizeOrder") });
export type CircleInput = z.input<typeof circleInput>;

export const inviteInput = z.object({
  emails: z
    .array(emailAddress(problem("circles.errors.email")))
    .min(1, problem("circles.errors.emailsMissing"))
    .max(MAX_INVITES_AT_ONCE, problem("circles.errors.tooManyEmails")),
  locale: z.enum(["en", "es"], problem("circles.errors.language")).optional(),
});

export const scheduleInput = z.object({
  frequency: z.enum([...recurrenceFrequencies, "once"], problem("circles.errors.frequency")),
  interval: whole(1, MAX_INTERVAL, "circles.errors.interval").default(1),
  firstDate: z.string().refine(isLocalDate, problem("circles.errors.date")),
  startTime: z.string().refine(isLocalTime, problem("circles.errors.time")),
  durationMinutes: whole(15, 360, "circles.errors.duration").default(90),
  count: whole(1, MAX_OCCURRENCES, "circles.errors.count").default(12),
});
export type ScheduleInput = z.input<typeof scheduleInput>;

export const moveInput = z.object({
  date: z.string().refine(isLocalDate, problem("circles.errors.date")),
  startTime: z.string().refine(isLocalTime, problem("circles.errors.time")),
  durationMinutes: whole(15, 360, "circles.errors.duration").default(90),
});

export const rsvpInput = z.object({ answer: z.enum(circleRsvpAnswers, problem("circles.errors.answer")) });

/** A prompt from the library for one meeting; empty or null goes back to the library's prompt in turn. */
export const meetingPromptInput = z.object({
  promptId: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string(problem("circles.errors.prompt")).trim().max(MAX_ID_LENGTH, problem("circles.errors.prompt")).nullable(),
  ),
});

export const agreementInput = z.object({
  body: requiredText(
    MAX_AGREEMENT,
    problem("circles.errors.agreementMissing"),
    problem("circles.errors.agreementTooLong"),
  ),
});

export const reminderInput = z.object({
  minutes: z.coerce
    .number()
    .refine((m) => (reminderChoices as readonly number[]).includes(m), problem("circles.errors.reminder")),
});

/** Why a circle is archived, in the organizer's or admin's own words; optional, shown to its members. */
export const archiveInput = z.object({
  reason: optionalText(MAX_ARCHIVE_REASON, problem("circles.errors.archiveReasonTooLong")).default(null),
});

/** An organizer's answer to a request to join. */
export const joinRequestAnswerInput = z.object({
  admit: z.boolean(problem("circles.errors.admit")),
});
