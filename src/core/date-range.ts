// A training's calendar dates ("YYYY-MM-DD") as one range in a language: "April 5 – 9, 2027", "5–9 de abril de 2027".
export function dateRange(locale: string, start: string, end: string, dateStyle: "long" | "medium" = "long"): string {
  const format = new Intl.DateTimeFormat(locale, { dateStyle, timeZone: "UTC" });
  const from = new Date(`${start}T12:00:00Z`);
  return start === end ? format.format(from) : format.formatRange(from, new Date(`${end}T12:00:00Z`));
}
