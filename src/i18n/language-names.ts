// The names of languages people speak, as trainers write them on their profiles ("English", "Español", "Mandarin"),
// shown in the reader's language: a Spanish page lists "inglés, mandarín", not "English, Mandarin" (decision 0041).
// A name this file does not know is shown as written.
import type { Locale } from "#core/locale.ts";

/** Languages the browser's own name tables know; their English and Spanish names are both recognised. */
const CODES = "en es zh vi ru ar so tl ko pt fr de it ja ta hi uk am om ti hmn km lo fa ne sw pl ro ase".split(" ");

/** Names Intl has no single code for (it calls Mandarin and Cantonese both "Chinese"). */
const EXTRA: Record<string, Record<Locale, string>> = {
  mandarin: { en: "Mandarin", es: "mandarín" },
  mandarín: { en: "Mandarin", es: "mandarín" },
  cantonese: { en: "Cantonese", es: "cantonés" },
  cantonés: { en: "Cantonese", es: "cantonés" },
};

let known: Map<string, Record<Locale, string>> | null = null;

function table(): Map<string, Record<Locale, string>> {
  if (known) return known;
  const en = new Intl.DisplayNames(["en"], { type: "language" });
  const es = new Intl.DisplayNames(["es"], { type: "language" });
  known = new Map(Object.entries(EXTRA));
  for (const code of CODES) {
    const names = { en: en.of(code) ?? code, es: es.of(code) ?? code };
    if (names.en === code) continue;
    known.set(names.en.toLowerCase(), names);
    known.set(names.es.toLowerCase(), names);
  }
  return known;
}

/** A language's name in the reader's language, or the name as written when it is not one this file knows. */
export function languageName(written: string, locale: Locale): string {
  return table().get(written.trim().toLowerCase())?.[locale] ?? written;
}
