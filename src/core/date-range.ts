// A training's calendar dates ("YYYY-MM-DD") as one range in a language: "April 5 – 9, 2027", "5–9 de abril de 2027".
// Formatters are kept per language and style: building an Intl.DateTimeFormat costs far more than using one.
import { plainSpaces } from "./plain-spaces.ts";

const formats = new Map<string, Intl.DateTimeFormat>();

export function dateRange(locale: string, start: string, end: string, dateStyle: "long" | "medium" = "long"): string {
  const key = `${locale}|${dateStyle}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "UTC" });
    formats.set(key, format);
  }
  const from = new Date(`${start}T12:00:00Z`);
  return plainSpaces(start === end ? format.format(from) : format.formatRange(from, new Date(`${end}T12:00:00Z`)));
}
