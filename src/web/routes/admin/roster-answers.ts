// How a registration reads for staff, in the page's language: an answer's option labels, money, state and price names.
import type { CourseQuestion, PriceTier } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import type { MessageKey } from "#i18n/translate.ts";

export function questionLabel(question: CourseQuestion, locale: Locale): string {
  return (locale === "es" ? question.labelEs : question.labelEn) || question.labelEn;
}

/** An answer as text: options by their labels, several picked ones joined; an unknown value is shown as stored. */
export function answerText(question: CourseQuestion, value: string | string[] | undefined, locale: Locale): string {
  if (value === undefined) return "";
  const picked = Array.isArray(value) ? value : [value];
  if (question.kind === "text") return picked.join("; ");
  return picked
    .map((stored) => {
      const option = question.options?.find((o) => o.value === stored);
      return option ? (locale === "es" ? option.labelEs : option.labelEn) || option.labelEn : stored;
    })
    .join("; ");
}

/** Money as people read it: "$150", "$12.50". */
export function moneyText(locale: Locale, currency: string, cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100);
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


/**
 * A moment in a session's own time zone, with the zone named ("Tue, Jun 2, 9:00 AM PDT"); `long` adds the year and the
 * full weekday. Date and time styles cannot carry a zone name, so the parts are named one by one.
 */
export function inZone(timeZone: string, long = false): Intl.DateTimeFormatOptions {
  return {
    dateStyle: undefined,
    timeStyle: undefined,
    timeZone,
    weekday: long ? "long" : "short",
    month: long ? "long" : "short",
    day: "numeric",
    year: long ? "numeric" : undefined,
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  };
}
