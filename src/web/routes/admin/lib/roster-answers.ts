// How a registration reads for staff, in the page's language: an answer's option labels, state and price names.
import type { CourseQuestion, PriceTier } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { localizedField } from "#i18n/localized.ts";
import type { MessageKey } from "#i18n/translate.ts";

export function questionLabel(question: CourseQuestion, locale: Locale): string {
  return localizedField(question, "label", locale);
}

/** An answer as text: options by their labels, several picked ones joined; an unknown value is shown as stored. */
export function answerText(question: CourseQuestion, value: string | string[] | undefined, locale: Locale): string {
  if (value === undefined) return "";
  const picked = Array.isArray(value) ? value : [value];
  if (question.kind === "text") return picked.join("; ");
  return picked
    .map((stored) => {
      const option = question.options?.find((o) => o.value === stored);
      return option ? localizedField(option, "label", locale) : stored;
    })
    .join("; ");
}

/** Checkbox answers are kept between tries as one value per line, the way the form reads them back. */
export const KEPT_LIST_SEPARATOR = "\n";

/** Each registration state's name for staff. */
export const statusKeys: Record<RegistrationStatus, MessageKey> = {
  pending_approval: "roster.status.pending_approval",
  approved: "roster.status.approved",
  confirmed: "roster.status.confirmed",
  waitlisted: "roster.status.waitlisted",
  offered: "roster.status.offered",
  declined: "roster.status.declined",
  expired: "roster.status.expired",
  cancelled: "roster.status.cancelled",
  denied: "roster.status.denied",
  transferred: "roster.status.transferred",
  no_show: "roster.status.no_show",
};

/** Each way to pay, by name. */
export const tierKeys = {
  free: "roster.tier.free",
  standard: "roster.tier.standard",
  sliding_scale: "roster.tier.sliding_scale",
  sponsored: "roster.tier.sponsored",
} as const satisfies Record<PriceTier["kind"], MessageKey>;
