// Reads the registration form as the browser posts it: answers (a checkbox group sends one value per ticked box), the
// price, an amount typed in dollars, the scholarship request and consent; and what to show again if the form comes back.
import { priceTierKinds, type PriceTierKind } from "#core/catalog.ts";
import { centsFromAmount } from "#core/decimal-input.ts";
import { oneOf } from "#web/search-params.ts";

export const ANSWER_PREFIX = "answers.";

export type PostedRegistration = {
  answers: Record<string, string | string[]>;
  pronouns: string;
  accommodations: string;
  priceTier: PriceTierKind | null;
  /** Cents; NaN for an amount that is not one, so the use case names the field; null when left empty. */
  amountCents: number | null;
  scholarship: { needStatement: string } | null;
  consent: boolean;
  /** What the person typed and picked, to fill the form again. */
  kept: { values: Record<string, string>; picked: Record<string, string[]> };
};

export function postedRegistration(form: FormData): PostedRegistration {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const answers: Record<string, string | string[]> = {};
  const picked: Record<string, string[]> = {};
  for (const name of new Set(form.keys())) {
    if (!name.startsWith(ANSWER_PREFIX)) continue;
    const all = form.getAll(name).filter((value): value is string => typeof value === "string");
    const questionId = name.slice(ANSWER_PREFIX.length);
    answers[questionId] = all.length === 1 ? all[0]! : all;
    picked[name] = all;
  }
  const priceTier = oneOf(priceTierKinds, text("priceTier") || null);
  const amount = text("amount").trim();
  // Only a sliding scale takes an amount; one left in the field after choosing another price is not an error.
  const amountCents = priceTier === "sliding_scale" && amount !== "" ? (centsFromAmount(amount) ?? Number.NaN) : null;
  const wantsScholarship = text("scholarship") === "yes";
  const values: Record<string, string> = {
    pronouns: text("pronouns"),
    accommodations: text("accommodations"),
    priceTier: priceTier ?? "",
    amount,
    scholarship: wantsScholarship ? "yes" : "",
    needStatement: text("needStatement"),
    consent: text("consent") === "yes" ? "yes" : "",
  };
  for (const [name, all] of Object.entries(picked)) values[name] = all[0] ?? "";
  return {
    answers,
    pronouns: values.pronouns!,
    accommodations: values.accommodations!,
    priceTier,
    amountCents,
    scholarship: wantsScholarship ? { needStatement: values.needStatement! } : null,
    consent: values.consent === "yes",
    kept: { values, picked },
  };
}
