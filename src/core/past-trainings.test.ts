import { describe, expect, it } from "vitest";
import {
  columnLetter,
  parseMeetingDates,
  parseTrainer,
  planPastTrainingImport,
  type ImportContext,
  type ImportTable,
} from "./past-trainings.ts";

const context: ImportContext = {
  now: new Date("2026-12-01T00:00:00Z"),
  defaultTimeZone: "America/Los_Angeles",
  isTimeZone: (zone) => ["America/Los_Angeles", "America/New_York", "UTC"].includes(zone),
  isEmail: (value) => /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(value),
  courses: [{ id: "course-core", slug: "core", titleEn: "Core Training" }],
  importedSessions: new Map([["OLD-1", { contactMinutes: 420 }]]),
  knownEmails: new Set(["maya@example.org"]),
};

function table(header: string[], lines: string[][]): ImportTable {
  return {
    header,
    rows: lines.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(header.map((name, column) => [name, cells[column] ?? ""])),
    })),
  };
}

const sessionHeader = ["session_ref", "course", "dates", "start_time", "end_time", "time_zone", "trainers"];
const participantHeader = ["session_ref", "name", "email", "minutes_attended", "completed", "certificate_number"];

describe("past training import plan", () => {
  it("reads a good session and its participants, with times in the session's own zone across a DST change", () => {
    const plan = planPastTrainingImport(
      {
        sessions: table(sessionHeader, [
          [
            "CORE-21",
            "core",
            "2021-03-12; 2021-03-15",
            "09:00",
            "16:00",
            "",
            "maya@example.org; Bo Ray <bo@example.org>",
          ],
        ]),
        participants: table(participantHeader, [
          ["CORE-21", "Ana", "ANA@example.org", "840", "yes", "C-100"],
          ["CORE-21", "Lee", "lee@example.org", "420", "no", ""],
          ["OLD-1", "Kim", "kim@example.org", "400", "sí", ""],
        ]),
      },
      context,
    );
    expect(plan.problems).toEqual([]);
    const [session] = plan.sessions;
    // 12 March 2021 is PST (UTC-8); 15 March is PDT (UTC-7).
    expect(session!.meetings.map((m) => m.startsAt.toISOString())).toEqual([
      "2021-03-12T17:00:00.000Z",
      "2021-03-15T16:00:00.000Z",
    ]);
    expect(session!.trainers).toEqual([
      { email: "maya@example.org", name: null, role: "lead" },
      { email: "bo@example.org", name: "Bo Ray", role: "co" },
    ]);
    expect(plan.participants.map((p) => [p.email, p.completed, p.certificateNumber])).toEqual([
      ["ana@example.org", true, "C-100"],
      ["lee@example.org", false, null],
      ["kim@example.org", true, null],
    ]);
  });

  it("names every problem by file, line and column", () => {
    const plan = planPastTrainingImport(
      {
        sessions: table(sessionHeader, [
          ["A", "nope", "2021-02-30", "9am", "08:00", "Mars/Base", "stranger@example.org"],
          ["A", "core", "2030-01-01", "09:00", "10:00", "", ""],
        ]),
        participants: table(participantHeader, [
          ["A", "", "not-an-email", "lots", "maybe", ""],
          ["MISSING", "Jo", "jo@example.org", "10", "yes", ""],
          ["OLD-1", "Jo", "jo@example.org", "421", "yes", ""],
          ["OLD-1", "Jo", "jo@example.org", "10", "yes", ""],
        ]),
      },
      context,
    );
    const found = plan.problems.map((p) => `${p.file}:${p.line}:${p.column?.letter ?? "-"}:${p.code}`);
    expect(found).toEqual([
      "sessions:2:B:unknown_course",
      "sessions:2:F:bad_time_zone",
      "sessions:2:C:bad_date",
      "sessions:2:D:bad_time",
      "sessions:2:G:unknown_trainer",
      "sessions:3:A:duplicate_ref",
      "participants:2:B:required",
      "participants:2:C:bad_email",
      "participants:2:D:bad_minutes",
      "participants:2:E:bad_completed",
      "participants:3:A:unknown_session",
      "participants:4:D:minutes_over_contact",
      // Line 5 repeats line 4's person in the same session.
      "participants:5:C:duplicate_participant",
    ]);
    expect(plan.sessions).toEqual([]);
  });

  it("refuses a session that has not ended and a repeated participant", () => {
    const plan = planPastTrainingImport(
      {
        sessions: table(sessionHeader, [["NEW", "Core Training", "2026-12-10", "09:00", "10:00", "", ""]]),
        participants: table(participantHeader, [
          ["OLD-1", "Jo", "jo@example.org", "10", "yes", ""],
          ["OLD-1", "Jo", "JO@example.org", "10", "yes", ""],
        ]),
      },
      context,
    );
    expect(plan.problems.map((p) => `${p.file}:${p.line}:${p.code}`)).toEqual([
      "sessions:2:not_past",
      "participants:3:duplicate_participant",
    ]);
  });

  it("reports missing columns once, at the header, and lists columns it does not read", () => {
    const plan = planPastTrainingImport(
      {
        sessions: table(["session_ref", "course", "notes"], [["A", "core", "x"]]),
        participants: table(participantHeader, []),
      },
      context,
    );
    expect(plan.problems.map((p) => `${p.file}:${p.line}:${p.code}:${p.values?.name}`)).toEqual([
      "sessions:1:missing_column:dates",
      "sessions:1:missing_column:start_time",
      "sessions:1:missing_column:end_time",
    ]);
    expect(plan.ignoredColumns).toEqual([{ file: "sessions", names: ["notes"] }]);
  });
});

describe("import cell parsers", () => {
  it("reads date lists and ranges", () => {
    expect(parseMeetingDates("2021-03-04..2021-03-06; 2021-03-01")).toEqual([
      "2021-03-01",
      "2021-03-04",
      "2021-03-05",
      "2021-03-06",
    ]);
    expect(parseMeetingDates("2021-03-06..2021-03-04")).toBeNull();
    expect(parseMeetingDates("March 4")).toBeNull();
  });
  it("reads trainers with or without a name", () => {
    expect(parseTrainer("Ana Ruiz <Ana@Example.org>")).toEqual({ name: "Ana Ruiz", email: "ana@example.org" });
    expect(parseTrainer("ana@example.org")).toEqual({ name: null, email: "ana@example.org" });
    expect(parseTrainer("Ana Ruiz")).toBeNull();
  });
  it("letters columns as a spreadsheet does", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
