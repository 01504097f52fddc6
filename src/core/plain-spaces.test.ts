import { describe, expect, it } from "vitest";
import { plainSpaces } from "./plain-spaces.ts";

describe("plain spaces in worded dates", () => {
  it("turns thin and narrow no-break spaces into plain ones and leaves everything else", () => {
    expect(plainSpaces("9:00\u202fAM\u2009–\u20093:30\u202fPM")).toBe("9:00 AM – 3:30 PM");
    expect(plainSpaces("9–13 de noviembre\u00a0de 2026")).toBe("9–13 de noviembre\u00a0de 2026");
  });
});
