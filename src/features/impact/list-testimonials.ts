// Testimonials as each reader may see them: a person their own, staff every one waiting for review, and the public page
// the approved ones in its language.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { SHOWN_TESTIMONIALS } from "#core/testimonials.ts";
import { AppError } from "#platform/app-error.ts";

const t = schema.testimonial;

export async function listMyTestimonials(db: Executor, viewer: Viewer) {
  return db
    .select({
      id: t.id,
      body: t.body,
      language: t.language,
      attribution: t.attribution,
      shownName: t.shownName,
      status: t.status,
      consentedAt: t.consentedAt,
    })
    .from(t)
    .where(eq(t.userId, viewer.userId))
    .orderBy(desc(t.createdAt));
}
export type MyTestimonial = Awaited<ReturnType<typeof listMyTestimonials>>[number];

/** For review: waiting ones first (oldest first), then those already decided (newest decision first). */
export async function listTestimonialsForReview(db: Executor, viewer: Viewer | null) {
  if (!isHubAdmin(viewer)) throw new AppError("forbidden", { key: "impact.testimonials.errors.forbidden" });
  const columns = {
    id: t.id,
    body: t.body,
    language: t.language,
    attribution: t.attribution,
    shownName: t.shownName,
    status: t.status,
    consentWording: t.consentWording,
    consentedAt: t.consentedAt,
    reviewedAt: t.reviewedAt,
  };
  const [waiting, decided] = await Promise.all([
    db.select(columns).from(t).where(eq(t.status, "pending")).orderBy(asc(t.createdAt)),
    db
      .select(columns)
      .from(t)
      .where(inArray(t.status, ["approved", "hidden"]))
      .orderBy(desc(t.reviewedAt))
      .limit(100),
  ]);
  return { waiting, decided };
}
export type ReviewedTestimonial = Awaited<ReturnType<typeof listTestimonialsForReview>>["waiting"][number];

/** The approved testimonials in a language, newest approval first: the words and the name chosen, nothing else. */
export async function shownTestimonials(db: Executor, locale: Locale) {
  return db
    .select({ id: t.id, body: t.body, shownName: t.shownName })
    .from(t)
    .where(and(eq(t.status, "approved"), eq(t.language, locale)))
    .orderBy(desc(t.reviewedAt))
    .limit(SHOWN_TESTIMONIALS);
}
export type ShownTestimonial = Awaited<ReturnType<typeof shownTestimonials>>[number];
