// Text bound for a spreadsheet: a cell that starts like a formula is written as plain text, so opening an export never
// runs what a person typed into a form (CSV formula injection; OWASP's advice: a leading single quote).

const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet should show it: a leading = + - @ (or tab, carriage return) gets a quote in front. */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
