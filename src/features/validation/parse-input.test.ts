import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nullCharacterErrors, parseInput } from "./parse-input.ts";

describe("NUL characters in input", () => {
  it("names every field that carries one, at any depth, and in keys", () => {
    expect(
      nullCharacterErrors({ name: "Sam\u0000", roles: [{ role: "ok" }, { role: "\u0000" }], "bad\u0000key": 1 }),
    ).toEqual([
      { path: "name", message: "forms.errors.nullCharacter" },
      { path: "roles.1.role", message: "forms.errors.nullCharacter" },
      { path: "bad\u0000key", message: "forms.errors.nullCharacter" },
    ]);
    expect(nullCharacterErrors({ name: "Sam", note: null, count: 3 })).toEqual([]);
  });

  it("is a field error from parseInput, before the schema runs", () => {
    expect(() => parseInput(z.object({ name: z.string() }), { name: "a\u0000b" })).toThrow(
      expect.objectContaining({
        code: "invalid",
        details: { fields: [{ path: "name", message: "forms.errors.nullCharacter" }] },
      }),
    );
  });
});
