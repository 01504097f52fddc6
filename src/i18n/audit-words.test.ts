// Every audit code the hub writes has a sentence for people in both languages, and no sentence is left for a code
// that is no longer listed (the admin overview and the audit log show these instead of the codes).
import { describe, expect, it } from "vitest";
import { auditActions, isAuditAction } from "#core/audit-actions.ts";
import { en } from "./messages/en.ts";
import { es } from "./messages/es.ts";
import { translator } from "./translate.ts";

const PREFIX = "audit.action.";

describe("audit codes worded for people", () => {
  it("lists each code once", () => {
    expect(new Set(auditActions).size).toBe(auditActions.length);
  });

  it.each([
    ["en", en],
    ["es", es],
  ] as const)("has exactly one sentence per code in %s", (_, messages) => {
    const worded = Object.keys(messages)
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => key.slice(PREFIX.length));
    expect(worded.sort()).toEqual([...auditActions].sort());
    for (const code of auditActions) expect((messages as Record<string, string>)[PREFIX + code]?.trim()).toBeTruthy();
  });

  it("renders each sentence in both languages, the Spanish one translated", () => {
    const english = translator("en");
    const spanish = translator("es");
    for (const code of auditActions) {
      const key = `audit.action.${code}` as const;
      expect(english(key), code).not.toContain(code);
      expect(spanish(key), code).not.toBe(english(key));
    }
    expect(english("audit.action.credential.issue")).toBe("Issued a credential");
    expect(spanish("audit.action.registration.confirmed")).toBe("Inscripción confirmada");
  });

  it("tells listed codes from older ones kept in the log", () => {
    expect(isAuditAction("credential.issue")).toBe(true);
    expect(isAuditAction("after.restore")).toBe(false);
    expect(isAuditAction("credential")).toBe(false);
  });
});
