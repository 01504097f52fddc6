import { describe, expect, it } from "vitest";
import {
  checkDownload,
  dataExportEntries,
  dataExportExpiry,
  dataExportReadme,
  dataExportSections,
  evidencePath,
  type DataExportInput,
  type DataExportWording,
} from "./data-export.ts";

const wording: DataExportWording = {
  title: "Your data",
  intro: "Everything we hold.",
  describe: (section) => `about ${section}`,
  evidence: "Files you uploaded:",
  journal: { none: "No journal.", opened: "Journal opened.", sealed: "Journal still sealed." },
};
const exportedAt = new Date("2026-06-01T12:00:00Z");

function input(overrides: Partial<DataExportInput> = {}): DataExportInput {
  return {
    sections: Object.fromEntries(dataExportSections.map((s) => [s, { s }])) as DataExportInput["sections"],
    evidence: [],
    journal: "none",
    ...overrides,
  };
}

describe("evidencePath", () => {
  it("keeps files apart by their record and cleans the name", () => {
    expect(evidencePath({ ownerId: "h-1", name: "invoice\u202egnp.exe", type: "image/png" })).toBe(
      "evidence/h-1-invoicegnp.png",
    );
    expect(evidencePath({ ownerId: "../x", name: "../../etc/passwd", type: "application/pdf" })).toBe(
      "evidence/x-passwd.pdf",
    );
  });
  it("gives an unknown type a safe name that stays inside evidence/", () => {
    const path = evidencePath({ ownerId: "h2", name: "../a/b.bin", type: "text/plain" });
    expect(path.startsWith("evidence/h2-")).toBe(true);
    expect(path.slice("evidence/".length)).not.toContain("/");
  });
});

describe("dataExportEntries", () => {
  it("holds a README, a manifest, every section and every evidence file, each once", () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]);
    const entries = dataExportEntries(
      input({ evidence: [{ ownerId: "h1", name: "proof.pdf", type: "application/pdf", bytes }], journal: "opened" }),
      wording,
      exportedAt,
      "p1",
    );
    const paths = entries.map((entry) => entry.path);
    expect(paths).toEqual([
      "README.txt",
      "manifest.json",
      ...dataExportSections.map((s) => `${s}.json`),
      "evidence/h1-proof.pdf",
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    const manifest = JSON.parse(entries[1]!.content as string);
    expect(manifest).toMatchObject({ personId: "p1", journal: "opened", exportedAt: exportedAt.toISOString() });
    expect(manifest.files).toContain("evidence/h1-proof.pdf");
    expect(entries.at(-1)!.content).toBe(bytes);
    expect(JSON.parse(entries.find((e) => e.path === "consents.json")!.content as string)).toEqual({ s: "consents" });
  });
});

describe("dataExportReadme", () => {
  it("describes every file and says what became of the journal", () => {
    const readme = dataExportReadme(input({ journal: "sealed" }), wording, exportedAt);
    for (const section of dataExportSections) expect(readme).toContain(`${section}.json: about ${section}`);
    expect(readme).toContain("Journal still sealed.");
    expect(readme).not.toContain("Files you uploaded:");
  });
});

describe("checkDownload", () => {
  const now = new Date("2026-06-01T12:00:00Z");
  const ready = { personId: "p1", expiresAt: dataExportExpiry(now), readyAt: now };
  it("lets the person download their own archive before it expires", () => {
    expect(checkDownload(ready, "p1", now)).toEqual({ ok: true });
  });
  it("answers another person as if there were no archive", () => {
    expect(checkDownload(ready, "p2", now)).toEqual({ ok: false, problem: "not_found" });
    expect(checkDownload(null, "p1", now)).toEqual({ ok: false, problem: "not_found" });
  });
  it("refuses once expired, and while not ready", () => {
    expect(checkDownload(ready, "p1", dataExportExpiry(now))).toEqual({ ok: false, problem: "expired" });
    expect(checkDownload({ ...ready, readyAt: null }, "p1", now)).toEqual({ ok: false, problem: "not_ready" });
  });
  it("expires seven days after it was prepared", () => {
    expect(dataExportExpiry(now).toISOString()).toBe("2026-06-08T12:00:00.000Z");
  });
});
