// One session as its page shows it: course, meetings, trainers, place, prices, prerequisites, seats, whether registration is open,
// the viewer's own registration, and the join link only for confirmed participants, the session's trainers and admins.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { maySeeSessionPrivateDetails, mayRunSession, type Viewer } from "#core/access.ts";
import { standingFrom } from "#features/access/session-standing.ts";
import type { CategoryMinutes } from "#core/certification.ts";
import type { CourseForm, PriceTier, SessionFormat, SessionStatus } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import { isLive, registrationWindow, type RegistrationStatus, type WindowState } from "#core/registration.ts";
import { waitlistPosition, type SeatEntry } from "#core/seats.ts";
import { AppError } from "#platform/app-error.ts";
import type { Localized } from "#i18n/localized.ts";
import { seatFiguresFor, type SeatFigures } from "./seat-figures.ts";

export type SessionMeeting = {
  id: string;
  position: number;
  startsAt: Date;
  endsAt: Date;
  breaks: { startsAt: string; endsAt: string }[];
};
/** `pronouns` as the trainer wrote them on their profile ("Shown next to your name"), or null. */
export type SessionTrainer = { userId: string; name: string; pronouns: string | null; role: "lead" | "co" };

export type ViewerRegistration = {
  id: string;
  status: RegistrationStatus;
  /** Place in line (1 = next), while waitlisted. */
  waitlistPosition: number | null;
  /** While an offer holds a seat for this person. */
  offerExpiresAt: Date | null;
};

export type SessionPage = {
  id: string;
  status: SessionStatus;
  course: {
    id: string;
    slug: string;
    form: CourseForm;
    title: Localized;
    summary: Localized;
    /** Safe Markdown; pages render it without raw HTML. */
    description: Localized;
    audience: Localized;
    imageUrl: string | null;
    contactMinutes: number;
    requiresApproval: boolean;
    ceCategories: CategoryMinutes[];
  };
  prerequisites: { mode: "all" | "any"; courses: { id: string; slug: string; title: Localized }[] };
  timeZone: string;
  format: SessionFormat;
  language: Locale;
  venueName: string | null;
  venueAddress: string | null;
  /** Either language may be empty; pages show the other one marked with its lang. */
  accessibilityNotes: Localized;
  notes: Localized;
  startsAt: Date;
  endsAt: Date;
  meetings: SessionMeeting[];
  trainers: SessionTrainer[];
  capacity: number;
  priceTiers: PriceTier[];
  currency: string;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  offerHoldHours: number;
  cancelCutoffHours: number;
  cancelledAt: Date | null;
  cancelReason: string | null;
  seats: SeatFigures;
  window: WindowState;
  /** Only for confirmed participants, the session's trainers and admins; null for everyone else. */
  join: { url: string | null; details: Localized } | null;
  viewerRegistration: ViewerRegistration | null;
  viewerIsTrainer: boolean;
};

const notFound = () => new AppError("not_found", { detail: "There is no training here" });

async function viewerRegistrationOf(
  db: Executor,
  sessionId: string,
  userId: string,
): Promise<ViewerRegistration | null> {
  const r = schema.registration;
  const mine = await db
    .select({ id: r.id, status: r.status, groupId: r.groupId, offerExpiresAt: r.offerExpiresAt })
    .from(r)
    .where(and(eq(r.sessionId, sessionId), eq(r.userId, userId)))
    .orderBy(desc(r.createdAt));
  // The live registration if there is one (there is at most one), otherwise the latest that ended.
  const current = mine.find((row) => isLive(row.status)) ?? mine[0];
  if (!current) return null;
  let position: number | null = null;
  if (current.status === "waitlisted") {
    const line = await db
      .select({ id: r.id, groupId: r.groupId, queueAt: r.queueAt })
      .from(r)
      .where(and(eq(r.sessionId, sessionId), eq(r.status, "waitlisted")));
    // A group entry waits as one: its rows share a place in line.
    const entries = new Map<string, SeatEntry>();
    for (const row of line) {
      const id = row.groupId ?? row.id;
      if (!entries.has(id))
        entries.set(id, { id, seats: 1, status: "waitlisted", requestedAt: row.queueAt, reserve: null });
    }
    position = waitlistPosition([...entries.values()], current.groupId ?? current.id);
  }
  return {
    id: current.id,
    status: current.status,
    waitlistPosition: position,
    offerExpiresAt: current.status === "offered" ? current.offerExpiresAt : null,
  };
}

