import { describe, expect, it } from "vitest";
import { meetingPrompts } from "./meeting-prompts.ts";

const meeting = (id: string, iso: string) => ({ id, originalStartsAt: new Date(iso) });
const weekly = [
  meeting("c", "2026-03-17T01:00:00Z"),
  meeting("a", "2026-03-03T02:00:00Z"),
  meeting("b", "2026-03-10T01:00:00Z"),
  meeting("d", "2026-03-24T01:00:00Z"),
];

describe("meeting prompts", () => {
  it("takes the library's prompts in turn, in the order the dates were placed, and starts over", () => {
    const shown = meetingPrompts(weekly, new Map(), ["p1", "p2", "p3"]);
    expect(["a", "b", "c", "d"].map((id) => shown.get(id))).toEqual([
      { promptId: "p1", chosen: false },
      { promptId: "p2", chosen: false },
      { promptId: "p3", chosen: false },
      { promptId: "p1", chosen: false },
    ]);
  });

  it("shows the facilitator's choice for that date only; the others keep their turn", () => {
    const shown = meetingPrompts(weekly, new Map([["b", "p9"]]), ["p1", "p2", "p3"]);
    expect(shown.get("b")).toEqual({ promptId: "p9", chosen: true });
    expect(shown.get("a")?.promptId).toBe("p1");
    expect(shown.get("c")?.promptId).toBe("p3");
  });

  it("keeps the earlier dates' prompts when more dates are planned later", () => {
    const library = ["p1", "p2", "p3"];
    const before = meetingPrompts(weekly, new Map(), library);
    const after = meetingPrompts([...weekly, meeting("e", "2026-04-21T01:00:00Z")], new Map(), library);
    for (const id of ["a", "b", "c", "d"]) expect(after.get(id)).toEqual(before.get(id));
    expect(after.get("e")?.promptId).toBe("p2");
  });

  it("orders meetings placed at the same moment by id, so every reader sees the same turn", () => {
    const twins = [meeting("y", "2026-03-03T02:00:00Z"), meeting("x", "2026-03-03T02:00:00Z")];
    const shown = meetingPrompts(twins, new Map(), ["p1", "p2"]);
    expect(shown.get("x")?.promptId).toBe("p1");
    expect(shown.get("y")?.promptId).toBe("p2");
  });

  it("leaves unchosen meetings without a prompt when the library is empty, and still shows a choice", () => {
    const shown = meetingPrompts(weekly, new Map([["d", "p7"]]), []);
    expect(shown.get("a")).toBeUndefined();
    expect(shown.get("d")).toEqual({ promptId: "p7", chosen: true });
  });
});
