import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slug.ts";

describe("slugify", () => {
  it("turns names into lowercase words joined by dashes", () => {
    expect(slugify("Willamette Peer Network")).toBe("willamette-peer-network");
    expect(slugify("  Peer & Family Support, Inc. ")).toBe("peer-family-support-inc");
  });

  it("drops accents instead of the letters", () => {
    expect(slugify("Red de Apoyo Mutuo Año Nuevo")).toBe("red-de-apoyo-mutuo-ano-nuevo");
  });

  it("never ends in a dash when cut to length", () => {
    const slug = slugify(`${"a".repeat(59)} bcd`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });

  it("gives an empty slug for names without letters or digits", () => {
    expect(slugify("¡¿!?")).toBe("");
    expect(isSlug("")).toBe(false);
  });

  it("accepts only well-formed slugs", () => {
    expect(isSlug("willamette-peer-network")).toBe(true);
    expect(isSlug("Willamette")).toBe(false);
    expect(isSlug("two--dashes")).toBe(false);
    expect(isSlug("-leading")).toBe(false);
  });
});
