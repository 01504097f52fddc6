// A trainer's renewable standing (apprentice → active → lapsed → alumni), computed from recorded facts and `now` by a
// requirement set the hub chooses; never typed in. The permanent opening credential (Training of Trainers) is a fact
// here, not a standing: it never lapses. An admin override, with its written reason, wins while it lasts.
import { addMonths } from "./open-badges.ts";

/** The hub's own rules for one trainer level; IPS publishes none, so every number here is data an admin may edit. */
export type RequirementSet = {
  /** Co-trainings beside an active lead before an apprentice becomes active. */
  apprenticeCoTrainings: number;
  /** Months active after each training led or co-led. */
  activeMonthsAfterTraining: number;
  /** Co-reflection at least once in this many months while active; null when not required. */
  coReflectionEveryMonths: number | null;
  /** A refresher at least once in this many months (counted from the credential); null when not required. */
  refresherEveryMonths: number | null;
  /** Months lapsed before a trainer counts as alumni. */
  alumniAfterLapsedMonths: number;
  /** Months to lead or co-lead a training after coming back from a lapse through a co-reflection. */
  returnMonths: number;
  /** Co-trainings beside an active lead that bring an alumnus back (the apprenticeship again, by default). */
  alumniReturnCoTrainings: number;
};

/** The default set, seeded as the hub's own choice (issue 10): admins may change every number. */
export const defaultRequirementSet: RequirementSet = {
  apprenticeCoTrainings: 2,
  activeMonthsAfterTraining: 24,
  coReflectionEveryMonths: 3,
  refresherEveryMonths: null,
  alumniAfterLapsedMonths: 24,
  returnMonths: 12,
  alumniReturnCoTrainings: 2,
};

export type ActivityKind = "co_reflection" | "demo" | "meeting" | "refresher";

/** Everything the hub records that standing depends on; dates after `now` are ignored. */
export type StandingFacts = {
  /** When the opening credential (e.g. Training of Trainers) was issued; null when the person has none. */
  credentialAt: Date | null;
  /** Trainings the person trained in, dated by their last meeting's end. */
  trainings: readonly { at: Date; role: "lead" | "co" }[];
  /** Co-reflection attended, demos, meetings and refreshers, from any source (circles, admin records). */
  activities: readonly { at: Date; kind: ActivityKind }[];
  /** An admin's override with its written reason; it holds until `until` (or until removed when null). */
  override: { status: StandingStatus; reason: string; setAt: Date; until: Date | null } | null;
};

export type StandingStatus = "none" | "apprentice" | "active" | "lapsed" | "alumni";

/** The requirement whose date decides when an active trainer would lapse. */
export type Clock = "training" | "co_reflection" | "refresher";

/** What happens next, in the words a page or mail needs. */
export type NextStep =
  /** Co-train this many more trainings beside an active lead. */
  | { kind: "co_train"; remaining: number }
  /** Lead or co-lead a training, attend a co-reflection, or take a refresher before `by`. */
  | { kind: "keep_active"; clock: Clock; by: Date }
  /** Ways back from a lapse: what is overdue. */
  | { kind: "return_from_lapse"; overdue: Clock[] }
  /** Complete the opening credential. */
  | { kind: "earn_credential" }
  /** Set by an admin; nothing to do until it ends. */
  | { kind: "override"; until: Date | null };

export type Standing = {
  status: StandingStatus;
  /** When the person reached this status (null for none). */
  since: Date | null;
  /** When the status will change by itself if nothing happens (null: only an action changes it). */
  changesAt: Date | null;
  /** The status it then changes to. */
  changesTo: StandingStatus | null;
  next: NextStep;
  /** For lapsed and alumni: which requirement ran out. */
  lapsedFor: Clock[];
  /** The admin's reason when an override decides the status. */
  overrideReason: string | null;
  /** The permanent credential, kept apart from the renewable standing. */
  credentialAt: Date | null;
};

type Event = { at: Date; kind: "training" | ActivityKind; role?: "lead" | "co" };

const earliest = (dates: Date[]) => new Date(Math.min(...dates.map((date) => date.getTime())));

/** Computes standing at `now` by walking the recorded facts in time order. */
export function trainerStanding(rules: RequirementSet, facts: StandingFacts, now: Date): Standing {
  const computed = computedStanding(rules, facts, now);
  const override = facts.override;
  if (override && override.setAt <= now && (!override.until || now < override.until)) {
    return {
      ...computed,
      status: override.status,
      since: override.setAt,
      changesAt: override.until,
      changesTo: null,
      next: { kind: "override", until: override.until },
      overrideReason: override.reason,
    };
  }
  return computed;
}

