// A participant offers a testimonial: their words, the language they wrote in, how they want to be named, and their
// explicit consent to publish (the wording's version and the time are kept on the row). Staff review it before it shows.
import { currentWordingVersion } from "#features/privacy/consent-wording.ts";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { queryRows, schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { locales, type Locale } from "#core/locale.ts";
import { attributedName, attributions, MAX_TESTIMONIAL_LENGTH, testimonialConsentWording } from "#core/testimonials.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { recordConsents } from "#features/privacy/consent-records.ts";
import { parseInput, problem, requiredText } from "#features/validation/parse-input.ts";

/** A person may have this many testimonials waiting or shown at once; withdrawing one frees its place. */
export const MAX_OPEN_TESTIMONIALS = 3;

export const testimonialInput = z.object({
  body: requiredText(
    MAX_TESTIMONIAL_LENGTH,
    problem("impact.testimonials.errors.bodyMissing"),
    problem("impact.testimonials.errors.bodyTooLong"),
  ),
  language: z.enum(locales, problem("impact.testimonials.errors.language")),
  attribution: z.enum(attributions, problem("impact.testimonials.errors.attribution")),
  // Consent is never assumed: only an explicit "yes" from the checkbox counts.
  consent: z.literal(true, problem("impact.testimonials.errors.consent")),
});
export type TestimonialInput = z.input<typeof testimonialInput>;

export async function offerTestimonial(
  db: Executor,
  /** `locale`: the language the consent was asked in, kept with the person's consent record. */
  request: { viewer: Viewer | null; input: unknown; now: Date; locale?: Locale },
  actor: AuditActor,
): Promise<{ id: string }> {
  const viewer = request.viewer;
  if (!viewer) throw new AppError("unauthorized", { key: "impact.testimonials.errors.signIn" });
  const input = parseInput(testimonialInput, request.input);
  return db.transaction(async (tx) => {
    const [facts] = await queryRows<{ trained: boolean; open: string | number }>(
      tx,
      sql`SELECT
        EXISTS (SELECT 1 FROM completion c JOIN registration r ON r.id = c.registration_id WHERE r.user_id = ${viewer.userId}) AS trained,
        (SELECT count(*) FROM testimonial t WHERE t.user_id = ${viewer.userId} AND t.status <> 'hidden') AS open`,
    );
    // Only someone who took part in a training (a session was signed off for them) speaks about one.
    if (!facts?.trained) throw new AppError("forbidden", { key: "impact.testimonials.errors.notParticipant" });
    if (Number(facts.open) >= MAX_OPEN_TESTIMONIALS)
      throw new AppError("conflict", {
        key: "impact.testimonials.errors.tooMany",
        values: { max: MAX_OPEN_TESTIMONIALS },
      });
    const [person] = await tx
      .select({ name: schema.user.name })
      .from(schema.user)
      .where(and(eq(schema.user.id, viewer.userId)));
    const [row] = await tx
      .insert(schema.testimonial)
      .values({
        userId: viewer.userId,
        body: input.body,
        language: input.language,
        attribution: input.attribution,
        shownName: attributedName(person?.name ?? "", input.attribution),
        consentWording: testimonialConsentWording(currentWordingVersion("testimonial")),
        consentedAt: request.now,
        createdAt: request.now,
      })
      .returning({ id: schema.testimonial.id });
    await recordConsents(tx, [
      {
        userId: viewer.userId,
        purpose: "testimonial",
        subjectId: row!.id,
        locale: request.locale ?? "en",
        at: request.now,
      },
    ]);
    await recordAudit(tx, actor, {
      action: "testimonial.offer",
      targetType: "testimonial",
      targetId: row!.id,
      summary: {
        language: input.language,
        attribution: input.attribution,
        consentWording: testimonialConsentWording(currentWordingVersion("testimonial")),
      },
    });
    return { id: row!.id };
  });
}
