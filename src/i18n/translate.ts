// Turns a message key and values into text in one language (ICU MessageFormat); dates, money and hours are in format.ts.
import { IntlMessageFormat } from "intl-messageformat";
import type { Locale } from "#core/locale.ts";
import { en, type MessageKey } from "./messages/en.ts";
import { es } from "./messages/es.ts";

export type { MessageKey };
export type MessageValues = Record<string, string | number | Date | boolean | null | undefined>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, es };

/**
 * A page asks for a hundred or more messages on every answer, most of them without values (a label, a heading): each
 * message is compiled once per language, and one asked for without values is kept as its text.
 */
function translatorFor(locale: Locale): Translate {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const plain = new Map<MessageKey, string>();
  return (key, values) => {
    if (values === undefined) {
      const text = plain.get(key);
      if (text !== undefined) return text;
    }
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(catalogs[locale][key] ?? en[key] ?? key, locale);
      compiled.set(key, format);
    }
    const text = String(format.format(values as Record<string, string | number | Date | boolean>));
    if (values === undefined) plain.set(key, text);
    return text;
  };
}

const translators: Record<Locale, Translate> = { en: translatorFor("en"), es: translatorFor("es") };

export function translator(locale: Locale): Translate {
  return translators[locale];
}
