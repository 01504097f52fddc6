// Numbers as people type them into forms: hours ("40", "2.5", "2,5") become whole minutes, amounts ("250", "$1,250.00",
// "12,50") become whole cents; and back again to fill a form.

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Hours as typed → whole minutes, or null when it is not a number of hours. A comma works as the decimal mark. */
export function minutesFromHours(text: string): number | null {
  const cleaned = text.trim().replace(/\s+/g, "").replace(",", ".");
  if (!DECIMAL.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 60);
}

/** Whole minutes as hours for a form field: 150 → "2.5", 2400 → "40", 80 → "1.33". */
export function hoursFromMinutes(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100);
}

/**
 * An amount of money as typed → whole cents, or null. A currency sign and spaces are ignored. With both marks the last
 * one is the decimal mark ("1,250.50", "1.250,50"); a lone comma followed by one or two digits is a decimal comma ("12,50"),
 * otherwise it groups thousands ("1,250"). More than two decimals is not an amount.
 */
export function centsFromAmount(text: string): number | null {
  let cleaned = text.trim().replace(/[\s$€£]/g, "");
  if (cleaned === "") return null;
  const lastDot = cleaned.lastIndexOf(".");
  const lastComma = cleaned.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalMark = lastDot > lastComma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    cleaned = cleaned.split(groupMark).join("").replace(decimalMark, ".");
  } else if (lastComma >= 0) {
    cleaned = /^\d+,\d{1,2}$/.test(cleaned)
      ? cleaned.replace(",", ".")
      : /^\d{1,3}(?:,\d{3})+$/.test(cleaned)
        ? cleaned.split(",").join("")
        : "x";
  } else if ((cleaned.match(/\./g) ?? []).length > 1) {
    cleaned = /^\d{1,3}(?:\.\d{3})+$/.test(cleaned) ? cleaned.split(".").join("") : "x";
  }
  if (!/^\d+(?:\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole, fraction = ""] = cleaned.split(".") as [string, string?];
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Whole cents as an amount for a form field: 25000 → "250", 1250 → "12.50". */
export function amountFromCents(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