function computedStanding(rules: RequirementSet, facts: StandingFacts, now: Date): Standing {
  const base = { lapsedFor: [] as Clock[], overrideReason: null, credentialAt: facts.credentialAt };
  if (!facts.credentialAt || facts.credentialAt > now) {
    return {
      ...base,
      credentialAt: null,
      status: "none",
      since: null,
      changesAt: null,
      changesTo: null,
      next: { kind: "earn_credential" },
    };
  }
  const events: Event[] = [
    ...facts.trainings.map((t) => ({ at: t.at, kind: "training" as const, role: t.role })),
    ...facts.activities.map((a) => ({ at: a.at, kind: a.kind })),
  ]
    .filter((event) => event.at >= facts.credentialAt! && event.at <= now)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === "training" ? -1 : 1));

  // Read through `current()`: the closures below change it, which TypeScript's narrowing cannot see.
  let status: StandingStatus = "apprentice";
  const current = (): StandingStatus => status;
  let since = facts.credentialAt;
  let coTrainings = 0;
  let needed = rules.apprenticeCoTrainings;
  // Each clock's start; the training clock's length is shorter after a return from a lapse.
  let trainingFrom = since;
  let trainingMonths = rules.activeMonthsAfterTraining;
  let coReflectionFrom = since;
  let refresherFrom = facts.credentialAt;
  let lapsedFor: Clock[] = [];

  const deadlines = (): { clock: Clock; at: Date }[] => {
    const list: { clock: Clock; at: Date }[] = [{ clock: "training", at: addMonths(trainingFrom, trainingMonths) }];
    if (rules.coReflectionEveryMonths !== null)
      list.push({ clock: "co_reflection", at: addMonths(coReflectionFrom, rules.coReflectionEveryMonths) });
    if (rules.refresherEveryMonths !== null)
      list.push({ clock: "refresher", at: addMonths(refresherFrom, rules.refresherEveryMonths) });
    return list;
  };
  const activeUntil = () => earliest(deadlines().map((d) => d.at));
  const overdueAt = (at: Date) =>
    deadlines()
      .filter((d) => d.at <= at)
      .map((d) => d.clock);
  const becomeActive = (at: Date) => {
    status = "active";
    since = at;
    trainingFrom = at;
    trainingMonths = rules.activeMonthsAfterTraining;
    coReflectionFrom = at;
    lapsedFor = [];
  };
  // Time passing without events: active runs out into lapsed, lapsed into alumni.
  const advanceTo = (at: Date) => {
    if (status === "active") {
      const until = activeUntil();
      if (until <= at) {
        lapsedFor = overdueAt(until);
        status = "lapsed";
        since = until;
      }
    }
    if (status === "lapsed") {
      const alumniAt = addMonths(since, rules.alumniAfterLapsedMonths);
      if (alumniAt <= at) {
        status = "alumni";
        since = alumniAt;
        coTrainings = 0;
        needed = rules.alumniReturnCoTrainings;
      }
    }
  };

  for (const event of events) {
    advanceTo(event.at);
    if (event.kind === "refresher") refresherFrom = event.at;
    if (event.kind === "co_reflection") coReflectionFrom = event.at;
    switch (current()) {
      case "apprentice":
      case "alumni":
        if (event.kind === "training") {
          coTrainings += 1;
          if (coTrainings >= needed) becomeActive(event.at);
        }
        break;
      case "active":
        if (event.kind === "training") {
          trainingFrom = event.at;
          trainingMonths = rules.activeMonthsAfterTraining;
        }
        break;
      case "lapsed": {
        // The way back from a lapse: meet again what ran out. A co-reflection opens the training clock again for a
        // shorter while, in which to lead or co-lead a training.
        if (event.kind === "co_reflection" && lapsedFor.includes("training")) {
          trainingFrom = event.at;
          trainingMonths = rules.returnMonths;
        }
        if (event.kind === "training") {
          trainingFrom = event.at;
          trainingMonths = rules.activeMonthsAfterTraining;
        }
        const stillOverdue = overdueAt(event.at);
        lapsedFor = lapsedFor.filter((clock) => stillOverdue.includes(clock));
        if (stillOverdue.length === 0) {
          status = "active";
          since = event.at;
          lapsedFor = [];
        }
        break;
      }
      default:
        break;
    }
  }
  advanceTo(now);

  switch (current()) {
    case "apprentice":
    case "alumni":
      return {
        ...base,
        status: current(),
        since,
        changesAt: null,
        changesTo: null,
        next: { kind: "co_train", remaining: Math.max(needed - coTrainings, 1) },
        lapsedFor: current() === "alumni" ? lapsedFor : [],
      };
    case "active": {
      const binding = deadlines().sort((a, b) => a.at.getTime() - b.at.getTime())[0]!;
      return {
        ...base,
        status,
        since,
        changesAt: binding.at,
        changesTo: "lapsed",
        next: { kind: "keep_active", clock: binding.clock, by: binding.at },
      };
    }
    default:
      return {
        ...base,
        status: "lapsed",
        since,
        changesAt: addMonths(since, rules.alumniAfterLapsedMonths),
        changesTo: "alumni",
        next: { kind: "return_from_lapse", overdue: lapsedFor },
        lapsedFor,
      };
  }
}

/** Whether a standing lets a person be put on a session, and in which role (the staffing rules use this). */
export function mayLead(status: StandingStatus): boolean {
  return status === "active";
}

/** Apprentices, and alumni coming back, train only as co-trainers beside an active lead. */
export function isLearning(status: StandingStatus): boolean {
  return status === "apprentice" || status === "alumni";
}

/** The lapse date a reminder should be sent for now, if any: an active standing that changes within `daysBefore`. */
export function standingReminderDue(standing: Standing, now: Date, daysBefore: number): Date | null {
  if (standing.status !== "active" || standing.overrideReason !== null || !standing.changesAt) return null;
  const left = standing.changesAt.getTime() - now.getTime();
  return left > 0 && left <= daysBefore * 86_400_000 ? standing.changesAt : null;
}
