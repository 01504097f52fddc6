import { describe, expect, it } from "vitest";
import type { Viewer } from "./access.ts";
import { mayReadEvaluationResults, mayReadOpenText, ratingSummary } from "./evaluation-results.ts";

const person = (role: "admin" | "trainer"): Viewer => ({
  userId: "u",
  email: "u@example.org",
  name: "U",
  emailVerified: true,
  roles: [{ role, organizationId: null }],
});

describe("evaluation results", () => {
  it("summarises a rating from its counts", () => {
    expect(
      ratingSummary(
        new Map([
          [5, 3],
          [3, 1],
          [4, 1],
        ]),
      ),
    ).toEqual({ distribution: [0, 0, 1, 1, 3], mean: 4.4 });
  });

  it("lets admins read any results and trainers only their own sessions'", () => {
    expect(mayReadEvaluationResults(person("admin"), { teachesEverySession: false })).toBe(true);
    expect(mayReadEvaluationResults(person("trainer"), { teachesEverySession: true })).toBe(true);
    expect(mayReadEvaluationResults(person("trainer"), { teachesEverySession: false })).toBe(false);
    expect(mayReadEvaluationResults(null, { teachesEverySession: true })).toBe(false);
  });

  it("shows open text to trainers only where the course shares it", () => {
    expect(mayReadOpenText(person("trainer"), { courseSharesOpenText: false })).toBe(false);
    expect(mayReadOpenText(person("trainer"), { courseSharesOpenText: true })).toBe(true);
    expect(mayReadOpenText(person("admin"), { courseSharesOpenText: false })).toBe(true);
  });
});
