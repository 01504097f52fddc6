// Archives a course (hidden from the public catalog, no new sessions) or brings it back. Admins only, audited.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { AppError } from "#platform/app-error.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { requireAdmin } from "#features/access/require-admin.ts";

export async function archiveCourse(
  db: Executor,
  input: { viewer: Viewer | null; courseId: string; archived: boolean; now: Date },
  actor: AuditActor,
): Promise<{ changed: boolean; title: string }> {
  requireAdmin(input.viewer);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(schema.course).where(eq(schema.course.id, input.courseId)).for("update");
    if (!current) throw new AppError("not_found", { detail: "No such course" });
    // Sessions already planned keep running: archiving only stops new ones and hides the course from the catalog.
    if (Boolean(current.archivedAt) === input.archived) return { changed: false, title: current.titleEn };
    await tx
      .update(schema.course)
      .set({ archivedAt: input.archived ? input.now : null })
      .where(eq(schema.course.id, current.id));
    await recordAudit(tx, actor, {
      action: input.archived ? "course.archive" : "course.unarchive",
      targetType: "course",
      targetId: current.id,
      summary: { slug: current.slug },
    });
    return { changed: true, title: current.titleEn };
  });
}
