import { describe, expect, it } from "vitest";
import { attributedName } from "./testimonials.ts";

describe("attributedName", () => {
  it("shows the name, the first name only, or nothing", () => {
    expect(attributedName("  María José  Pérez ", "name")).toBe("María José Pérez");
    expect(attributedName("María José Pérez", "first_name")).toBe("María");
    expect(attributedName("María José Pérez", "anonymous")).toBeNull();
    expect(attributedName("   ", "name")).toBeNull();
  });
});
