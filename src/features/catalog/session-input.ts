// What a session is made of, as an admin types it (meetings as dates and clock times in the session's zone) or a program
// sends it (meetings as instants): checked once for creating and editing, every problem named by its field.
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { priceTierKinds, sessionFormats, type PriceTier } from "#core/catalog.ts";
import { centsFromAmount } from "#core/decimal-input.ts";
import { isLocalDate, isLocalTime, zonedToUtc } from "#core/local-time.ts";
import {
  MAX_MEETINGS,
  planSchedule,
  scheduleSpan,
  type PlannedMeeting,
  type ScheduledMeeting,
  type ScheduleProblem,
} from "#core/meeting-schedule.ts";
import { DEFAULT_OFFER_HOLD_HOURS, MIN_OFFER_HOLD_HOURS } from "#core/seats.ts";
import { isSupportedTimeZone } from "#core/time-zones.ts";
import { fieldErrorOf, invalid, problem, webAddress } from "#features/validation/parse-input.ts";
import type { FieldError } from "#platform/app-error.ts";
import type { MessageKey } from "#i18n/translate.ts";
import {
  MAX_CANCEL_CUTOFF_HOURS,
  MAX_CAPACITY,
  MAX_ID_LENGTH,
  MAX_OFFER_HOLD_HOURS,
  MAX_PRICE_CENTS,
  MAX_SESSION_NOTE_LENGTH,
  MAX_TRAINERS,
  MAX_VENUE_ADDRESS_LENGTH,
  MAX_VENUE_NAME_LENGTH,
} from "#core/limits.ts";

export const DEFAULT_CANCEL_CUTOFF_HOURS = 24;

/** A whole number typed into a form ("12") or sent as a number; empty means "not given". */
const wholeNumber = (min: number, max: number, wrong: MessageKey) =>
  z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value),
    z.number(wrong).int(wrong).min(min, wrong).max(max, wrong),
  );

/** Optional text: trimmed, empty stored as null. */
const optional = (max: number, tooLong: MessageKey) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .nullish()
    .transform((value) => (value ? value : null));

/**
 * Money: a number is whole cents (what programs send); text is an amount as a person types it ("250", "12.50"),
 * turned into cents here.
 */
const money = (wrong: MessageKey) =>
  z.union([z.number(), z.string()], wrong).transform((value, ctx) => {
    const cents =
      typeof value === "number" ? (Number.isInteger(value) && value >= 0 ? value : null) : centsFromAmount(value);
    if (cents === null || cents > MAX_PRICE_CENTS) {
      ctx.addIssue({ code: "custom", message: wrong });
      return z.NEVER;
    }
    return cents;
  });

const priceTierInput = z.object({
  kind: z.enum(priceTierKinds, problem("sessions.errors.priceKind")),
  amountCents: money(problem("sessions.errors.amount")).optional(),
  minimumCents: money(problem("sessions.errors.amount")).optional(),
  organizationId: z.string().trim().max(MAX_ID_LENGTH).nullish(),
});

const trainerInput = z.object({
  userId: z.string().trim().min(1).max(MAX_ID_LENGTH),
  role: z.enum(["lead", "co"], problem("sessions.errors.trainerRole")),
});

/** A meeting as a form sends it: a date and clock times in the session's zone; breaks as "12:00-12:45, 15:00-15:15". */
export type LocalMeetingInput = {
  date: string;
  startTime: string;
  endTime: string;
  breaks?: string | Array<{ startTime: string; endTime: string }>;
};
/** A meeting as a program sends it: RFC 3339 instants. */
export type InstantMeetingInput = {
  startsAt: string;
  endsAt: string;
  breaks?: Array<{ startsAt: string; endsAt: string }>;
};
export type MeetingInput = LocalMeetingInput | InstantMeetingInput;

/**
 * A session as input. In `meetings` and `priceTiers`, null stands for a form row left blank, so the other rows keep
 * their numbers and every message lands beside the row it is about.
 */
