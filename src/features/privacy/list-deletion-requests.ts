// The admins' privacy queue: every "delete my account" request with its dates and whether it is done — never who asked
// or what was deleted. There is nothing here to stop a request: admins can only watch it complete.
import { desc, lt } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { deletionStatus, type DeletionStatus } from "#core/account-deletion.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";

export type DeletionRequestRow = {
  id: string;
  /** A short reference, so an admin can speak about one request without naming the person. */
  reference: string;
  requestedAt: Date;
  completedAt: Date | null;
  status: DeletionStatus;
};

export const DELETION_QUEUE_PAGE_SIZE = 50;

export async function listDeletionRequests(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; before?: Date },
): Promise<{ requests: DeletionRequestRow[]; nextBefore: string | null }> {
  if (!isHubAdmin(request.viewer)) throw new AppError("forbidden", { detail: "Only hub admins see the privacy queue" });
  const rows = await services.db
    .select({
      id: schema.accountDeletion.id,
      requestedAt: schema.accountDeletion.requestedAt,
      completedAt: schema.accountDeletion.completedAt,
    })
    .from(schema.accountDeletion)
    .where(request.before ? lt(schema.accountDeletion.requestedAt, request.before) : undefined)
    .orderBy(desc(schema.accountDeletion.requestedAt))
    .limit(DELETION_QUEUE_PAGE_SIZE + 1);
  const page = rows.slice(0, DELETION_QUEUE_PAGE_SIZE);
  return {
    requests: page.map((row) => ({
      ...row,
      reference: row.id.slice(0, 8).toUpperCase(),
      status: deletionStatus(row),
    })),
    nextBefore: rows.length > DELETION_QUEUE_PAGE_SIZE ? page.at(-1)!.requestedAt.toISOString() : null,
  };
}
