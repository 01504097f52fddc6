// Turns a message key and values into text in one language (ICU MessageFormat), and formats dates and numbers.
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "#core/locale.ts";
import { zoneNameStyle } from "#core/local-time.ts";
import { plainSpaces } from "#core/plain-spaces.ts";
import { en, type MessageKey } from "./messages/en.ts";
import { es } from "./messages/es.ts";

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, es };
const compiled = new Map<string, IntlMessageFormat>();

export function translator(locale: Locale): Translate {
  return (key, values) => {
    const cacheKey = `${locale}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      format = new IntlMessageFormat(catalogs[locale][key] ?? en[key] ?? key, locale);
      compiled.set(cacheKey, format);
    }
    return String(format.format(values as Record<string, string | number | Date | boolean>));
  };
}

export type Formatters = {
  dateTime(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  date(value: Date | string, options?: Intl.DateTimeFormatOptions): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
};

/** Dates are shown in the viewer's time zone unless a caller passes the session's own zone. */
export function formatters(locale: Locale, timeZone: string): Formatters {
  const toDate = (value: Date | string) => (typeof value === "string" ? new Date(value) : value);
  // A short zone name the language lacks ("GMT-8" in Spanish) is written out in full instead.
  const readableZone = (options?: Intl.DateTimeFormatOptions) =>
    options?.timeZoneName === "short" ? { ...options, timeZoneName: zoneNameStyle(locale, options.timeZone ?? timeZone) } : options;
  return {
    dateTime: (value, options) =>
      plainSpaces(new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone, ...readableZone(options) }).format(toDate(value))),
    date: (value, options) =>
      plainSpaces(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone, ...options }).format(toDate(value))),
    number: (value, options) => new Intl.NumberFormat(locale, options).format(value),
  };
}
