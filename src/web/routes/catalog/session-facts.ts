// How the catalog says a session's facts: dates in a time zone, seats ("3 seats left"), prices, format and place.
import type { CourseForm, PriceTier, SessionFormat } from "#core/catalog.ts";
import type { Locale } from "#core/locale.ts";
import { zoneLabel, zoneNameStyle } from "#core/local-time.ts";
import { plainSpaces } from "#core/plain-spaces.ts";
import type { WindowState } from "#core/registration.ts";
import type { MessageKey, Translate } from "#i18n/translate.ts";

export const formKeys: Record<CourseForm, MessageKey> = {
  overview: "catalog.form.overview",
  core: "catalog.form.core",
  advanced: "catalog.form.advanced",
  co_reflection: "catalog.form.co_reflection",
  training_of_trainers: "catalog.form.training_of_trainers",
  other: "catalog.form.other",
};

// Building an Intl formatter costs far more than using one, and a catalog page formats dozens of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

const dayOptions: Intl.DateTimeFormatOptions = { weekday: "short", month: "short", day: "numeric", year: "numeric" };
const longDayOptions: Intl.DateTimeFormatOptions = { weekday: "long", month: "long", day: "numeric", year: "numeric" };
const timeOptions: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };
const timeAndZoneOptions = (locale: Locale, timeZone: string): Intl.DateTimeFormatOptions => ({ hour: "numeric", minute: "2-digit", timeZoneName: zoneNameStyle(locale, timeZone) });

/** "Mon, Sep 15 – Fri, Sep 19, 2025", or one day when it starts and ends on the same date. */
export function dayRange(locale: Locale, timeZone: string, start: Date, end: Date): string {
  return plainSpaces(dateFormat(locale, timeZone, dayOptions).formatRange(start, end));
}

export function longDay(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(dateFormat(locale, timeZone, longDayOptions).format(value));
}

/** "9:00 AM – 4:30 PM PDT"; "9:00–16:30 hora de verano del Pacífico" */
export function timeRange(locale: Locale, timeZone: string, start: Date, end: Date): string {
  return plainSpaces(`${dateFormat(locale, timeZone, timeOptions).formatRange(start, end)} ${zoneLabel(locale, timeZone, end)}`);
}

/** "9:00 AM PDT" */
export function timeWithZone(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(dateFormat(locale, timeZone, timeAndZoneOptions(locale, timeZone)).format(value));
}

export function dateTime(locale: Locale, timeZone: string, value: Date): string {
  return plainSpaces(dateFormat(locale, timeZone, { dateStyle: "long", timeStyle: "short" }).format(value));
}

/** A time zone as people read it: "Pacific Time" rather than "America/Los_Angeles" where Intl knows a name. */
export function zoneName(locale: Locale, timeZone: string, at: Date): string {
  return dateFormat(locale, timeZone, { timeZoneName: "longGeneric" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
export function money(locale: Locale, currency: string, cents: number): string {
  const whole = cents % 100 === 0;
  const key = `${locale}|${currency}|${whole}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 });
    moneyFormats.set(key, format);
  }
  return format.format(cents / 100);
}

/** The least a person can pay (a sliding scale's minimum counts; sponsored seats are for a partner's staff, so not). */
function lowestPrice(tiers: readonly PriceTier[]): number | null {
  const open = tiers.filter((tier) => tier.kind !== "sponsored");
  if (open.length === 0) return null;
  return Math.min(...open.map((tier) => (tier.kind === "free" ? 0 : tier.kind === "sliding_scale" ? (tier.minimumCents ?? 0) : tier.amountCents)));
}

/** One short line for a card: "Free", "$250", "From $50". */
export function priceSummary(t: Translate, locale: Locale, tiers: readonly PriceTier[], currency: string): string {
  const lowest = lowestPrice(tiers);
  if (lowest === null) return t("catalog.price.sponsoredOnly");
  const open = tiers.filter((tier) => tier.kind !== "sponsored");
  if (open.every((tier) => tier.kind === "free")) return t("catalog.price.free");
  if (open.length === 1 && open[0]!.kind === "standard") return money(locale, currency, lowest);
  return lowest === 0 ? t("catalog.price.fromFree") : t("catalog.price.from", { amount: money(locale, currency, lowest) });
}

/** Every way to pay, one line each, for the session page. */
export function priceLines(t: Translate, locale: Locale, tiers: readonly PriceTier[], currency: string): string[] {
  return tiers.map((tier) => {
    switch (tier.kind) {
      case "free":
        return t("catalog.price.free");
      case "standard":
        return t("catalog.price.standard", { amount: money(locale, currency, tier.amountCents) });
      case "sliding_scale":
        return t("catalog.price.slidingScale", { minimum: money(locale, currency, tier.minimumCents ?? 0), suggested: money(locale, currency, tier.amountCents) });
      case "sponsored":
        return t("catalog.price.sponsored");
    }
  });
}

/** "3 seats left", "Waitlist open", "Full", or why registration is not possible now. */
export function seatsText(t: Translate, seats: { available: number }, window: WindowState): string {
  if (window === "cancelled") return t("catalog.seats.cancelled");
  if (window === "closed" || window === "started") return t("catalog.seats.closed");
  if (seats.available > 0) return t("catalog.seats.left", { count: seats.available });
  return window === "open" ? t("catalog.seats.waitlist") : t("catalog.seats.full");
}

export function formatLabel(t: Translate, format: SessionFormat): string {
  return t(format === "in_person" ? "catalog.format.in_person" : format === "online" ? "catalog.format.online" : "catalog.format.hybrid");
}
