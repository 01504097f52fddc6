import { describe, expect, it } from "vitest";
import { countyName, isOregonCounty, oregonCounties } from "./oregon-counties.ts";

describe("oregonCounties", () => {
  it("lists all 36 counties once, each with an Oregon FIPS code", () => {
    expect(oregonCounties).toHaveLength(36);
    expect(new Set(oregonCounties.map((c) => c.fips)).size).toBe(36);
    for (const county of oregonCounties) expect(county.fips).toMatch(/^41\d{3}$/);
  });
  it("names a county by its code and refuses others", () => {
    expect(countyName("41051")).toBe("Multnomah");
    expect(isOregonCounty("41051")).toBe(true);
    expect(isOregonCounty("06037")).toBe(false);
    expect(countyName("41999")).toBeNull();
  });
});
