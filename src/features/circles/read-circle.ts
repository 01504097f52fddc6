// One circle as its members see it: who is in it, the meetings with the viewer's own answers and everyone's counts,
// the agreement in force with its history, and what the viewer may do. Strangers get "not found".
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { Viewer } from "#core/access.ts";
import { mayArchiveCircle, mayOrganizeCircle, mayPublishAgreement, type CircleStanding } from "#core/circles.ts";
import { meetingPrompts } from "#core/meeting-prompts.ts";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { circleStanding, type CircleRow } from "./circle-standing.ts";

export type CircleMeetingView = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  status: "scheduled" | "cancelled";
  moved: boolean;
  facilitatorId: string | null;
  myAnswer: "going" | "not_going" | "maybe" | null;
  going: number;
  maybe: number;
  attended: string[];
  /** The prompt the circle reflects on that day, in both languages; `chosen` when the facilitator picked it. */
  prompt: { id: string; textEn: string; textEs: string; chosen: boolean } | null;
};

export type CircleView = {
  circle: CircleRow;
  standing: CircleStanding;
  /**
   * `act`: the circle takes answers, attendance and proposals (false once archived, when it is read-only for
   * everyone); `archive`: the viewer may archive it.
   */
  may: { organize: boolean; publish: boolean; act: boolean; archive: boolean };
  archived: { at: Date; reason: string | null } | null;
  members: { userId: string; name: string; organizer: boolean; rotationPosition: number | null }[];
  requests: { userId: string; name: string }[];
  pendingInvitations: { id: string; email: string }[];
  meetings: CircleMeetingView[];
  nextFacilitator: { userId: string; name: string } | null;
  agreement: {
    versions: { version: number; body: string; publishedAt: Date }[];
    acknowledgedCurrent: boolean;
    acknowledgements: number;
    openProposals: { id: string; body: string; proposedBy: string | null; createdAt: Date }[];
  };
  myReminderMinutes: number | null;
};

export async function readCircle(
  db: Executor,
  input: { viewer: Viewer | null; circleId: string; now: Date },
): Promise<CircleView> {
  const { circle, standing } = await circleStanding(db, input.viewer, input.circleId, {
    facilitatorOf: "next",
    now: input.now,
  });
  if (!standing.member || !input.viewer) throw new AppError("not_found", { key: "circles.errors.notFound" });
  const me = input.viewer.userId;
  const people = await db
    .select({
      userId: schema.circleMember.userId,
      status: schema.circleMember.status,
      organizer: schema.circleMember.organizer,
      rotationPosition: schema.circleMember.rotationPosition,
      reminderMinutes: schema.circleMember.reminderMinutes,
      name: schema.user.name,
    })
    .from(schema.circleMember)
    .innerJoin(schema.user, eq(schema.user.id, schema.circleMember.userId))
    .where(
      and(eq(schema.circleMember.circleId, circle.id), inArray(schema.circleMember.status, ["active", "requested"])),
    )
    .orderBy(asc(schema.circleMember.rotationPosition), asc(schema.user.name));
  const members = people.filter((p) => p.status === "active");
  const m = schema.circleMeeting;
  const meetings = await db.select().from(m).where(eq(m.circleId, circle.id)).orderBy(asc(m.startsAt));
  const ids = meetings.map((row) => row.id);
  const answers = ids.length
    ? await db
        .select({
          meetingId: schema.circleRsvp.meetingId,
          userId: schema.circleRsvp.userId,
          answer: schema.circleRsvp.answer,
        })
        .from(schema.circleRsvp)
        .where(inArray(schema.circleRsvp.meetingId, ids))
    : [];
  const attendance = ids.length
    ? await db
        .select({ meetingId: schema.circleAttendance.meetingId, userId: schema.circleAttendance.userId })
        .from(schema.circleAttendance)
        .where(inArray(schema.circleAttendance.meetingId, ids))
    : [];
  const prompts = await promptsForMeetings(db, circle.id, meetings);
  const versions = await db
    .select({
      id: schema.circleAgreementVersion.id,
      version: schema.circleAgreementVersion.version,
      body: schema.circleAgreementVersion.body,
      publishedAt: schema.circleAgreementVersion.publishedAt,
    })
    .from(schema.circleAgreementVersion)
    .where(eq(schema.circleAgreementVersion.circleId, circle.id))
    .orderBy(desc(schema.circleAgreementVersion.version));
  const current = versions[0];
  const acks = current
    ? await db
        .select({ userId: schema.circleAgreementAck.userId })
        .from(schema.circleAgreementAck)
        .where(eq(schema.circleAgreementAck.versionId, current.id))
    : [];
  const proposals = await db
    .select({
      id: schema.circleAgreementProposal.id,
      body: schema.circleAgreementProposal.body,
      proposedBy: schema.user.name,
      createdAt: schema.circleAgreementProposal.createdAt,
    })
    .from(schema.circleAgreementProposal)
    .leftJoin(schema.user, eq(schema.user.id, schema.circleAgreementProposal.proposedBy))
    .where(
      and(eq(schema.circleAgreementProposal.circleId, circle.id), eq(schema.circleAgreementProposal.status, "open")),
    )
    .orderBy(asc(schema.circleAgreementProposal.createdAt));
  const open = !circle.archivedAt;
  // An archived circle is read-only (archive-circle.ts): nobody organizes it, its history stays readable.
  const organize = open && mayOrganizeCircle(standing);
  const invitations = organize
    ? await db
        .select({ id: schema.circleInvitation.id, email: schema.circleInvitation.email })
        .from(schema.circleInvitation)
        .where(and(eq(schema.circleInvitation.circleId, circle.id), eq(schema.circleInvitation.status, "pending")))
    : [];
  const next = meetings.find((row) => row.status === "scheduled" && row.endsAt > input.now);
  const nextFacilitator = next?.facilitatorId ? members.find((p) => p.userId === next.facilitatorId) : undefined;
  return {
    circle,
    standing,
    may: {
      organize,
      publish: open && mayPublishAgreement(standing),
      act: open,
      archive: open && mayArchiveCircle(input.viewer, standing),
    },
    archived: circle.archivedAt ? { at: circle.archivedAt, reason: circle.archiveReason } : null,
    members: members.map(({ userId, name, organizer, rotationPosition }) => ({
      userId,
      name,
      organizer,
      rotationPosition,
    })),
    requests: organize
      ? people.filter((p) => p.status === "requested").map(({ userId, name }) => ({ userId, name }))
      : [],
    pendingInvitations: invitations,
    meetings: meetings.map((row) => {
      const own = answers.filter((a) => a.meetingId === row.id);
      return {
        id: row.id,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        status: row.status,
        moved: row.startsAt.getTime() !== row.originalStartsAt.getTime(),
        facilitatorId: row.facilitatorId,
        myAnswer: own.find((a) => a.userId === me)?.answer ?? null,
        going: own.filter((a) => a.answer === "going").length,
        maybe: own.filter((a) => a.answer === "maybe").length,
        attended: attendance.filter((a) => a.meetingId === row.id).map((a) => a.userId),
        prompt: prompts.get(row.id) ?? null,
      };
    }),
    nextFacilitator: nextFacilitator ? { userId: nextFacilitator.userId, name: nextFacilitator.name } : null,
    agreement: {
      versions: versions.map(({ version, body, publishedAt }) => ({ version, body, publishedAt })),
      acknowledgedCurrent: acks.some((a) => a.userId === me),
      acknowledgements: acks.length,
      openProposals: proposals,
    },
    myReminderMinutes: members.find((p) => p.userId === me)?.reminderMinutes ?? null,
  };
}

