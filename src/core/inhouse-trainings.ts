// In-house trainings (C7): what an organizational trainer reports about a training they ran for their organization, the
// review it goes through, and which attendees complete. Fixed fields, so every partner reports the same thing.
// Pure: the caller passes the courses, the clock and the checks for zones and addresses.
import { completionFor, type CompletionResult, type CompletionRules, type Meeting } from "./completion.ts";
import { isLocalDate, isLocalTime, zonedToUtc } from "./local-time.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "./names.ts";
import { MAX_EMAIL_LENGTH } from "./limits.ts";

export const inhouseStatuses = ["draft", "submitted", "changes_requested", "approved", "declined"] as const;
export type InhouseStatus = (typeof inhouseStatuses)[number];
export const inhouseActions = ["edit", "submit", "request_changes", "approve", "decline"] as const;
export type InhouseAction = (typeof inhouseActions)[number];

export const MAX_INHOUSE_MEETINGS = 30;
export const MAX_INHOUSE_ATTENDEES = 200;
export const MAX_INHOUSE_EVALUATION_LENGTH = 4000;
export const MAX_INHOUSE_MESSAGE_LENGTH = 2000;
export const inhouseFormats = ["in_person", "online", "hybrid"] as const;
export const inhouseLanguages = ["en", "es"] as const;

/**
 * The fixed fields of a report, as the trainer typed them (local dates and times in the training's zone), so the
 * trainer can come back and correct them after the hub asks for changes.
 */
export type InhouseReportFields = {
  courseId: string;
  timeZone: string;
  format: (typeof inhouseFormats)[number];
  language: (typeof inhouseLanguages)[number];
  meetings: { date: string; startTime: string; endTime: string }[];
  /** Minutes present at each meeting, in the meetings' order. */
  attendees: { name: string; email: string; minutes: number[] }[];
  evaluation: {
    /** How many attendees answered the organization's own evaluation. */
    respondents: number;
    summary: string;
  };
};

export type InhouseProblemCode =
  | "unknown_course"
  | "bad_time_zone"
  | "no_meetings"
  | "too_many_meetings"
  | "bad_date"
  | "bad_time"
  | "end_before_start"
  | "overlapping_meetings"
  | "not_past"
  | "no_attendees"
  | "too_many_attendees"
  | "bad_name"
  | "bad_email"
  | "duplicate_attendee"
  | "minutes_per_meeting"
  | "bad_minutes"
  | "minutes_over_meeting"
  | "bad_respondents"
  | "summary_required"
  | "summary_too_long";

/** A problem names its field as a path ("meetings.2.endTime", "attendees.0.email") so a form can show it in place. */
export type InhouseProblem = { field: string; code: InhouseProblemCode };

export type CheckedMeeting = { position: number; startsAt: Date; endsAt: Date };

export type InhouseCheckContext = {
  now: Date;
  courseIds: ReadonlySet<string>;
  isTimeZone: (zone: string) => boolean;
  isEmail: (value: string) => boolean;
};

export type InhouseCheck =
  | { ok: true; meetings: CheckedMeeting[]; problems: [] }
  | { ok: false; meetings: CheckedMeeting[]; problems: InhouseProblem[] };

const MINUTE = 60_000;