export async function showSession(
  db: Executor,
  input: { id: string; now: Date },
  viewer: Viewer | null,
): Promise<SessionPage> {
  const s = schema.trainingSession;
  const c = schema.course;
  const [row] = await db
    .select({ session: s, course: c })
    .from(s)
    .innerJoin(c, eq(c.id, s.courseId))
    .where(eq(s.id, input.id));
  if (!row) throw notFound();
  const { session, course } = row;

  const [meetings, trainers, prerequisites, seats, viewerRegistration] = await Promise.all([
    db
      .select({
        id: schema.sessionMeeting.id,
        position: schema.sessionMeeting.position,
        startsAt: schema.sessionMeeting.startsAt,
        endsAt: schema.sessionMeeting.endsAt,
        breaks: schema.sessionMeeting.breaks,
      })
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, session.id))
      .orderBy(asc(schema.sessionMeeting.position)),
    db
      .select({
        userId: schema.sessionTrainer.userId,
        name: schema.user.name,
        pronouns: schema.user.pronouns,
        role: schema.sessionTrainer.role,
      })
      .from(schema.sessionTrainer)
      .innerJoin(schema.user, eq(schema.user.id, schema.sessionTrainer.userId))
      .where(eq(schema.sessionTrainer.sessionId, session.id))
      // Leads first, then by name.
      .orderBy(desc(schema.sessionTrainer.role), asc(schema.user.name)),
    db
      .select({ id: c.id, slug: c.slug, titleEn: c.titleEn, titleEs: c.titleEs })
      .from(schema.coursePrerequisite)
      .innerJoin(c, eq(c.id, schema.coursePrerequisite.requiredCourseId))
      .where(inArray(schema.coursePrerequisite.courseId, [course.id]))
      .orderBy(asc(c.titleEn)),
    seatFiguresFor(db, [session]),
    viewer ? viewerRegistrationOf(db, session.id, viewer.userId) : Promise.resolve(null),
  ]);

  const standing = standingFrom(viewer, trainers, viewerRegistration?.status);
  const runsIt = mayRunSession(viewer, standing);
  // Drafts are for the people preparing them; a cancelled session stays readable for those it concerned.
  if (session.status === "draft" && !runsIt) throw notFound();
  if (session.status === "cancelled" && !runsIt && !viewerRegistration) throw notFound();

  const seesJoin = maySeeSessionPrivateDetails(viewer, standing);
  return {
    id: session.id,
    status: session.status,
    course: {
      id: course.id,
      slug: course.slug,
      form: course.form,
      title: { en: course.titleEn, es: course.titleEs },
      summary: { en: course.summaryEn, es: course.summaryEs },
      description: { en: course.descriptionEn, es: course.descriptionEs },
      audience: { en: course.audienceEn, es: course.audienceEs },
      imageUrl: course.imageUrl,
      contactMinutes: course.contactMinutes,
      requiresApproval: course.requiresApproval,
      ceCategories: course.ceCategories,
    },
    prerequisites: {
      mode: course.prerequisiteMode,
      courses: prerequisites.map((p) => ({ id: p.id, slug: p.slug, title: { en: p.titleEn, es: p.titleEs } })),
    },
    timeZone: session.timeZone,
    format: session.format,
    language: session.language,
    venueName: session.venueName,
    venueAddress: session.venueAddress,
    accessibilityNotes: { en: session.accessibilityNotes ?? "", es: session.accessibilityNotesEs ?? "" },
    notes: { en: session.notesEn, es: session.notesEs },
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    meetings,
    trainers,
    capacity: session.capacity,
    priceTiers: session.priceTiers,
    currency: session.currency,
    registrationOpensAt: session.registrationOpensAt,
    registrationClosesAt: session.registrationClosesAt,
    offerHoldHours: session.offerHoldHours,
    cancelCutoffHours: session.cancelCutoffHours,
    cancelledAt: session.cancelledAt,
    cancelReason: session.cancelReason,
    seats: seats.get(session.id)!,
    window: registrationWindow({
      status: session.status,
      opensAt: session.registrationOpensAt,
      closesAt: session.registrationClosesAt,
      startsAt: session.startsAt,
      now: input.now,
    }),
    join: seesJoin
      ? { url: session.joinUrl, details: { en: session.joinDetails ?? "", es: session.joinDetailsEs ?? "" } }
      : null,
    viewerRegistration,
    viewerIsTrainer: standing.trainer !== null,
  };
}