const sessionFields = z.object({
  courseId: z.string().trim().max(MAX_ID_LENGTH).optional(),
  courseSlug: z.string().trim().max(MAX_ID_LENGTH).optional(),
  status: z.enum(["draft", "published"], problem("sessions.errors.status")).default("draft"),
  timeZone: z
    .string()
    .trim()
    .refine((zone) => isSupportedTimeZone(zone), problem("sessions.errors.timeZone")),
  meetings: z.array(z.unknown()).max(MAX_MEETINGS * 2, problem("sessions.errors.tooManyMeetings")),
  format: z.enum(sessionFormats, problem("sessions.errors.format")),
  language: z.enum(["en", "es"], problem("sessions.errors.language")).default("en"),
  venueName: optional(MAX_VENUE_NAME_LENGTH, problem("sessions.errors.venueNameTooLong")),
  venueAddress: optional(MAX_VENUE_ADDRESS_LENGTH, problem("sessions.errors.venueAddressTooLong")),
  accessibilityNotes: optional(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.accessibilityTooLong")),
  accessibilityNotesEs: optional(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.accessibilityTooLong")),
  joinUrl: webAddress({ httpsOnly: true, wrong: problem("sessions.errors.joinUrl") }).nullish(),
  joinDetails: optional(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.joinDetailsTooLong")),
  joinDetailsEs: optional(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.joinDetailsTooLong")),
  capacity: wholeNumber(1, MAX_CAPACITY, problem("sessions.errors.capacity")),
  reservedPartnerSeats: wholeNumber(0, MAX_CAPACITY, problem("sessions.errors.reservedSeats")).default(0),
  reservedOrganizationId: optional(MAX_ID_LENGTH, problem("sessions.errors.reservedOrganization")),
  reservedScholarshipSeats: wholeNumber(0, MAX_CAPACITY, problem("sessions.errors.reservedSeats")).default(0),
  registrationOpensAt: optional(40, problem("sessions.errors.moment")),
  registrationClosesAt: optional(40, problem("sessions.errors.moment")),
  offerHoldHours: wholeNumber(
    MIN_OFFER_HOLD_HOURS,
    MAX_OFFER_HOLD_HOURS,
    problem("sessions.errors.offerHoldHours"),
  ).default(DEFAULT_OFFER_HOLD_HOURS),
  cancelCutoffHours: wholeNumber(0, MAX_CANCEL_CUTOFF_HOURS, problem("sessions.errors.cancelCutoffHours")).default(
    DEFAULT_CANCEL_CUTOFF_HOURS,
  ),
  priceTiers: z
    .array(priceTierInput.nullable())
    .max(priceTierKinds.length, problem("sessions.errors.priceRepeated"))
    .default([{ kind: "free", amountCents: 0 }]),
  trainers: z.array(trainerInput).max(MAX_TRAINERS, problem("sessions.errors.tooManyTrainers")).default([]),
  notesEn: z.string().trim().max(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.notesTooLong")).default(""),
  notesEs: z.string().trim().max(MAX_SESSION_NOTE_LENGTH, problem("sessions.errors.notesTooLong")).default(""),
});

export type SessionInput = Omit<z.input<typeof sessionFields>, "meetings"> & { meetings: Array<MeetingInput | null> };

export type TrainerAssignment = { userId: string; role: "lead" | "co" };

/** A session's checked fields, everything in UTC and cents, as the create and update use cases write them. */
export type SessionValues = {
  course: { id: string } | { slug: string } | null;
  status: "draft" | "published";
  timeZone: string;
  format: (typeof sessionFormats)[number];
  language: "en" | "es";
  venueName: string | null;
  venueAddress: string | null;
  accessibilityNotes: string | null;
  accessibilityNotesEs: string | null;
  joinUrl: string | null;
  joinDetails: string | null;
  joinDetailsEs: string | null;
  capacity: number;
  reservedPartnerSeats: number;
  reservedOrganizationId: string | null;
  reservedScholarshipSeats: number;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  offerHoldHours: number;
  cancelCutoffHours: number;
  priceTiers: PriceTier[];
  trainers: TrainerAssignment[];
  notesEn: string;
  notesEs: string;
  meetings: ScheduledMeeting[];
  startsAt: Date;
  endsAt: Date;
};

const scheduleMessages: Record<ScheduleProblem["problem"], MessageKey> = {
  ends_before_start: "sessions.errors.endBeforeStart",
  too_long: "sessions.errors.meetingTooLong",
  overlaps: "sessions.errors.meetingsOverlap",
  break_outside: "sessions.errors.breakOutside",
  break_ends_before_start: "sessions.errors.breakFormat",
  breaks_overlap: "sessions.errors.breaksOverlap",
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const str = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** An RFC 3339 instant with its offset ("2025-05-05T16:00:00Z"), or null. */
function instant(value: unknown): Date | null {
  const text = str(value);
  if (!z.iso.datetime({ offset: true }).safeParse(text).success) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A moment as a form sends it (`2025-05-01T09:00`, in the session's zone) or as a program does (an instant with offset). */
export function parseMomentInZone(text: string, timeZone: string): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/.exec(text);
  if (local) return zonedToUtc({ date: local[1]!, time: local[2]! }, timeZone);
  return instant(text);
}

/** "12:00-12:45, 15:00-15:15" (a dash or an en dash) as clock-time pairs, or null when it cannot be read. */
function breakPairs(value: unknown): Array<{ startTime: string; endTime: string }> | null {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value))
    return value.map((pause) => ({
      startTime: str(isRecord(pause) ? pause.startTime : ""),
      endTime: str(isRecord(pause) ? pause.endTime : ""),
    }));
  if (typeof value !== "string") return null;
  const pairs: Array<{ startTime: string; endTime: string }> = [];
  for (const part of value
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!match) return null;
    pairs.push({ startTime: match[1]!.padStart(5, "0"), endTime: match[2]!.padStart(5, "0") });
  }
  return pairs;
}

/** One meeting row to UTC; problems are named by the row's fields. */
function readMeeting(
  raw: unknown,
  index: number,
  timeZone: string | null,
  problems: FieldError[],
): PlannedMeeting | null {
  const at = (field: string) => `meetings.${index}.${field}`;
  if (!isRecord(raw)) {
    problems.push({ path: `meetings.${index}`, message: problem("sessions.errors.meeting") });
    return null;
  }
  if ("startsAt" in raw || "endsAt" in raw) {
    const startsAt = instant(raw.startsAt);
    const endsAt = instant(raw.endsAt);
    if (!startsAt) problems.push({ path: at("startsAt"), message: problem("sessions.errors.instant") });
    if (!endsAt) problems.push({ path: at("endsAt"), message: problem("sessions.errors.instant") });
    const breaks = Array.isArray(raw.breaks)
      ? raw.breaks.map((b) => ({
          startsAt: instant(isRecord(b) ? b.startsAt : null),
          endsAt: instant(isRecord(b) ? b.endsAt : null),
        }))
      : [];
    if (raw.breaks !== undefined && !Array.isArray(raw.breaks))
      problems.push({ path: at("breaks"), message: problem("sessions.errors.instant") });
    if (breaks.some((b) => !b.startsAt || !b.endsAt))
      problems.push({ path: at("breaks"), message: problem("sessions.errors.instant") });
    if (!startsAt || !endsAt || breaks.some((b) => !b.startsAt || !b.endsAt)) return null;
    return { startsAt, endsAt, breaks: breaks as Array<{ startsAt: Date; endsAt: Date }> };
  }
  const date = str(raw.date);
  const startTime = str(raw.startTime);
  const endTime = str(raw.endTime);
  const before = problems.length;
  if (!isLocalDate(date))
    problems.push({
      path: at("date"),
      message: problem(date ? "sessions.errors.date" : "sessions.errors.dateMissing"),
    });
  if (!isLocalTime(startTime))
    problems.push({
      path: at("startTime"),
      message: problem(startTime ? "sessions.errors.time" : "sessions.errors.timeMissing"),
    });
  if (!isLocalTime(endTime))
    problems.push({
      path: at("endTime"),
      message: problem(endTime ? "sessions.errors.time" : "sessions.errors.timeMissing"),
    });
  const pairs = breakPairs(raw.breaks);
  if (!pairs || pairs.some((p) => !isLocalTime(p.startTime) || !isLocalTime(p.endTime)))
    problems.push({ path: at("breaks"), message: problem("sessions.errors.breakFormat") });
  if (problems.length > before || !timeZone || !pairs) return null;
  // Every clock time of a row is on the row's date: trainings do not run past midnight.
  const startsAt = zonedToUtc({ date, time: startTime }, timeZone);
  const endsAt = zonedToUtc({ date, time: endTime }, timeZone);
  if (!startsAt) problems.push({ path: at("startTime"), message: problem("sessions.errors.timeSkipped") });
  if (!endsAt) problems.push({ path: at("endTime"), message: problem("sessions.errors.timeSkipped") });
  const breaks = pairs.map((p) => ({
    startsAt: zonedToUtc({ date, time: p.startTime }, timeZone),
    endsAt: zonedToUtc({ date, time: p.endTime }, timeZone),
  }));
  if (breaks.some((b) => !b.startsAt || !b.endsAt))
    problems.push({ path: at("breaks"), message: problem("sessions.errors.timeSkipped") });
  if (!startsAt || !endsAt || breaks.some((b) => !b.startsAt || !b.endsAt)) return null;
  return { startsAt, endsAt, breaks: breaks as Array<{ startsAt: Date; endsAt: Date }> };
}

/** Where a schedule problem is shown: beside the row's end when the end is wrong, its breaks, or else its start. */
function schedulePath(raw: unknown, index: number, kind: ScheduleProblem["problem"]): string {
  const instants = isRecord(raw) && ("startsAt" in raw || "endsAt" in raw);
  const field = kind.startsWith("break")
    ? "breaks"
    : kind === "ends_before_start" || kind === "too_long"
      ? instants
        ? "endsAt"
        : "endTime"
      : instants
        ? "startsAt"
        : "startTime";
  return `meetings.${index}.${field}`;
}

/**
 * Checks a session's input on its own (no database) and answers its values, or throws one AppError("invalid") naming
 * every field. A new session names its course; an edited one keeps the course it has.
 */
export function checkSessionInput(raw: SessionInput, options: { requireCourse: boolean }): SessionValues {
  const parsed = sessionFields.safeParse(raw);
  const problems: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => fieldErrorOf(issue.path.map(String).join("."), issue.message));
  const named = (value: unknown) => typeof value === "string" && value.trim() !== "";
  if (options.requireCourse && !named(raw.courseId) && !named(raw.courseSlug))
    problems.unshift({ path: "courseId", message: problem("sessions.errors.courseMissing") });
  if (!parsed.success) {
    // Meeting rows are read by hand below; report their problems too, so one round trip shows everything.
    const zone =
      typeof raw.timeZone === "string" && isSupportedTimeZone(raw.timeZone.trim()) ? raw.timeZone.trim() : null;
    if (Array.isArray(raw.meetings))
      raw.meetings.forEach((meeting, index) => meeting !== null && readMeeting(meeting, index, zone, problems));
    throw invalid(problems);
  }
  const session = parsed.data;

  const rows = session.meetings
    .map((meeting, index) => ({ raw: meeting, index }))
    .filter((row) => row.raw !== null && row.raw !== undefined);
  if (rows.length === 0) problems.push({ path: "meetings", message: problem("sessions.errors.meetingsMissing") });
  if (rows.length > MAX_MEETINGS)
    problems.push({ path: "meetings", message: problem("sessions.errors.tooManyMeetings") });
  const planned: Array<{ meeting: PlannedMeeting; raw: unknown; index: number }> = [];
  for (const row of rows) {
    const meeting = readMeeting(row.raw, row.index, session.timeZone, problems);
    if (meeting) planned.push({ meeting, raw: row.raw, index: row.index });
  }
  let meetings: ScheduledMeeting[] = [];
  if (planned.length === rows.length && rows.length > 0) {
    const plan = planSchedule(planned.map((p) => p.meeting));
    if (plan.ok) meetings = plan.meetings;
    else
      for (const { index, problem: kind } of plan.problems)
        problems.push({
          path: schedulePath(planned[index]!.raw, planned[index]!.index, kind),
          message: scheduleMessages[kind],
        });
  }

  const inPerson = session.format === "in_person" || session.format === "hybrid";
  const online = session.format === "online" || session.format === "hybrid";
  if (inPerson && !session.venueName)
    problems.push({ path: "venueName", message: problem("sessions.errors.venueNameMissing") });
  if (inPerson && !session.venueAddress)
    problems.push({ path: "venueAddress", message: problem("sessions.errors.venueAddressMissing") });
  if (online && !session.joinUrl)
    problems.push({ path: "joinUrl", message: problem("sessions.errors.joinUrlMissing") });

  if (session.reservedPartnerSeats > 0 && !session.reservedOrganizationId)
    problems.push({ path: "reservedOrganizationId", message: problem("sessions.errors.reservedOrganization") });
  if (session.reservedPartnerSeats + session.reservedScholarshipSeats > session.capacity) {
    problems.push({
      path: session.reservedScholarshipSeats > 0 ? "reservedScholarshipSeats" : "reservedPartnerSeats",
      message: problem("sessions.errors.reservesOverCapacity"),
    });
  }

  const opensAt = session.registrationOpensAt ? parseMomentInZone(session.registrationOpensAt, session.timeZone) : null;
  const closesAt = session.registrationClosesAt
    ? parseMomentInZone(session.registrationClosesAt, session.timeZone)
    : null;
  if (session.registrationOpensAt && !opensAt)
    problems.push({ path: "registrationOpensAt", message: problem("sessions.errors.moment") });
  if (session.registrationClosesAt && !closesAt)
    problems.push({ path: "registrationClosesAt", message: problem("sessions.errors.moment") });
  if (opensAt && closesAt && closesAt <= opensAt)
    problems.push({ path: "registrationClosesAt", message: problem("sessions.errors.closesBeforeOpens") });
  const span = scheduleSpan(meetings);
  if (span && closesAt && closesAt > span.startsAt)
    problems.push({ path: "registrationClosesAt", message: problem("sessions.errors.closesAfterStart") });
  if (span && opensAt && opensAt >= span.startsAt)
    problems.push({ path: "registrationOpensAt", message: problem("sessions.errors.opensAfterStart") });

  const priceTiers: PriceTier[] = [];
  session.priceTiers.forEach((tier, index) => {
    if (!tier) return;
    const at = (field: string) => `priceTiers.${index}.${field}`;
    if (priceTiers.some((t) => t.kind === tier.kind)) {
      problems.push({ path: at("kind"), message: problem("sessions.errors.priceRepeated") });
      return;
    }
    const amount = tier.amountCents;
    if (tier.kind === "free") priceTiers.push({ kind: "free", amountCents: 0 });
    else if (tier.kind === "standard") {
      if (!amount) problems.push({ path: at("amountCents"), message: problem("sessions.errors.standardAmount") });
      else priceTiers.push({ kind: "standard", amountCents: amount });
    } else if (tier.kind === "sponsored") {
      if (!tier.organizationId)
        problems.push({ path: at("organizationId"), message: problem("sessions.errors.sponsorMissing") });
      else priceTiers.push({ kind: "sponsored", amountCents: amount ?? 0, organizationId: tier.organizationId });
    } else {
      const minimum = tier.minimumCents ?? 0;
      if (amount === undefined)
        problems.push({ path: at("amountCents"), message: problem("sessions.errors.suggestedMissing") });
      else if (minimum > amount)
        problems.push({ path: at("minimumCents"), message: problem("sessions.errors.minimumOverSuggested") });
      else priceTiers.push({ kind: "sliding_scale", amountCents: amount, minimumCents: minimum });
    }
  });
  if (session.priceTiers.every((tier) => !tier))
    problems.push({ path: "priceTiers", message: problem("sessions.errors.priceMissing") });

  const trainerIds = session.trainers.map((t) => t.userId);
  if (new Set(trainerIds).size !== trainerIds.length)
    problems.push({ path: "trainers", message: problem("sessions.errors.trainerRepeated") });
  // A draft may wait for its trainers; once people can register, someone leads it.
  else if (
    (session.trainers.length > 0 || session.status === "published") &&
    !session.trainers.some((t) => t.role === "lead")
  ) {
    problems.push({ path: "trainers", message: problem("sessions.errors.leadMissing") });
  }

  const course = session.courseId ? { id: session.courseId } : session.courseSlug ? { slug: session.courseSlug } : null;
  if (problems.length || !span) throw invalid(problems);
  return {
    course,
    status: session.status,
    timeZone: session.timeZone,
    format: session.format,
    language: session.language,
    venueName: inPerson ? session.venueName : null,
    venueAddress: inPerson ? session.venueAddress : null,
    accessibilityNotes: session.accessibilityNotes,
    accessibilityNotesEs: session.accessibilityNotesEs,
    joinUrl: online ? (session.joinUrl ?? null) : null,
    joinDetails: online ? session.joinDetails : null,
    joinDetailsEs: online ? session.joinDetailsEs : null,
    capacity: session.capacity,
    reservedPartnerSeats: session.reservedPartnerSeats,
    reservedOrganizationId: session.reservedPartnerSeats > 0 ? session.reservedOrganizationId : null,
    reservedScholarshipSeats: session.reservedScholarshipSeats,
    registrationOpensAt: opensAt,
    registrationClosesAt: closesAt,
    offerHoldHours: session.offerHoldHours,
    cancelCutoffHours: session.cancelCutoffHours,
    priceTiers,
    trainers: session.trainers,
    notesEn: session.notesEn,
    notesEs: session.notesEs,
    meetings,
    startsAt: span.startsAt,
    endsAt: span.endsAt,
  };
}

/**
 * The checks that need the database: the course exists and is not archived, the reserved and sponsoring organizations
 * exist, and every trainer holds the trainer role. Answers the course's id, or throws AppError("invalid").
 */
export async function checkSessionReferences(
  tx: Executor,
  values: SessionValues,
  options: { requireCourse: boolean },
): Promise<{ courseId: string | null }> {
  const problems: FieldError[] = [];
  let courseId: string | null = null;
  if (options.requireCourse) {
    const path = values.course && "slug" in values.course ? "courseSlug" : "courseId";
    if (values.course) {
      const where =
        "id" in values.course ? eq(schema.course.id, values.course.id) : eq(schema.course.slug, values.course.slug);
      const [course] = await tx
        .select({ id: schema.course.id, archivedAt: schema.course.archivedAt })
        .from(schema.course)
        .where(where);
      if (!course) problems.push({ path, message: problem("sessions.errors.courseUnknown") });
      else if (course.archivedAt) problems.push({ path, message: problem("sessions.errors.courseArchived") });
      else courseId = course.id;
    }
  }
  const organizationIds = [
    values.reservedOrganizationId,
    ...values.priceTiers.map((tier) => tier.organizationId ?? null),
  ].filter((id): id is string => Boolean(id));
  if (organizationIds.length) {
    const found = new Set(
      (
        await tx
          .select({ id: schema.organization.id })
          .from(schema.organization)
          .where(inArray(schema.organization.id, organizationIds))
      ).map((row) => row.id),
    );
    if (values.reservedOrganizationId && !found.has(values.reservedOrganizationId))
      problems.push({ path: "reservedOrganizationId", message: problem("sessions.errors.organizationUnknown") });
    values.priceTiers.forEach((tier, index) => {
      if (tier.organizationId && !found.has(tier.organizationId))
        problems.push({
          path: `priceTiers.${index}.organizationId`,
          message: problem("sessions.errors.organizationUnknown"),
        });
    });
  }
  if (values.trainers.length) {
    const trainers = await tx
      .select({ userId: schema.roleGrant.userId })
      .from(schema.roleGrant)
      .where(
        and(
          eq(schema.roleGrant.role, "trainer"),
          inArray(
            schema.roleGrant.userId,
            values.trainers.map((t) => t.userId),
          ),
        ),
      );
    const holding = new Set(trainers.map((row) => row.userId));
    if (values.trainers.some((t) => !holding.has(t.userId)))
      problems.push({ path: "trainers", message: problem("sessions.errors.notATrainer") });
  }
  if (problems.length) throw invalid(problems);
  return { courseId };
}