/** Every problem with a report, each at its field; a report with none may be submitted (and approved). */
export function checkInhouseReport(fields: InhouseReportFields, context: InhouseCheckContext): InhouseCheck {
  const problems: InhouseProblem[] = [];
  const problem = (field: string, code: InhouseProblemCode) => problems.push({ field, code });
  if (!context.courseIds.has(fields.courseId)) problem("courseId", "unknown_course");
  const zoneOk = context.isTimeZone(fields.timeZone);
  if (!zoneOk) problem("timeZone", "bad_time_zone");

  const meetings: CheckedMeeting[] = [];
  if (fields.meetings.length === 0) problem("meetings", "no_meetings");
  if (fields.meetings.length > MAX_INHOUSE_MEETINGS) problem("meetings", "too_many_meetings");
  fields.meetings.slice(0, MAX_INHOUSE_MEETINGS).forEach((meeting, index) => {
    const at = `meetings.${index}`;
    const dateOk = isLocalDate(meeting.date);
    if (!dateOk) problem(`${at}.date`, "bad_date");
    const startOk = isLocalTime(meeting.startTime);
    const endOk = isLocalTime(meeting.endTime);
    if (!startOk) problem(`${at}.startTime`, "bad_time");
    if (!endOk) problem(`${at}.endTime`, "bad_time");
    if (!dateOk || !startOk || !endOk || !zoneOk) return;
    const startsAt = zonedToUtc({ date: meeting.date, time: meeting.startTime }, fields.timeZone);
    const endsAt = zonedToUtc({ date: meeting.date, time: meeting.endTime }, fields.timeZone);
    if (!startsAt || !endsAt) return problem(`${at}.date`, "bad_date");
    if (endsAt <= startsAt) return problem(`${at}.endTime`, "end_before_start");
    // A report is of a training that happened: every meeting has ended.
    if (endsAt > context.now) return problem(`${at}.date`, "not_past");
    meetings.push({ position: index + 1, startsAt, endsAt });
  });
  const ordered = [...meetings].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < ordered.length; i += 1)
    if (ordered[i]!.startsAt < ordered[i - 1]!.endsAt)
      problem(`meetings.${ordered[i]!.position - 1}.startTime`, "overlapping_meetings");
  const meetingsOk = meetings.length === fields.meetings.length && fields.meetings.length > 0;

  if (fields.attendees.length === 0) problem("attendees", "no_attendees");
  if (fields.attendees.length > MAX_INHOUSE_ATTENDEES) problem("attendees", "too_many_attendees");
  const seen = new Set<string>();
  fields.attendees.slice(0, MAX_INHOUSE_ATTENDEES).forEach((attendee, index) => {
    const at = `attendees.${index}`;
    const name = attendee.name.trim();
    if (!name || name.length > MAX_CHOSEN_NAME_LENGTH) problem(`${at}.name`, "bad_name");
    const email = attendee.email.trim().toLowerCase();
    if (!email || email.length > MAX_EMAIL_LENGTH || !context.isEmail(email)) problem(`${at}.email`, "bad_email");
    else if (seen.has(email)) problem(`${at}.email`, "duplicate_attendee");
    seen.add(email);
    if (attendee.minutes.length !== fields.meetings.length) return problem(`${at}.minutes`, "minutes_per_meeting");
    attendee.minutes.forEach((minutes, position) => {
      if (!Number.isInteger(minutes) || minutes < 0) return problem(`${at}.minutes.${position}`, "bad_minutes");
      const meeting = meetingsOk ? meetings[position] : undefined;
      if (meeting && minutes > lengthMinutes(meeting)) problem(`${at}.minutes.${position}`, "minutes_over_meeting");
    });
  });

  const { respondents, summary } = fields.evaluation;
  if (!Number.isInteger(respondents) || respondents < 0 || respondents > fields.attendees.length)
    problem("evaluation.respondents", "bad_respondents");
  if (!summary.trim()) problem("evaluation.summary", "summary_required");
  else if (summary.length > MAX_INHOUSE_EVALUATION_LENGTH) problem("evaluation.summary", "summary_too_long");

  return problems.length === 0 ? { ok: true, meetings, problems: [] } : { ok: false, meetings, problems };
}

function lengthMinutes(meeting: { startsAt: Date; endsAt: Date }): number {
  return Math.floor((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / MINUTE);
}

/**
 * Each attendee's completion under the course's own rules, exactly as for a hub session: the organizational trainer's
 * report stands as the trainer's sign-off, the hub's approval as its acceptance.
 */
export function inhouseOutcomes(
  meetings: readonly CheckedMeeting[],
  attendees: InhouseReportFields["attendees"],
  rules: CompletionRules,
): { email: string; name: string; result: CompletionResult }[] {
  const asMeetings: Meeting[] = meetings.map((meeting) => ({
    id: String(meeting.position),
    position: meeting.position,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    breaks: [],
  }));
  return attendees.map((attendee) => ({
    email: attendee.email.trim().toLowerCase(),
    name: attendee.name.trim(),
    result: completionFor({
      meetings: asMeetings,
      attendance: attendee.minutes.map((minutesPresent, index) => ({ meetingId: String(index + 1), minutesPresent })),
      rules,
      signedOff: true,
    }),
  }));
}

const transitions: Record<InhouseAction, { from: readonly InhouseStatus[]; to: InhouseStatus }> = {
  edit: { from: ["draft", "changes_requested"], to: "draft" },
  submit: { from: ["draft", "changes_requested"], to: "submitted" },
  request_changes: { from: ["submitted"], to: "changes_requested" },
  approve: { from: ["submitted"], to: "approved" },
  decline: { from: ["submitted"], to: "declined" },
};

/** The status an action leads to, or null when the report's status does not allow it. */
export function nextInhouseStatus(status: InhouseStatus, action: InhouseAction): InhouseStatus | null {
  const step = transitions[action];
  // Editing a report the hub sent back keeps it "changes requested" until it is submitted again.
  if (action === "edit" && status === "changes_requested") return "changes_requested";
  return step.from.includes(status) ? step.to : null;
}

/** Asking for changes and declining say why, in a message the trainer reads. */
export function inhouseActionNeedsMessage(action: InhouseAction): boolean {
  return action === "request_changes" || action === "decline";
}

/** What the feature looked up about the viewer and one report. */
export type InhouseFacts = {
  isHubAdmin: boolean;
  /** The viewer wrote the report. */
  isReporter: boolean;
};

/**
 * The trainer who wrote a report edits and submits it; the hub (its admins) reviews it. Nobody else sees it: another
 * partner's trainer, and another trainer of the same partner, are told it does not exist.
 */
export function mayActOnInhouseReport(facts: InhouseFacts, action: InhouseAction | "view"): boolean {
  switch (action) {
    case "view":
      return facts.isReporter || facts.isHubAdmin;
    case "edit":
    case "submit":
      return facts.isReporter;
    case "request_changes":
    case "approve":
    case "decline":
      // A report is reviewed by someone other than the person who wrote it, even when that person is an admin.
      return facts.isHubAdmin && !facts.isReporter;
  }
}
