import { describe, expect, it } from "vitest";
import { prerequisiteCycle } from "./prerequisite-graph.ts";

// core ← advanced ← tot (tot requires advanced, advanced requires core)
const edges = [
  { courseId: "advanced", requiredCourseId: "core" },
  { courseId: "tot", requiredCourseId: "advanced" },
  { courseId: "tot", requiredCourseId: "core" },
];

describe("prerequisite loops", () => {
  it("allows chains and shared prerequisites", () => {
    expect(prerequisiteCycle(edges, "tot", ["advanced", "core"])).toBeNull();
    expect(prerequisiteCycle(edges, "co-reflection", ["core", "tot"])).toBeNull();
    expect(prerequisiteCycle(edges, "core", [])).toBeNull();
  });

  it("finds a course that would require itself, directly or through others", () => {
    expect(prerequisiteCycle(edges, "core", ["core"])).toEqual(["core", "core"]);
    expect(prerequisiteCycle(edges, "core", ["tot"])).toEqual(["core", "tot", "advanced", "core"]);
  });

  it("judges the course's new prerequisites, not the ones it is replacing", () => {
    // advanced used to require core; making core require advanced is a loop only while advanced still requires core.
    expect(prerequisiteCycle(edges, "advanced", ["overview"])).toBeNull();
    expect(
      prerequisiteCycle([...edges, { courseId: "overview", requiredCourseId: "advanced" }], "advanced", ["overview"]),
    ).toEqual(["advanced", "overview", "advanced"]);
  });
});
