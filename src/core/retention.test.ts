import { describe, expect, it } from "vitest";
import {
  addMonthsUtc,
  defaultRetention,
  evidencePurgeDueAt,
  isPurgeDue,
  parseRetentionForm,
  purgeDueAt,
  retentionCategories,
  retentionPeriods,
  withoutSensitiveAnswers,
  parseQuestionRetention,
  questionRetentionMonths,
  sensitiveQuestionsDue,
} from "./retention.ts";

const at = (iso: string) => new Date(iso);

describe("retention periods", () => {
  it("fall back to the defaults for missing, broken or out-of-range values", () => {
    expect(retentionPeriods(null)).toEqual(defaultRetention);
    const periods = retentionPeriods({ sensitive_answers: 3, accommodations: 0, mail_log: "12", job_log: 2.5 });
    expect(periods.sensitive_answers).toBe(3);
    expect(periods.accommodations).toBe(defaultRetention.accommodations);
    expect(periods.mail_log).toBe(defaultRetention.mail_log);
    expect(periods.job_log).toBe(defaultRetention.job_log);
  });

  it("keep accommodations six months after the session ends by default", () => {
    const ended = at("2026-03-10T20:00:00Z");
    expect(purgeDueAt("accommodations", defaultRetention, ended)).toEqual(at("2026-09-10T20:00:00Z"));
    expect(isPurgeDue("accommodations", defaultRetention, ended, at("2026-09-10T19:59:59Z"))).toBe(false);
    expect(isPurgeDue("accommodations", defaultRetention, ended, at("2026-09-10T20:00:00Z"))).toBe(true);
  });

  it("count log periods in days", () => {
    expect(purgeDueAt("webhook_log", defaultRetention, at("2026-01-01T00:00:00Z"))).toEqual(at("2026-01-31T00:00:00Z"));
  });

  it("land on the month's last day when the day does not exist", () => {
    expect(addMonthsUtc(at("2026-08-31T12:00:00Z"), 6)).toEqual(at("2027-02-28T12:00:00Z"));
    expect(addMonthsUtc(at("2026-01-15T00:00:00Z"), -1)).toEqual(at("2025-12-15T00:00:00Z"));
  });
});

describe("evidence files", () => {
  it("are kept while the hours can count toward a renewal, plus the grace", () => {
    const done = at("2025-05-01T00:00:00Z");
    expect(evidencePurgeDueAt(done, [24], defaultRetention)).toEqual(at("2028-05-01T00:00:00Z"));
    // The longest look-back of the person's certifications wins.
    expect(evidencePurgeDueAt(done, [12, 36], { ...defaultRetention, evidence_files: 6 })).toEqual(
      at("2028-11-01T00:00:00Z"),
    );
    // Without a certification in the hub, the seeded cycle's look-back.
    expect(evidencePurgeDueAt(done, [], defaultRetention)).toEqual(at("2028-05-01T00:00:00Z"));
  });
});

describe("sensitive answers", () => {
  it("lose only the answers to questions marked sensitive", () => {
    const answers = { diet: "vegetarian", diagnosis: "private", tags: ["a", "b"] };
    const questions = [
      { id: "diet", sensitive: false },
      { id: "diagnosis", sensitive: true },
      { id: "tags", sensitive: true },
    ];
    const ended = at("2026-01-10T20:00:00Z");
    expect(withoutSensitiveAnswers(answers, questions, defaultRetention, ended, at("2026-07-10T20:00:00Z"))).toEqual({
      diet: "vegetarian",
    });
    // A day before the six months run out, nothing goes.
    expect(withoutSensitiveAnswers(answers, questions, defaultRetention, ended, at("2026-07-09T20:00:00Z"))).toEqual(
      answers,
    );
  });

  it("follow a question's own period, shorter or longer than the category's", () => {
    const ended = at("2026-01-10T20:00:00Z");
    const questions = [
      { id: "diet", sensitive: false, retentionMonths: 1 },
      { id: "short", sensitive: true, retentionMonths: 2 },
      { id: "long", sensitive: true, retentionMonths: 24 },
      { id: "plain", sensitive: true, retentionMonths: null },
      { id: "unset", sensitive: true },
    ];
    expect(questionRetentionMonths(questions[1]!, defaultRetention)).toBe(2);
    expect(questionRetentionMonths(questions[3]!, defaultRetention)).toBe(6);
    expect(questionRetentionMonths(questions[4]!, { ...defaultRetention, sensitive_answers: 3 })).toBe(3);
    const due = (now: string) => [...sensitiveQuestionsDue(questions, defaultRetention, ended, at(now))].sort();
    expect(due("2026-03-10T19:59:59Z")).toEqual([]);
    expect(due("2026-03-10T20:00:00Z")).toEqual(["short"]);
    expect(due("2026-07-10T20:00:00Z")).toEqual(["plain", "short", "unset"]);
    expect(due("2028-01-10T20:00:00Z")).toEqual(["long", "plain", "short", "unset"]);
    // A period on a question not marked sensitive purges nothing: only sensitive answers are forgotten.
    expect(due("2099-01-01T00:00:00Z")).not.toContain("diet");
  });

  it("fall back to the category's period when a stored question period is out of bounds", () => {
    for (const retentionMonths of [0, 121, 2.5, -1]) {
      expect(questionRetentionMonths({ id: "q", sensitive: true, retentionMonths }, defaultRetention)).toBe(6);
    }
  });

  it("read a question's period as typed: blank is the category's, else whole months within bounds", () => {
    expect(parseQuestionRetention("")).toEqual({ ok: true, months: null });
    expect(parseQuestionRetention("  ")).toEqual({ ok: true, months: null });
    expect(parseQuestionRetention(undefined)).toEqual({ ok: true, months: null });
    expect(parseQuestionRetention(" 3 ")).toEqual({ ok: true, months: 3 });
    expect(parseQuestionRetention(120)).toEqual({ ok: true, months: 120 });
    expect(parseQuestionRetention("0")).toEqual({ ok: false, reason: "out_of_range" });
    expect(parseQuestionRetention("121")).toEqual({ ok: false, reason: "out_of_range" });
    expect(parseQuestionRetention("2.5")).toEqual({ ok: false, reason: "not_a_whole_number" });
    expect(parseQuestionRetention("six")).toEqual({ ok: false, reason: "not_a_whole_number" });
  });
});

describe("the settings form", () => {
  const valid = Object.fromEntries(
    retentionCategories.map((category) => [category, String(defaultRetention[category])]),
  );

  it("accepts whole numbers within the bounds", () => {
    expect(parseRetentionForm({ ...valid, sensitive_answers: " 3 " })).toEqual({
      ok: true,
      periods: { ...defaultRetention, sensitive_answers: 3 },
    });
  });

  it("names each bad field", () => {
    const result = parseRetentionForm({ ...valid, accommodations: "0", mail_log: "abc", job_log: undefined });
    expect(result).toEqual({
      ok: false,
      errors: [
        { category: "accommodations", reason: "out_of_range" },
        { category: "mail_log", reason: "not_a_whole_number" },
        { category: "job_log", reason: "not_a_whole_number" },
      ],
    });
    expect(parseRetentionForm({ ...valid, evidence_files: "121" }).ok).toBe(false);
    expect(parseRetentionForm({ ...valid, webhook_log: "3651" }).ok).toBe(false);
  });
});
