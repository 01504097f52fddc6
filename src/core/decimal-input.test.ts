import { describe, expect, it } from "vitest";
import { amountFromCents, centsFromAmount, hoursFromMinutes, minutesFromHours } from "./decimal-input.ts";

describe("hours as typed", () => {
  it("become whole minutes, with a point or a comma as the decimal mark", () => {
    expect(minutesFromHours("40")).toBe(2400);
    expect(minutesFromHours(" 2.5 ")).toBe(150);
    expect(minutesFromHours("2,5")).toBe(150);
    expect(minutesFromHours("1.33")).toBe(80);
    expect(minutesFromHours("0")).toBe(0);
  });

  it("are refused when they are not a plain number", () => {
    for (const text of ["", "two", "-3", "1.2.3", "3h", "1e3"]) expect(minutesFromHours(text)).toBeNull();
  });

  it("come back for a form the way people write them", () => {
    expect(hoursFromMinutes(2400)).toBe("40");
    expect(hoursFromMinutes(150)).toBe("2.5");
    expect(hoursFromMinutes(80)).toBe("1.33");
    expect(minutesFromHours(hoursFromMinutes(2100))).toBe(2100);
  });
});

describe("amounts as typed", () => {
  it("become whole cents", () => {
    expect(centsFromAmount("250")).toBe(25000);
    expect(centsFromAmount("$250.00")).toBe(25000);
    expect(centsFromAmount("12.5")).toBe(1250);
    expect(centsFromAmount("12,50")).toBe(1250);
    expect(centsFromAmount("1,250")).toBe(125000);
    expect(centsFromAmount("1,250.75")).toBe(125075);
    expect(centsFromAmount("1.250,75")).toBe(125075);
    expect(centsFromAmount("1.250.000")).toBe(125000000);
    expect(centsFromAmount("0")).toBe(0);
  });

  it("are refused when ambiguous or not money", () => {
    for (const text of ["", "free", "-5", "12.345", "1,2345", "1.2.3", "12,345,6"])
      expect(centsFromAmount(text)).toBeNull();
  });

  it("come back for a form without needless decimals", () => {
    expect(amountFromCents(25000)).toBe("250");
    expect(amountFromCents(1250)).toBe("12.50");
    expect(amountFromCents(5)).toBe("0.05");
    expect(centsFromAmount(amountFromCents(199))).toBe(199);
  });
});
