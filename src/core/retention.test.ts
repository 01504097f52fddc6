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
    expect(withoutSensitiveAnswers(answers, questions)).toEqual({ diet: "vegetarian" });
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
