// The roster a certification board asks for: per confirmed person the legal name (or the chosen one when none is
// given), email, certification number, hours attended and the CE categories earned — from the same results trainers see.
import { asc, inArray, isNotNull, and } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { ceCategoryMinutes } from "#core/completion.ts";
import type { CategoryMinutes } from "#core/certification.ts";
import type { AttendanceSession } from "./attendance-session.ts";
import { readSessionResults } from "./session-results.ts";

export type BoardRosterRow = {
  name: string;
  email: string;
  certificationNumber: string | null;
  completed: boolean;
  attendedMinutes: number;
  ceMinutes: number;
  categories: CategoryMinutes[];
};

export type BoardRoster = { session: AttendanceSession; rows: BoardRosterRow[] };

export async function readBoardRoster(
  db: Executor,
  viewer: Viewer | null,
  sessionId: string,
  now: Date,
): Promise<BoardRoster> {
  const results = await readSessionResults(db, viewer, sessionId, now);
  const userIds = results.people.map((person) => person.userId);
  const certifications = userIds.length
    ? await db
        .select({ userId: schema.certification.userId, number: schema.certification.number })
        .from(schema.certification)
        .where(and(inArray(schema.certification.userId, userIds), isNotNull(schema.certification.number)))
        .orderBy(asc(schema.certification.createdAt), asc(schema.certification.id))
    : [];
  // A person holding several certifications: the first they added.
  const numberOf = new Map<string, string>();
  for (const row of certifications) if (row.number && !numberOf.has(row.userId)) numberOf.set(row.userId, row.number);
  const { course } = results.session;
  return {
    session: results.session,
    rows: results.people.map((person) => ({
      name: person.legalName?.trim() || person.name,
      email: person.email,
      certificationNumber: numberOf.get(person.userId) ?? null,
      completed: person.result.completed,
      attendedMinutes: person.result.attendedMinutes,
      ceMinutes: person.result.ceMinutes,
      categories: ceCategoryMinutes(course.ceCategories, person.result.ceMinutes, person.result.contactMinutes),
    })),
  };
}
