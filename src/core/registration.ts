// The registration state machine and the rules a request must pass: window, cutoff, prerequisites, price, answers (docs/product.md, C3).
import type { CourseQuestion, PriceTier, PriceTierKind, SessionStatus } from "./catalog.ts";

export const registrationStatuses = [
  "pending_approval",
  "approved",
  "confirmed",
  "waitlisted",
  "offered",
  "declined",
  "expired",
  "cancelled",
  "denied",
  "transferred",
  "no_show",
] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** States in which a registration still counts for the session: it holds a seat, waits for one, or waits for a decision. */
export const liveStatuses = [
  "pending_approval",
  "approved",
  "confirmed",
  "waitlisted",
  "offered",
] as const satisfies readonly RegistrationStatus[];

const transitions: Record<RegistrationStatus, readonly RegistrationStatus[]> = {
  pending_approval: ["approved", "denied", "cancelled"],
  // Approval places the request at once: a seat if one is free after everyone waiting, else the line.
  approved: ["confirmed", "waitlisted", "cancelled"],
  waitlisted: ["offered", "cancelled", "transferred"],
  offered: ["confirmed", "declined", "expired", "cancelled"],
  confirmed: ["cancelled", "transferred", "no_show"],
  declined: [],
  expired: [],
  cancelled: [],
  denied: [],
  transferred: [],
  no_show: ["confirmed"],
};

export function canTransition(from: RegistrationStatus, to: RegistrationStatus): boolean {
  return transitions[from].includes(to);
}

export function isLive(status: RegistrationStatus): boolean {
  return (liveStatuses as readonly RegistrationStatus[]).includes(status);
}

export type WindowState = "open" | "not_published" | "cancelled" | "not_yet_open" | "closed" | "started";

/** Whether a session takes registrations at `now`: published, inside its window, and not begun. */
export function registrationWindow(input: {
  status: SessionStatus;
  opensAt: Date | null;
  closesAt: Date | null;
  startsAt: Date;
  now: Date;
}): WindowState {
  if (input.status === "cancelled") return "cancelled";
  if (input.status !== "published") return "not_published";
  if (input.opensAt && input.now < input.opensAt) return "not_yet_open";
  if (input.closesAt && input.now >= input.closesAt) return "closed";
  if (input.now >= input.startsAt) return "started";
  return "open";
}

/** A person may cancel their own place until the session's cutoff before the first meeting; staff may cancel at any time. */
export function selfCancelAllowed(input: { startsAt: Date; cutoffHours: number; now: Date }): boolean {
  return input.now.getTime() <= input.startsAt.getTime() - input.cutoffHours * 3_600_000;
}

export type PrerequisiteCheck = { ok: true } | { ok: false; missing: string[] };

/** Prerequisites are other courses: all of them, or any one, must be done (here or approved from elsewhere). */
export function checkPrerequisites(input: {
  mode: "all" | "any";
  required: readonly string[];
  completed: ReadonlySet<string>;
}): PrerequisiteCheck {
  if (input.required.length === 0) return { ok: true };
  const missing = input.required.filter((courseId) => !input.completed.has(courseId));
  if (input.mode === "all") return missing.length === 0 ? { ok: true } : { ok: false, missing };
  return missing.length < input.required.length ? { ok: true } : { ok: false, missing };
}

export type PriceChoice =
  | { ok: true; tier: PriceTierKind; amountCents: number }
  | { ok: false; problem: "tier_not_offered" | "below_minimum" | "amount_required"; minimumCents?: number };

/** What a person owes for the tier they chose; a sliding scale lets them name an amount at or above its minimum. */
export function choosePrice(
  tiers: readonly PriceTier[],
  choice: { tier?: PriceTierKind | null; amountCents?: number | null },
): PriceChoice {
  const wanted = choice.tier ?? (tiers.length === 1 ? tiers[0]!.kind : null);
  const tier = tiers.find((t) => t.kind === wanted);
  if (!tier) return { ok: false, problem: "tier_not_offered" };
  if (tier.kind === "free" || tier.kind === "sponsored")
    return { ok: true, tier: tier.kind, amountCents: tier.kind === "free" ? 0 : tier.amountCents };
  if (tier.kind === "standard") return { ok: true, tier: "standard", amountCents: tier.amountCents };
  const amount = choice.amountCents ?? tier.amountCents;
  if (!Number.isInteger(amount)) return { ok: false, problem: "amount_required" };
  const minimum = tier.minimumCents ?? 0;
  if (amount < minimum) return { ok: false, problem: "below_minimum", minimumCents: minimum };
  return { ok: true, tier: "sliding_scale", amountCents: amount };
}

export type AnswerProblem = { questionId: string; problem: "required" | "not_an_option" | "too_long" };
export const MAX_ANSWER_LENGTH = 2000;

/** Checks answers against a course's questions: required ones answered, choices among the options, text not too long. Unknown answers are dropped. */
export function checkAnswers(
  questions: readonly CourseQuestion[],
  raw: Record<string, unknown>,
): { answers: Record<string, string | string[]>; problems: AnswerProblem[] } {
  const answers: Record<string, string | string[]> = {};
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    const value = raw[question.id];
    const options = new Set((question.options ?? []).map((o) => o.value));
    if (question.kind === "checkbox") {
      const picked = (Array.isArray(value) ? value : value == null || value === "" ? [] : [value]).map(String);
      if (picked.some((v) => !options.has(v))) problems.push({ questionId: question.id, problem: "not_an_option" });
      else if (question.required && picked.length === 0)
        problems.push({ questionId: question.id, problem: "required" });
      else if (picked.length) answers[question.id] = [...new Set(picked)];
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    if (!text) {
      if (question.required) problems.push({ questionId: question.id, problem: "required" });
      continue;
    }
    if (question.kind === "choice" && !options.has(text))
      problems.push({ questionId: question.id, problem: "not_an_option" });
    else if (text.length > MAX_ANSWER_LENGTH) problems.push({ questionId: question.id, problem: "too_long" });
    else answers[question.id] = text;
  }
  return { answers, problems };
}

/** Answers anyone but admins and the session's trainers may see: the sensitive ones are left out. */
export function visibleAnswers(
  questions: readonly CourseQuestion[],
  answers: Record<string, string | string[]>,
  seesSensitive: boolean,
): Record<string, string | string[]> {
  if (seesSensitive) return answers;
  const sensitive = new Set(questions.filter((q) => q.sensitive).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !sensitive.has(id)));
}
