import { describe, expect, it } from "vitest";
import { carriesWhiteText, contrastRatio, isHexColour } from "./contrast.ts";

describe("contrast", () => {
  it("measures the extremes as WCAG defines them", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 10);
    expect(contrastRatio("#777777", "#777777")).toBeCloseTo(1, 10);
  });

  it("is symmetric and matches known reference values", () => {
    // #767676 on white is the well-known lightest grey that passes AA (4.54:1); #777777 just fails (4.48:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#ffffff", "#767676")).toBeCloseTo(contrastRatio("#767676", "#ffffff"), 10);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("accepts accent colours that keep white text readable and refuses the rest", () => {
    expect(carriesWhiteText("#2f6f5e")).toBe(true);
    expect(carriesWhiteText("#767676")).toBe(true);
    expect(carriesWhiteText("#777777")).toBe(false);
    expect(carriesWhiteText("#ffd700")).toBe(false);
    expect(carriesWhiteText("#f0f0f0")).toBe(false);
  });

  it("only knows #rrggbb colours", () => {
    expect(isHexColour("#2f6f5e")).toBe(true);
    expect(isHexColour("2f6f5e")).toBe(false);
    expect(isHexColour("#fff")).toBe(false);
    expect(carriesWhiteText("red")).toBe(false);
    expect(carriesWhiteText("#fff")).toBe(false);
    expect(() => contrastRatio("red", "#ffffff")).toThrow(RangeError);
  });
});
