// The in-house report form's text as the use case's input, and back: meetings and attendees are typed one a line, so
// the form works without JavaScript and a long attendee list stays easy to paste. Only the reading of the text is
// here; what makes a good report is the core's check, reached through the use case.
import type { InhouseReportFields, InhouseStatus } from "#core/inhouse-trainings.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { InhouseReportInput } from "#features/inhouse/inhouse-input.ts";
import { invalid, parseInput } from "#features/validation/parse-input.ts";
import type { FieldError } from "#platform/app-error.ts";

export type InhouseFormValues = {
  organizationId: string;
  courseId: string;
  timeZone: string;
  format: string;
  language: string;
  meetings: string;
  attendees: string;
  respondents: string;
  summary: string;
};

const formFieldNames = [
  "organizationId",
  "courseId",
  "timeZone",
  "format",
  "language",
  "meetings",
  "attendees",
  "respondents",
  "summary",
] as const;

export function inhouseFormValues(fields: Record<string, string>): InhouseFormValues {
  return Object.fromEntries(formFieldNames.map((name) => [name, fields[name] ?? ""])) as InhouseFormValues;
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** A whole number as typed, or NaN: a word where a number belongs is a problem to name, not a zero. */
function wholeNumber(text: string): number {
  return /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

/**
 * The typed text as the use case's input. Meetings: "2026-03-02 09:00 12:00" a line. Attendees:
 * "Name; email; minutes at meeting 1; minutes at meeting 2 …" a line. Text that is not a number where minutes belong
 * is refused here, at its line; everything else goes to the use case as typed, for its checks to judge.
 */
export function inhouseInputOf(values: InhouseFormValues): InhouseReportInput {
  const errors: FieldError[] = [];
  const meetings = lines(values.meetings).map((line) => {
    const [date = "", startTime = "", endTime = ""] = line.split(/\s+/);
    return { date, startTime, endTime };
  });
  const attendees = lines(values.attendees).map((line, index) => {
    const [name = "", email = "", ...rest] = line.split(";").map((part) => part.trim());
    const minutes = rest
      .flatMap((part) => part.split(/\s+/))
      .filter((part) => part.length > 0)
      .map(wholeNumber);
    if (minutes.some((value) => Number.isNaN(value)))
      errors.push({ path: `attendees.${index}.minutes`, message: "inhouse.problem.bad_minutes" });
    return { name, email, minutes };
  });
  const respondents = values.respondents.trim() === "" ? 0 : wholeNumber(values.respondents);
  if (Number.isNaN(respondents))
    errors.push({ path: "evaluation.respondents", message: "inhouse.problem.bad_respondents" });
  if (errors.length) throw invalid(errors);
  // Lengths, the format and the language are the input schema's; a refusal of it is a field error, not a failure.
  return parseInput(InhouseReportInput, {
    organizationId: values.organizationId,
    courseId: values.courseId,
    timeZone: values.timeZone,
    format: values.format,
    language: values.language,
    meetings,
    attendees,
    evaluation: { respondents, summary: values.summary },
  });
}

/** A saved report's fields as the form's text, for correcting it. */
export function inhouseValuesOf(organizationId: string, fields: InhouseReportFields): InhouseFormValues {
  return {
    organizationId,
    courseId: fields.courseId,
    timeZone: fields.timeZone,
    format: fields.format,
    language: fields.language,
    meetings: fields.meetings.map((m) => `${m.date} ${m.startTime} ${m.endTime}`).join("\n"),
    attendees: fields.attendees.map((a) => [a.name, a.email, ...a.minutes].join("; ")).join("\n"),
    respondents: String(fields.evaluation.respondents),
    summary: fields.evaluation.summary,
  };
}

/** Field errors at "meetings.2.endTime" or "attendees.0.email" shown on their textarea, each with its line number. */
export function groupInhouseErrors(
  errors: Record<string, string | undefined>,
  lineLabel: (line: number, message: string) => string,
): Record<string, string | undefined> {
  const grouped: Record<string, string[]> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!message) continue;
    const [head = "", index] = path.split(".");
    const field =
      head === "evaluation" ? (path.endsWith("summary") ? "summary" : "respondents") : head === "" ? "form" : head;
    const text =
      (head === "meetings" || head === "attendees") && index !== undefined && /^\d+$/.test(index)
        ? lineLabel(Number(index) + 1, message)
        : message;
    (grouped[field] ??= []).push(text);
  }
  return Object.fromEntries(Object.entries(grouped).map(([field, list]) => [field, list.join(" ")]));
}

export const inhouseStatusKeys: Record<InhouseStatus, MessageKey> = {
  draft: "inhouse.status.draft",
  submitted: "inhouse.status.submitted",
  changes_requested: "inhouse.status.changes_requested",
  approved: "inhouse.status.approved",
  declined: "inhouse.status.declined",
};
