// Reads the registration fields staff fill in for someone else (answers, pronouns, accommodations, price, consent) into
// what the registration use cases take, and keeps what was typed to show again after a refusal.
import type { CourseQuestion, PriceTierKind } from "#core/catalog.ts";
import { centsFromAmount } from "#core/decimal-input.ts";
import { KEPT_LIST_SEPARATOR } from "./roster-answers.ts";

export type RegistrationFields = {
  answers: Record<string, string | string[]>;
  pronouns: string;
  accommodations: string;
  priceTier: PriceTierKind | null;
  amountCents: number | null;
  consent: true;
};

export function readRegistrationForm(
  form: FormData,
  questions: readonly CourseQuestion[],
): { fields: RegistrationFields; values: Record<string, string> } {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const answers: Record<string, string | string[]> = {};
  const values: Record<string, string> = {};
  for (const question of questions) {
    const name = `answers.${question.id}`;
    if (question.kind === "checkbox") {
      const picked = form.getAll(name).filter((value): value is string => typeof value === "string");
      answers[question.id] = picked;
      values[name] = picked.join(KEPT_LIST_SEPARATOR);
    } else {
      answers[question.id] = text(name);
      values[name] = text(name);
    }
  }
  const priceTier = (text("priceTier") || null) as PriceTierKind | null;
  const amount = text("amount").trim();
  // An amount that is not money reaches the use case as NaN, which refuses it with the amount's own message.
  const amountCents = priceTier === "sliding_scale" && amount ? (centsFromAmount(amount) ?? Number.NaN) : null;
  Object.assign(values, {
    pronouns: text("pronouns"),
    accommodations: text("accommodations"),
    priceTier: text("priceTier"),
    amount,
    consent: text("consent"),
  });
  return {
    fields: {
      answers,
      pronouns: text("pronouns"),
      accommodations: text("accommodations"),
      priceTier,
      amountCents,
      consent: (text("consent") === "on") as true,
    },
    values,
  };
}
