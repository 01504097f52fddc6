// The public catalog: published, upcoming sessions of courses still offered, found by words and filters, soonest first, with their seats.
import { and, asc, count, eq, gte, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { CourseForm, PriceTier, SessionFormat } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import { pageWindow } from "#core/pagination.ts";
import type { Localized } from "#i18n/localized.ts";
import { registrationWindow, type WindowState } from "#core/registration.ts";
import { seatFiguresFor, type SeatFigures } from "./seat-figures.ts";

export const CATALOG_PER_PAGE = 12;
export const MAX_PER_PAGE = 50;
export const MAX_QUERY_LENGTH = 200;

export type SessionSearch = {
  /** Words to look for in the course's titles, summaries, descriptions and audience, in English or Spanish. */
  q?: string;
  form?: CourseForm;
  format?: SessionFormat;
  language?: Locale;
  /** A calendar month, `YYYY-MM`, read in `timeZone`: sessions whose first meeting starts in it. */
  month?: string;
  /** Only sessions with a seat anyone may take now. */
  hasSeats?: boolean;
  /** A course's id or slug. */
  course?: string;
  /** Sessions still running at or after this moment (never earlier than now: the catalog lists what is ahead). */
  from?: Date;
  /** Sessions whose first meeting starts before this moment. */
  to?: Date;
  page?: number;
  perPage?: number;
  /** The reader's time zone, which `month` is read in. */
  timeZone: string;
  now: Date;
};

export type SessionListing = {
  id: string;
  status: "draft" | "published" | "cancelled" | "completed";
  course: {
    id: string;
    slug: string;
    form: CourseForm;
    title: Localized;
    summary: Localized;
    requiresApproval: boolean;
  };
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  format: SessionFormat;
  language: Locale;
  venueName: string | null;
  priceTiers: PriceTier[];
  currency: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  seats: SeatFigures;
  /** Whether registration is open now, and if not, why. */
  window: WindowState;
};

export type SessionSearchResult = {
  sessions: SessionListing[];
  total: number;
  page: number;
  pageCount: number;
  perPage: number;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const listingColumns = {
  id: schema.trainingSession.id,
  status: schema.trainingSession.status,
  startsAt: schema.trainingSession.startsAt,
  endsAt: schema.trainingSession.endsAt,
  timeZone: schema.trainingSession.timeZone,
  format: schema.trainingSession.format,
  language: schema.trainingSession.language,
  venueName: schema.trainingSession.venueName,
  capacity: schema.trainingSession.capacity,
  reservedPartnerSeats: schema.trainingSession.reservedPartnerSeats,
  reservedScholarshipSeats: schema.trainingSession.reservedScholarshipSeats,
  priceTiers: schema.trainingSession.priceTiers,
  currency: schema.trainingSession.currency,
  registrationOpensAt: schema.trainingSession.registrationOpensAt,
  registrationClosesAt: schema.trainingSession.registrationClosesAt,
  courseId: schema.course.id,
  courseSlug: schema.course.slug,
  courseForm: schema.course.form,
  titleEn: schema.course.titleEn,
  titleEs: schema.course.titleEs,
  summaryEn: schema.course.summaryEn,
  summaryEs: schema.course.summaryEs,
  requiresApproval: schema.course.requiresApproval,
};

function listingQuery(db: Executor, where: SQL | undefined) {
  return db
    .select(listingColumns)
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(where)
    .orderBy(asc(schema.trainingSession.startsAt), asc(schema.trainingSession.id));
}

type ListingRow = Awaited<ReturnType<typeof listingQuery>>[number];

/**
 * Full-text match in either language: the course's search vector holds English and Spanish stems, and the words are
 * stemmed both ways, so "capacitaciones" finds "capacitación" and "trainings" finds "training". The one raw SQL of
 * the catalog (PostgreSQL text search), tested on both engines.
 */
export function matchesWords(words: string): SQL {
  return sql`${schema.course.searchVector} @@ (websearch_to_tsquery('english', ${words}) || websearch_to_tsquery('spanish', ${words}))`;
}

/** The first instant of a calendar month, and of the next one, as the clock reads in `timeZone`. */
function startsInMonth(month: string, timeZone: string): SQL {
  const first = `${month}-01`;
  return sql`${schema.trainingSession.startsAt} >= (${first}::timestamp at time zone ${timeZone}) and ${schema.trainingSession.startsAt} < ((${first}::date + interval '1 month')::timestamp at time zone ${timeZone})`;
}

function conditionsOf(search: SessionSearch): SQL[] {
  const s = schema.trainingSession;
  const c = schema.course;
  const from = search.from && search.from > search.now ? search.from : search.now;
  const conditions: SQL[] = [eq(s.status, "published"), gte(s.endsAt, from), isNull(c.archivedAt)];
  const words = search.q?.trim().slice(0, MAX_QUERY_LENGTH);
  if (words) conditions.push(matchesWords(words));
  if (search.form) conditions.push(eq(c.form, search.form));
  if (search.format) conditions.push(eq(s.format, search.format));
  if (search.language) conditions.push(eq(s.language, search.language));
  if (search.month && MONTH.test(search.month)) conditions.push(startsInMonth(search.month, search.timeZone));
  if (search.course) conditions.push(or(eq(c.id, search.course), eq(c.slug, search.course))!);
  if (search.to) conditions.push(lt(s.startsAt, search.to));
  return conditions;
}

function listingOf(row: ListingRow, seats: SeatFigures, now: Date): SessionListing {
  return {
    id: row.id,
    status: row.status,
    course: {
      id: row.courseId,
      slug: row.courseSlug,
      form: row.courseForm,
      title: { en: row.titleEn, es: row.titleEs },
      summary: { en: row.summaryEn, es: row.summaryEs },
      requiresApproval: row.requiresApproval,
    },
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    format: row.format,
    language: row.language,
    venueName: row.venueName,
    priceTiers: row.priceTiers,
    currency: row.currency,
    registrationOpensAt: row.registrationOpensAt,
    registrationClosesAt: row.registrationClosesAt,
    seats,
    window: registrationWindow({
      status: row.status,
      opensAt: row.registrationOpensAt,
      closesAt: row.registrationClosesAt,
      startsAt: row.startsAt,
      now,
    }),
  };
}

export async function searchSessions(db: Executor, search: SessionSearch): Promise<SessionSearchResult> {
  const perPage = Math.min(Math.max(1, Math.trunc(search.perPage ?? CATALOG_PER_PAGE)), MAX_PER_PAGE);
  const where = and(...conditionsOf(search));
  if (search.hasSeats) {
    // Free seats come from the seat rules in core, so this filter reads every match's seats, then pages: a hub's
    // upcoming schedule is hundreds of sessions at most.
    const rows = await listingQuery(db, where);
    const seats = await seatFiguresFor(db, rows);
    const open = rows.filter((row) => seats.get(row.id)!.available > 0);
    const { page, pageCount, offset } = pageWindow({ total: open.length, requested: search.page, perPage });
    return {
      sessions: open.slice(offset, offset + perPage).map((row) => listingOf(row, seats.get(row.id)!, search.now)),
      total: open.length,
      page,
      pageCount,
      perPage,
    };
  }

  const [{ total } = { total: 0 }] = await db
    .select({ total: count() })
    .from(schema.trainingSession)
    .innerJoin(schema.course, eq(schema.course.id, schema.trainingSession.courseId))
    .where(where);
  const { page, pageCount, offset } = pageWindow({ total, requested: search.page, perPage });
  const rows = total === 0 ? [] : await listingQuery(db, where).limit(perPage).offset(offset);
  const seats = await seatFiguresFor(db, rows);
  return {
    sessions: rows.map((row) => listingOf(row, seats.get(row.id)!, search.now)),
    total,
    page,
    pageCount,
    perPage,
  };
}
