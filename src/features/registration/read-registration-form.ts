// What a person's registration form for one session needs: the session at a glance, the course's questions, whether
// this is a registration, an application or the waitlist, whether their prerequisites are met, and their own place.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import type { CourseQuestion, PriceTier, SessionFormat, SessionStatus } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import { checkPrerequisites, isLive, type WindowState } from "#core/registration.ts";
import { AppError } from "#platform/app-error.ts";
import type { Localized } from "#i18n/localized.ts";
import { showSession, type ViewerRegistration } from "#features/catalog/show-session.ts";
import { completedCourses } from "./completed-courses.ts";
import { listMyOutsideCompletions } from "./outside-completions.ts";

/** A register-or-apply page: "apply" when the course asks for approval; "waitlist" when no seat is free right now. */
export type RegistrationKind = "register" | "apply" | "waitlist";

export type MissingPrerequisite = {
  id: string;
  title: Localized;
  /** What became of the person's own declaration that they did this course elsewhere, if they made one. */
  declared: "pending" | "declined" | null;
};

export type RegistrationForm = {
  session: {
    id: string;
    status: SessionStatus;
    courseTitle: Localized;
    courseSummary: Localized;
    timeZone: string;
    format: SessionFormat;
    language: Locale;
    venueName: string | null;
    venueAddress: string | null;
    startsAt: Date;
    endsAt: Date;
    meetings: { startsAt: Date; endsAt: Date }[];
    priceTiers: PriceTier[];
    currency: string;
    offerHoldHours: number;
    cancelCutoffHours: number;
    seatsAvailable: number;
    waitlisted: number;
    window: WindowState;
    registrationOpensAt: Date | null;
    registrationClosesAt: Date | null;
  };
  questions: CourseQuestion[];
  kind: RegistrationKind;
  prerequisites: { ok: true } | { ok: false; mode: "all" | "any"; missing: MissingPrerequisite[] };
  /** From the person's profile, to start the pronouns field with. */
  pronouns: string;
  /** The person's live registration here (holding a seat, waiting, or an application); they see it instead of the form. */
  current: ViewerRegistration | null;
};

export async function readRegistrationForm(
  db: Executor,
  input: { sessionId: string; now: Date },
  viewer: Viewer,
): Promise<RegistrationForm> {
  const page = await showSession(db, { id: input.sessionId, now: input.now }, viewer);
  // Drafts are shown to admins and trainers by the catalog; nobody registers for one.
  if (page.status === "draft") throw new AppError("not_found", { detail: "No such session" });
  const [course] = await db
    .select({ questions: schema.course.questions })
    .from(schema.course)
    .where(eq(schema.course.id, page.course.id));
  const [person] = await db
    .select({ pronouns: schema.user.pronouns })
    .from(schema.user)
    .where(eq(schema.user.id, viewer.userId));

  const required = page.prerequisites.courses;
  let prerequisites: RegistrationForm["prerequisites"] = { ok: true };
  if (required.length) {
    const done = await completedCourses(
      db,
      viewer.userId,
      required.map((c) => c.id),
    );
    const check = checkPrerequisites({
      mode: page.prerequisites.mode,
      required: required.map((c) => c.id),
      completed: done,
    });
    if (!check.ok) {
      const declarations = await listMyOutsideCompletions(db, viewer.userId);
      prerequisites = {
        ok: false,
        mode: page.prerequisites.mode,
        missing: required
          .filter((c) => check.missing.includes(c.id))
          .map((c) => {
            // Newest first: the latest declaration for the course says where it stands.
            const latest = declarations.find((d) => d.courseId === c.id);
            return {
              id: c.id,
              title: c.title,
              declared: latest && latest.status !== "approved" ? latest.status : null,
            };
          }),
      };
    }
  }

  const current = page.viewerRegistration && isLive(page.viewerRegistration.status) ? page.viewerRegistration : null;
  return {
    session: {
      id: page.id,
      status: page.status,
      courseTitle: page.course.title,
      courseSummary: page.course.summary,
      timeZone: page.timeZone,
      format: page.format,
      language: page.language,
      venueName: page.venueName,
      venueAddress: page.venueAddress,
      startsAt: page.startsAt,
      endsAt: page.endsAt,
      meetings: page.meetings.map((m) => ({ startsAt: m.startsAt, endsAt: m.endsAt })),
      priceTiers: page.priceTiers,
      currency: page.currency,
      offerHoldHours: page.offerHoldHours,
      cancelCutoffHours: page.cancelCutoffHours,
      seatsAvailable: page.seats.available,
      waitlisted: page.seats.waitlisted,
      window: page.window,
      registrationOpensAt: page.registrationOpensAt,
      registrationClosesAt: page.registrationClosesAt,
    },
    questions: course?.questions ?? [],
    kind: page.course.requiresApproval ? "apply" : page.seats.available > 0 ? "register" : "waitlist",
    prerequisites,
    pronouns: person?.pronouns ?? "",
    current,
  };
}
