// Moving in: the rules for importing a hub's past trainings from two spreadsheets (sessions, and their participants).
// Pure: the caller reads the files and looks up courses, people and earlier imports; this decides what each row means
// and names every problem by file, line and column, so a dry run and the real run agree on the same plan.
import { isLocalDate, isLocalTime, zonedToUtc } from "./local-time.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "./names.ts";
import { MAX_EMAIL_LENGTH, MAX_TRAINERS } from "./limits.ts";

export const importFiles = ["sessions", "participants"] as const;
export type ImportFile = (typeof importFiles)[number];

/** The columns of each file, in the order the templates give them; the first ones of each list are required. */
export const sessionColumns = [
  "session_ref",
  "course",
  "dates",
  "start_time",
  "end_time",
  "time_zone",
  "format",
  "language",
  "trainers",
] as const;
export const participantColumns = [
  "session_ref",
  "name",
  "email",
  "minutes_attended",
  "completed",
  "certificate_number",
] as const;
export const requiredSessionColumns = ["session_ref", "course", "dates", "start_time", "end_time"] as const;
export const requiredParticipantColumns = ["session_ref", "name", "email", "minutes_attended", "completed"] as const;

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_MEETINGS = 60;
export const MAX_IMPORT_REF_LENGTH = 100;
export const MAX_CERTIFICATE_NUMBER_LENGTH = 100;

const formats = ["in_person", "online", "hybrid"] as const;
const languages = ["en", "es"] as const;
const yes = new Set(["yes", "y", "true", "1", "sí", "si", "s"]);
const no = new Set(["no", "n", "false", "0"]);

/** One data row as read from a file: its line in the file (the header is line 1) and its cells by column name. */
export type ImportRow = { line: number; cells: Readonly<Record<string, string>> };
export type ImportTable = { header: readonly string[]; rows: readonly ImportRow[] };

export type ImportProblemCode =
  | "unreadable"
  | "missing_column"
  | "too_many_rows"
  | "required"
  | "too_long"
  | "duplicate_ref"
  | "unknown_course"
  | "bad_date"
  | "too_many_dates"
  | "bad_time"
  | "end_before_start"
  | "bad_time_zone"
  | "not_past"
  | "bad_format"
  | "bad_language"
  | "bad_trainer"
  | "too_many_trainers"
  | "unknown_trainer"
  | "bad_email"
  | "unknown_session"
  | "duplicate_participant"
  | "bad_minutes"
  | "minutes_over_contact"
  | "bad_completed";

export type ImportProblem = {
  file: ImportFile;
  line: number;
  /** The column's name and its letter as a spreadsheet shows it; null for a problem with the whole file. */
  column: { name: string; letter: string } | null;
  code: ImportProblemCode;
  values?: Record<string, string | number>;
};

export type PlannedTrainer = { email: string; name: string | null; role: "lead" | "co" };
export type PlannedSession = {
  ref: string;
  line: number;
  courseId: string;
  timeZone: string;
  format: (typeof formats)[number];
  language: (typeof languages)[number];
  meetings: { startsAt: Date; endsAt: Date }[];
  trainers: PlannedTrainer[];
  /** Already brought in by an earlier import: its participants may be added to, nothing else changes. */
  alreadyImported: boolean;
};
export type PlannedParticipant = {
  ref: string;
  line: number;
  name: string;
  email: string;
  minutesAttended: number;
  completed: boolean;
  certificateNumber: string | null;
};

export type ImportPlan = {
  sessions: PlannedSession[];
  participants: PlannedParticipant[];
  problems: ImportProblem[];
  /** Columns a file has that the import does not read (said on the page, not a problem). */
  ignoredColumns: { file: ImportFile; names: string[] }[];
};

