// Copies a session as a new draft a chosen number of weeks later: same clock times in its zone, trainers and prices
// kept, no registrations. Admins only, audited.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { shiftByLocalDays } from "#core/local-time.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";

export const MAX_DUPLICATE_WEEKS = 104;

const duplicateInput = z.object({
  weeks: z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value),
    z
      .number(problem("sessions.errors.weeks"))
      .int(problem("sessions.errors.weeks"))
      .min(0, problem("sessions.errors.weeks"))
      .max(MAX_DUPLICATE_WEEKS, problem("sessions.errors.weeks")),
  ),
});

export async function duplicateSession(
  db: Executor,
  input: { viewer: Viewer | null; sessionId: string; weeks: number | string },
  actor: AuditActor,
): Promise<{ id: string }> {
  requireAdmin(input.viewer);
  const { weeks } = parseInput(duplicateInput, input);
  return db.transaction(async (tx) => {
    const s = schema.trainingSession;
    const [source] = await tx.select().from(s).where(eq(s.id, input.sessionId));
    if (!source) throw new AppError("not_found", { detail: "No such session" });
    const [course] = await tx
      .select({ archivedAt: schema.course.archivedAt })
      .from(schema.course)
      .where(eq(schema.course.id, source.courseId));
    if (course?.archivedAt) throw invalid([{ path: "weeks", message: problem("sessions.errors.courseArchived") }]);
    const days = weeks * 7;
    const shift = (instant: Date) => shiftByLocalDays(instant, days, source.timeZone);
    const shiftOrNull = (instant: Date | null) => (instant ? shift(instant) : null);
    const meetings = await tx
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, source.id))
      .orderBy(asc(schema.sessionMeeting.position));
    const trainers = await tx
      .select()
      .from(schema.sessionTrainer)
      .where(eq(schema.sessionTrainer.sessionId, source.id));

    const [copy] = await tx
      .insert(s)
      .values({
        courseId: source.courseId,
        status: "draft",
        timeZone: source.timeZone,
        format: source.format,
        language: source.language,
        venueName: source.venueName,
        venueAddress: source.venueAddress,
        accessibilityNotes: source.accessibilityNotes,
        accessibilityNotesEs: source.accessibilityNotesEs,
        joinUrl: source.joinUrl,
        joinDetails: source.joinDetails,
        joinDetailsEs: source.joinDetailsEs,
        capacity: source.capacity,
        reservedPartnerSeats: source.reservedPartnerSeats,
        reservedOrganizationId: source.reservedOrganizationId,
        reservedScholarshipSeats: source.reservedScholarshipSeats,
        registrationOpensAt: shiftOrNull(source.registrationOpensAt),
        registrationClosesAt: shiftOrNull(source.registrationClosesAt),
        offerHoldHours: source.offerHoldHours,
        cancelCutoffHours: source.cancelCutoffHours,
        priceTiers: source.priceTiers,
        currency: source.currency,
        notesEn: source.notesEn,
        notesEs: source.notesEs,
        startsAt: shift(source.startsAt),
        endsAt: shift(source.endsAt),
      })
      .returning({ id: s.id });
    if (meetings.length) {
      await tx.insert(schema.sessionMeeting).values(
        meetings.map((meeting) => ({
          sessionId: copy!.id,
          position: meeting.position,
          startsAt: shift(meeting.startsAt),
          endsAt: shift(meeting.endsAt),
          breaks: meeting.breaks.map((b) => ({
            startsAt: shift(new Date(b.startsAt)).toISOString(),
            endsAt: shift(new Date(b.endsAt)).toISOString(),
          })),
        })),
      );
    }
    if (trainers.length)
      await tx
        .insert(schema.sessionTrainer)
        .values(trainers.map((t) => ({ sessionId: copy!.id, userId: t.userId, role: t.role })));
    await recordAudit(tx, actor, {
      action: "session.duplicate",
      targetType: "training_session",
      targetId: copy!.id,
      summary: { from: source.id, weeks },
    });
    return { id: copy!.id };
  });
}
