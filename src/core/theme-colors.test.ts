import { describe, expect, it } from "vitest";
import { contrastRatio, parseHexColor, themeColors, themeHref, themeVersion, DEFAULT_ACCENT } from "./theme-colors.ts";

const white = { r: 255, g: 255, b: 255 };
const paper = parseHexColor("#fbfaf6")!;

describe("themeColors", () => {
  it("keeps a dark enough hub colour as it is and derives a darker strong shade", () => {
    const { accent, accentStrong } = themeColors("#2F6F5E");
    expect(accent).toBe("#2f6f5e");
    const strong = parseHexColor(accentStrong)!;
    expect(contrastRatio(strong, paper)).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(strong, white)).toBeGreaterThan(contrastRatio(parseHexColor(accent)!, white));
  });

  it("darkens a light hub colour until white text on it is readable", () => {
    const { accent, accentStrong } = themeColors("#f5d76e");
    expect(accent).not.toBe("#f5d76e");
    expect(contrastRatio(parseHexColor(accent)!, white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseHexColor(accentStrong)!, paper)).toBeGreaterThanOrEqual(7);
  });

  it("falls back to the default colour for anything that is not a hex colour", () => {
    for (const bad of [null, undefined, "", "red", "#12345", "#2f6f5e; } body { display:none", "url(x)"]) {
      expect(themeColors(bad).accent).toBe(DEFAULT_ACCENT);
    }
  });

  it("reads the three-digit form", () => {
    expect(parseHexColor("#abc")).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
  });
});

describe("themeHref", () => {
  it("names the safe accent in the stylesheet's address, so a new colour is a new address", () => {
    expect(themeHref("#2f6f5e")).toBe(`/theme.css?v=${themeColors("#2f6f5e").accent.slice(1)}`);
    expect(themeHref("#2f6f5e")).not.toBe(themeHref("#7a3e9d"));
    expect(themeHref("not a colour")).toBe(themeHref(DEFAULT_ACCENT));
    expect(themeVersion(null)).toMatch(/^[0-9a-f]{6}$/);
  });
});