export type ImportContext = {
  now: Date;
  /** Used for a session whose time_zone cell is empty. */
  defaultTimeZone: string;
  isTimeZone: (zone: string) => boolean;
  isEmail: (value: string) => boolean;
  /** The hub's courses, found by slug or by English title, ignoring case. */
  courses: readonly { id: string; slug: string; titleEn: string }[];
  /** Sessions brought in by earlier imports, by their reference, with their contact minutes. */
  importedSessions: ReadonlyMap<string, { contactMinutes: number }>;
  /** People the hub already has, by lower-cased email (a trainer named only by email must be one of them). */
  knownEmails: ReadonlySet<string>;
};

/** The spreadsheet letter of a column position: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letter = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

/** "2024-03-04; 2024-03-05" or a range "2024-03-04..2024-03-06" (every day of it), in order, without repeats. */
export function parseMeetingDates(text: string): string[] | null {
  const parts = text
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const dates = new Set<string>();
  for (const part of parts) {
    const range = /^(\S+)\s*\.\.\s*(\S+)$/.exec(part);
    if (range) {
      const [from, to] = [range[1]!, range[2]!];
      if (!isLocalDate(from) || !isLocalDate(to) || to < from) return null;
      for (let day = from; day <= to; day = nextDay(day)) {
        dates.add(day);
        if (dates.size > MAX_IMPORT_MEETINGS) return [...dates];
      }
    } else {
      if (!isLocalDate(part)) return null;
      dates.add(part);
    }
  }
  return [...dates].sort();
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** "Ana Ruiz <ana@example.org>" or "ana@example.org". */
export function parseTrainer(text: string): { name: string | null; email: string } | null {
  const named = /^(.*?)\s*<\s*([^<>\s]+)\s*>$/.exec(text.trim());
  if (named) return { name: named[1]!.trim() || null, email: named[2]!.toLowerCase() };
  const bare = text.trim();
  return /^\S+$/.test(bare) ? { name: null, email: bare.toLowerCase() } : null;
}

/** A session's contact minutes: the sum of its meetings' lengths (imported meetings have no breaks on record). */
export function plannedContactMinutes(meetings: readonly { startsAt: Date; endsAt: Date }[]): number {
  return meetings.reduce(
    (sum, meeting) => sum + Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000),
    0,
  );
}

export function planPastTrainingImport(
  files: { sessions: ImportTable; participants: ImportTable },
  context: ImportContext,
): ImportPlan {
  const problems: ImportProblem[] = [];
  const ignoredColumns: ImportPlan["ignoredColumns"] = [];
  const sessionsReadable = checkHeader(
    "sessions",
    files.sessions,
    sessionColumns,
    requiredSessionColumns,
    problems,
    ignoredColumns,
  );
  const participantsReadable = checkHeader(
    "participants",
    files.participants,
    participantColumns,
    requiredParticipantColumns,
    problems,
    ignoredColumns,
  );
  const sessions = sessionsReadable ? planSessions(files.sessions, context, problems) : [];
  const contactByRef = new Map<string, number>(
    [...context.importedSessions].map(([ref, session]) => [ref, session.contactMinutes]),
  );
  for (const session of sessions) contactByRef.set(session.ref, plannedContactMinutes(session.meetings));
  // A reference the sessions file names but could not read is known, so its participants are not reported twice.
  const namedRefs = new Set(files.sessions.rows.map((row) => (row.cells.session_ref ?? "").trim()).filter(Boolean));
  const participants = participantsReadable
    ? planParticipants(files.participants, context, contactByRef, namedRefs, problems)
    : [];
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === "sessions" ? -1 : 1));
  return { sessions, participants, problems, ignoredColumns };
}

function checkHeader(
  file: ImportFile,
  table: ImportTable,
  known: readonly string[],
  required: readonly string[],
  problems: ImportProblem[],
  ignored: ImportPlan["ignoredColumns"],
): boolean {
  const header = table.header.map((name) => name.trim().toLowerCase());
  const missing = required.filter((name) => !header.includes(name));
  for (const name of missing) problems.push({ file, line: 1, column: null, code: "missing_column", values: { name } });
  const extra = header.filter((name) => name && !known.includes(name));
  if (extra.length) ignored.push({ file, names: extra });
  if (table.rows.length > MAX_IMPORT_ROWS) {
    problems.push({ file, line: 1, column: null, code: "too_many_rows", values: { max: MAX_IMPORT_ROWS } });
    return false;
  }
  return missing.length === 0;
}

