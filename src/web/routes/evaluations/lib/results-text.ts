// How result figures are written: averages with one decimal, in the reader's language (changes are written by components/impact-evaluations.tsx).
import type { Locale } from "#core/locale.ts";

export function scoreFigure(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
}

/** A calendar day typed as YYYY-MM-DD, as the start of that day in UTC; anything else is null. */
export function dayParam(value: string | null): Date | null | "bad" {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "bad";
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? "bad" : date;
}