/**
 * Each meeting's prompt: the facilitator's choice, else the library's in turn. Two queries: the choices with their
 * text, and the library's offered prompts in order.
 */
async function promptsForMeetings(
  db: Executor,
  circleId: string,
  meetings: { id: string; originalStartsAt: Date }[],
): Promise<Map<string, NonNullable<CircleMeetingView["prompt"]>>> {
  const out = new Map<string, NonNullable<CircleMeetingView["prompt"]>>();
  if (!meetings.length) return out;
  const p = schema.reflectionPrompt;
  const choices = await db
    .select({ meetingId: schema.circleMeetingPrompt.meetingId, id: p.id, textEn: p.textEn, textEs: p.textEs })
    .from(schema.circleMeetingPrompt)
    .innerJoin(p, eq(p.id, schema.circleMeetingPrompt.promptId))
    .where(eq(schema.circleMeetingPrompt.circleId, circleId));
  const library = await db
    .select({ id: p.id, textEn: p.textEn, textEs: p.textEs })
    .from(p)
    .where(eq(p.active, true))
    .orderBy(asc(p.sortOrder), asc(p.createdAt), asc(p.id));
  const texts = new Map([...library, ...choices].map(({ id, textEn, textEs }) => [id, { textEn, textEs }]));
  const shown = meetingPrompts(
    meetings,
    new Map(choices.map((c) => [c.meetingId, c.id])),
    library.map((row) => row.id),
  );
  for (const [meetingId, { promptId, chosen }] of shown) {
    const text = texts.get(promptId);
    if (text) out.set(meetingId, { id: promptId, ...text, chosen });
  }
  return out;
}

export type CircleSummary = {
  id: string;
  name: string;
  description: string;
  language: "en" | "es";
  memberCount: number;
  maxMembers: number;
  meetingCount: number;
};

/** Counts for several circles in two queries: active members, and meetings held or planned (not cancelled). */
export async function circleCounts(
  db: Executor,
  circleIds: string[],
): Promise<Map<string, { members: number; meetings: number }>> {
  const out = new Map(circleIds.map((id) => [id, { members: 0, meetings: 0 }]));
  if (!circleIds.length) return out;
  const members = await db
    .select({ circleId: schema.circleMember.circleId, n: count() })
    .from(schema.circleMember)
    .where(and(inArray(schema.circleMember.circleId, circleIds), eq(schema.circleMember.status, "active")))
    .groupBy(schema.circleMember.circleId);
  const meetings = await db
    .select({ circleId: schema.circleMeeting.circleId, n: count() })
    .from(schema.circleMeeting)
    .where(and(inArray(schema.circleMeeting.circleId, circleIds), eq(schema.circleMeeting.status, "scheduled")))
    .groupBy(schema.circleMeeting.circleId);
  for (const row of members) out.get(row.circleId)!.members = row.n;
  for (const row of meetings) out.get(row.circleId)!.meetings = row.n;
  return out;
}