/** Reads cells by column name and reports problems at the cell's place. */
function cellReader(file: ImportFile, header: readonly string[], row: ImportRow, problems: ImportProblem[]) {
  const position = (name: string) => header.findIndex((column) => column.trim().toLowerCase() === name);
  const at = (name: string) => {
    const index = position(name);
    return { name, letter: index >= 0 ? columnLetter(index) : "?" };
  };
  return {
    value: (name: string) => (row.cells[name] ?? "").trim(),
    problem: (name: string, code: ImportProblemCode, values?: ImportProblem["values"]) =>
      problems.push({ file, line: row.line, column: at(name), code, values }),
  };
}

function planSessions(table: ImportTable, context: ImportContext, problems: ImportProblem[]): PlannedSession[] {
  const courseByKey = new Map<string, string>();
  for (const course of context.courses) {
    courseByKey.set(course.slug.toLowerCase(), course.id);
    courseByKey.set(course.titleEn.trim().toLowerCase(), course.id);
  }
  const seen = new Map<string, number>();
  const planned: PlannedSession[] = [];
  for (const row of table.rows) {
    const cell = cellReader("sessions", table.header, row, problems);
    const before = problems.length;
    const ref = cell.value("session_ref");
    if (!ref) cell.problem("session_ref", "required");
    else if (ref.length > MAX_IMPORT_REF_LENGTH)
      cell.problem("session_ref", "too_long", { max: MAX_IMPORT_REF_LENGTH });
    else if (seen.has(ref)) cell.problem("session_ref", "duplicate_ref", { line: seen.get(ref)! });
    else seen.set(ref, row.line);

    const courseText = cell.value("course");
    const courseId = courseByKey.get(courseText.toLowerCase());
    if (!courseText) cell.problem("course", "required");
    else if (!courseId) cell.problem("course", "unknown_course", { value: courseText });

    const zone = cell.value("time_zone") || context.defaultTimeZone;
    const zoneOk = context.isTimeZone(zone);
    if (!zoneOk) cell.problem("time_zone", "bad_time_zone", { value: zone });

    const datesText = cell.value("dates");
    const dates = datesText ? parseMeetingDates(datesText) : null;
    if (!datesText) cell.problem("dates", "required");
    else if (!dates) cell.problem("dates", "bad_date", { value: datesText });
    else if (dates.length > MAX_IMPORT_MEETINGS) cell.problem("dates", "too_many_dates", { max: MAX_IMPORT_MEETINGS });

    const start = cell.value("start_time");
    const end = cell.value("end_time");
    if (!start) cell.problem("start_time", "required");
    else if (!isLocalTime(start)) cell.problem("start_time", "bad_time", { value: start });
    if (!end) cell.problem("end_time", "required");
    else if (!isLocalTime(end)) cell.problem("end_time", "bad_time", { value: end });
    else if (isLocalTime(start) && end <= start) cell.problem("end_time", "end_before_start");

    const formatText = (cell.value("format") || "in_person").toLowerCase().replace(/[\s-]+/g, "_");
    const format = formats.find((candidate) => candidate === formatText);
    if (!format) cell.problem("format", "bad_format", { value: cell.value("format") });
    const languageText = (cell.value("language") || "en").toLowerCase();
    const language = languages.find((candidate) => candidate === languageText);
    if (!language) cell.problem("language", "bad_language", { value: cell.value("language") });

    const trainers: PlannedTrainer[] = [];
    const trainerParts = cell
      .value("trainers")
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean);
    if (trainerParts.length > MAX_TRAINERS) cell.problem("trainers", "too_many_trainers", { max: MAX_TRAINERS });
    for (const part of trainerParts.slice(0, MAX_TRAINERS)) {
      const trainer = parseTrainer(part);
      if (!trainer || !context.isEmail(trainer.email) || (trainer.name?.length ?? 0) > MAX_CHOSEN_NAME_LENGTH)
        cell.problem("trainers", "bad_trainer", { value: part });
      else if (!trainer.name && !context.knownEmails.has(trainer.email))
        cell.problem("trainers", "unknown_trainer", { value: trainer.email });
      else if (!trainers.some((known) => known.email === trainer.email))
        trainers.push({ ...trainer, role: trainers.length === 0 ? "lead" : "co" });
    }

    if (problems.length > before || !dates || !courseId || !format || !language) continue;
    const meetings = dates.map((date) => ({
      startsAt: zonedToUtc({ date, time: start }, zone)!,
      endsAt: zonedToUtc({ date, time: end }, zone)!,
    }));
    if (meetings.some((meeting) => !meeting.startsAt || !meeting.endsAt)) {
      cell.problem("dates", "bad_date", { value: datesText });
      continue;
    }
    if (meetings[meetings.length - 1]!.endsAt > context.now) {
      cell.problem("dates", "not_past");
      continue;
    }
    planned.push({
      ref,
      line: row.line,
      courseId,
      timeZone: zone,
      format,
      language,
      meetings,
      trainers,
      alreadyImported: context.importedSessions.has(ref),
    });
  }
  return planned;
}

