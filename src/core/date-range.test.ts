import { describe, expect, it } from "vitest";
import { dateRange } from "./date-range.ts";

const plain = (text: string) => text.replace(/[\u2009\u202f\u00a0]/g, " ");

describe("dateRange", () => {
  it("says a one-day training once and a longer one as a range, in the reader's language", () => {
    expect(dateRange("en", "2027-04-05", "2027-04-05")).toBe("April 5, 2027");
    expect(plain(dateRange("en", "2027-04-05", "2027-04-09"))).toBe("April 5 – 9, 2027");
    expect(plain(dateRange("es", "2027-04-05", "2027-04-09"))).toBe("5–9 de abril de 2027");
  });
  it("keeps calendar dates whatever the machine's time zone (they are days, not instants)", () => {
    expect(plain(dateRange("en", "2027-12-31", "2028-01-01", "medium"))).toBe("Dec 31, 2027 – Jan 1, 2028");
  });
});
