// Text people wrote in both of the hub's languages (a course's title, a question's label), read in one of them.
import type { Locale } from "#core/locale.ts";

/** Text in both of the hub's languages, as the API and the use cases carry it. */
export type Localized = Record<Locale, string>;

/**
 * The text in the reader's language; when that one was left empty, `fallback`, which is the English text unless the
 * caller names something better (a credential with no summary in its language describes itself by its title).
 */
export function localized(text: Localized, locale: Locale, fallback: string = text.en): string {
  return text[locale] || fallback;
}

/** The same for a row that keeps each language in its own column: `localizedField(course, "title", "es")` reads `titleEs`. */
export function localizedField<Field extends string>(
  row: { [K in `${Field}En` | `${Field}Es`]: string },
  field: Field,
  locale: Locale,
): string {
  return localized({ en: row[`${field}En`], es: row[`${field}Es`] }, locale);
}

/**
 * The text in the reader's language, or in the other one when that was left empty, with the language it is really in
 * (for the `lang` attribute, so a screen reader reads an English bio on a Spanish page in English).
 */
export function localizedWithLang(text: Localized, locale: Locale): { text: string; lang: Locale } {
  if (text[locale]) return { text: text[locale], lang: locale };
  const other = (Object.keys(text) as Locale[]).find((candidate) => candidate !== locale && text[candidate]);
  return other ? { text: text[other], lang: other } : { text: "", lang: locale };
}