function planParticipants(
  table: ImportTable,
  context: ImportContext,
  contactByRef: ReadonlyMap<string, number>,
  namedRefs: ReadonlySet<string>,
  problems: ImportProblem[],
): PlannedParticipant[] {
  const seen = new Map<string, number>();
  const planned: PlannedParticipant[] = [];
  for (const row of table.rows) {
    const cell = cellReader("participants", table.header, row, problems);
    const before = problems.length;
    const ref = cell.value("session_ref");
    const contact = contactByRef.get(ref);
    if (!ref) cell.problem("session_ref", "required");
    else if (contact === undefined && !namedRefs.has(ref))
      cell.problem("session_ref", "unknown_session", { value: ref });

    const name = cell.value("name");
    if (!name) cell.problem("name", "required");
    else if (name.length > MAX_CHOSEN_NAME_LENGTH) cell.problem("name", "too_long", { max: MAX_CHOSEN_NAME_LENGTH });

    const email = cell.value("email").toLowerCase();
    if (!email) cell.problem("email", "required");
    else if (email.length > MAX_EMAIL_LENGTH || !context.isEmail(email))
      cell.problem("email", "bad_email", { value: email });
    else if (ref) {
      const key = `${ref}\u0000${email}`;
      if (seen.has(key)) cell.problem("email", "duplicate_participant", { line: seen.get(key)! });
      else seen.set(key, row.line);
    }

    const minutesText = cell.value("minutes_attended");
    const minutes = /^\d{1,6}$/.test(minutesText) ? Number(minutesText) : NaN;
    if (!minutesText) cell.problem("minutes_attended", "required");
    else if (!Number.isInteger(minutes)) cell.problem("minutes_attended", "bad_minutes", { value: minutesText });
    else if (contact !== undefined && minutes > contact)
      cell.problem("minutes_attended", "minutes_over_contact", { minutes, contact });

    const completedText = cell.value("completed").toLowerCase();
    const completed = yes.has(completedText) ? true : no.has(completedText) ? false : null;
    if (!completedText) cell.problem("completed", "required");
    else if (completed === null) cell.problem("completed", "bad_completed", { value: cell.value("completed") });

    const certificateNumber = cell.value("certificate_number");
    if (certificateNumber.length > MAX_CERTIFICATE_NUMBER_LENGTH)
      cell.problem("certificate_number", "too_long", { max: MAX_CERTIFICATE_NUMBER_LENGTH });

    if (problems.length > before || contact === undefined || completed === null) continue;
    planned.push({
      ref,
      line: row.line,
      name,
      email,
      minutesAttended: minutes,
      completed,
      certificateNumber: certificateNumber || null,
    });
  }
  return planned;
}
