// The circles page: the viewer's circles, invitations waiting for them, circles open to requests; and for hub admins,
// every circle as a name, a size and a meeting count, never who is in it (DESIGN §7 privacy).
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { isHubAdmin, type Viewer } from "#core/access.ts";
import { mayRestoreCircle, mayStartCircle } from "#core/circles.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { circleCounts, type CircleSummary } from "./read-circle.ts";

export type CirclesPage = {
  mine: (CircleSummary & { requested: boolean })[];
  invitations: { id: string; circleId: string; circleName: string; description: string }[];
  open: CircleSummary[];
  /** Only for hub admins. */
  all: CircleSummary[] | null;
  /**
   * Listed apart: archived circles the viewer is a member of (to read their history), and for hub admins every
   * archived circle (to restore one), again as a name, a size and a meeting count.
   */
  archived: (CircleSummary & { archivedAt: Date; member: boolean })[];
  mayStart: boolean;
  mayRestore: boolean;
};

const summaryColumns = {
  id: schema.circle.id,
  name: schema.circle.name,
  description: schema.circle.description,
  language: schema.circle.language,
  maxMembers: schema.circle.maxMembers,
};

export async function listCircles(db: Executor, input: { viewer: Viewer | null }): Promise<CirclesPage> {
  const viewer = input.viewer;
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  const mineRows = await db
    .select({ ...summaryColumns, status: schema.circleMember.status })
    .from(schema.circleMember)
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMember.circleId))
    .where(
      and(
        eq(schema.circleMember.userId, viewer.userId),
        inArray(schema.circleMember.status, ["active", "requested"]),
        isNull(schema.circle.archivedAt),
      ),
    )
    .orderBy(asc(schema.circle.name));
  const invitations = await db
    .select({
      id: schema.circleInvitation.id,
      circleId: schema.circle.id,
      circleName: schema.circle.name,
      description: schema.circle.description,
    })
    .from(schema.circleInvitation)
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleInvitation.circleId))
    .where(
      and(
        eq(sql`lower(${schema.circleInvitation.email})`, viewer.email.toLowerCase()),
        eq(schema.circleInvitation.status, "pending"),
        isNull(schema.circle.archivedAt),
      ),
    );
  const mineIds = new Set(mineRows.map((r) => r.id));
  const openRows = (
    await db
      .select(summaryColumns)
      .from(schema.circle)
      .where(and(eq(schema.circle.joinPolicy, "request"), isNull(schema.circle.archivedAt)))
      .orderBy(asc(schema.circle.name))
      .limit(100)
  ).filter((r) => !mineIds.has(r.id));
  const allRows = isHubAdmin(viewer)
    ? await db
        .select(summaryColumns)
        .from(schema.circle)
        .where(isNull(schema.circle.archivedAt))
        .orderBy(asc(schema.circle.name))
    : null;
  const archivedMine = await db
    .select({ ...summaryColumns, archivedAt: schema.circle.archivedAt })
    .from(schema.circleMember)
    .innerJoin(schema.circle, eq(schema.circle.id, schema.circleMember.circleId))
    .where(
      and(
        eq(schema.circleMember.userId, viewer.userId),
        eq(schema.circleMember.status, "active"),
        isNotNull(schema.circle.archivedAt),
      ),
    )
    .orderBy(desc(schema.circle.archivedAt));
  const mayRestore = mayRestoreCircle(viewer);
  const archivedMineIds = new Set(archivedMine.map((r) => r.id));
  const archivedOthers = mayRestore
    ? (
        await db
          .select({ ...summaryColumns, archivedAt: schema.circle.archivedAt })
          .from(schema.circle)
          .where(isNotNull(schema.circle.archivedAt))
          .orderBy(desc(schema.circle.archivedAt))
      ).filter((r) => !archivedMineIds.has(r.id))
    : [];
  const archivedRows = [
    ...archivedMine.map((r) => ({ ...r, member: true })),
    ...archivedOthers.map((r) => ({ ...r, member: false })),
  ];
  const counts = await circleCounts(db, [
    ...new Set([...mineRows, ...openRows, ...(allRows ?? []), ...archivedRows].map((r) => r.id)),
  ]);
  const summary = (r: (typeof openRows)[number]): CircleSummary => ({
    ...r,
    memberCount: counts.get(r.id)!.members,
    meetingCount: counts.get(r.id)!.meetings,
  });
  return {
    mine: mineRows.map(({ status, ...r }) => ({ ...summary(r), requested: status === "requested" })),
    invitations,
    open: openRows.map(summary),
    all: allRows?.map(summary) ?? null,
    archived: archivedRows.map(({ archivedAt, member, ...r }) => ({ ...summary(r), archivedAt: archivedAt!, member })),
    mayStart: mayStartCircle(viewer, await readHubSettings(db)),
    mayRestore,
  };
}
