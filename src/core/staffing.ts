// Who may train a session: every published session has an active lead; apprentices (and alumni coming back) only as
// co-trainers beside an active lead; nobody lapsed or without the opening credential; nobody in two meetings at once.
// Pure: the caller passes each trainer's standing and their other meetings. Each refusal says why and what would fix it.
import { isLearning, mayLead, type StandingStatus } from "./trainer-standing.ts";

export type Interval = { startsAt: Date; endsAt: Date };

export type StaffingPlan = {
  status: "draft" | "published" | "cancelled" | "completed";
  meetings: readonly Interval[];
  trainers: readonly { userId: string; role: "lead" | "co"; standing: StandingStatus }[];
  /** The trainers' meetings in other sessions that are not cancelled. */
  otherMeetings: readonly (Interval & { userId: string; sessionId: string })[];
};

export type StaffingRefusal =
  /** Fix: add an active trainer as lead. */
  | { kind: "no_active_lead" }
  /** Fix: add them as co-trainer beside an active lead (apprentices do not lead). */
  | { kind: "learning_as_lead"; userId: string }
  /** Fix: add an active lead beside them. */
  | { kind: "learning_without_active_lead"; userId: string }
  /** Fix: their way back (a co-reflection, a refresher), or an admin's override with a reason. */
  | { kind: "lapsed"; userId: string }
  /** Fix: record their Training of Trainers credential first. */
  | { kind: "no_credential"; userId: string }
  /** Fix: move one of the two meetings, or choose another trainer. */
  | { kind: "double_booked"; userId: string; sessionId: string };

const overlaps = (a: Interval, b: Interval) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export function checkStaffing(plan: StaffingPlan): StaffingRefusal[] {
  if (plan.status === "cancelled" || plan.status === "completed") return [];
  const refusals: StaffingRefusal[] = [];
  const activeLead = plan.trainers.some((t) => t.role === "lead" && mayLead(t.standing));
  if (plan.status === "published" && !activeLead) refusals.push({ kind: "no_active_lead" });
  for (const trainer of plan.trainers) {
    if (trainer.standing === "lapsed") refusals.push({ kind: "lapsed", userId: trainer.userId });
    else if (trainer.standing === "none") refusals.push({ kind: "no_credential", userId: trainer.userId });
    else if (isLearning(trainer.standing)) {
      if (trainer.role === "lead") refusals.push({ kind: "learning_as_lead", userId: trainer.userId });
      else if (!activeLead) refusals.push({ kind: "learning_without_active_lead", userId: trainer.userId });
    }
    const clash = plan.otherMeetings.find(
      (other) => other.userId === trainer.userId && plan.meetings.some((meeting) => overlaps(meeting, other)),
    );
    if (clash) refusals.push({ kind: "double_booked", userId: trainer.userId, sessionId: clash.sessionId });
  }
  return refusals;
}
