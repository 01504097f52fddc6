// Turns a message key and values into text in one language (ICU MessageFormat); dates, money and hours are in format.ts.
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "#core/locale.ts";
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
