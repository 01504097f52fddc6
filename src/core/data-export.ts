// The shape of "download my data": which files the archive holds, what they are called, and the README that says what
// each one is. The feature gathers the rows; this module only decides names and order, so both can be tested apart.
import { evidenceFileName, evidenceTypes, type EvidenceType } from "./evidence.ts";

export const DATA_EXPORT_FORMAT = "ips-hub-data-export/1";

/** How long a prepared archive can be downloaded before it is deleted. */
export const DATA_EXPORT_DAYS = 7;

/** The JSON files of an archive, in the order the README lists them. */
export const dataExportSections = [
  "profile",
  "registrations",
  "attendance",
  "certificates",
  "credentials",
  "certifications",
  "ce_hours",
  "circles",
  "journal",
  "consents",
  "audit",
] as const;
export type DataExportSection = (typeof dataExportSections)[number];

/** A file the person uploaded (CE evidence), kept as it was sent. */
export type ExportedFile = { ownerId: string; name: string | null; type: string | null; bytes: Uint8Array };

/** Whether the journal could be opened for its owner (decision 0025) or is handed over still sealed. */
export type JournalState = "none" | "opened" | "sealed";

export type DataExportInput = {
  sections: Readonly<Record<DataExportSection, unknown>>;
  evidence: readonly ExportedFile[];
  journal: JournalState;
};

/** The README's words, in the person's language, handed in by the caller (core does not translate). */
export type DataExportWording = {
  title: string;
  intro: string;
  describe(section: DataExportSection): string;
  evidence: string;
  journal: Record<JournalState, string>;
};

export type ArchiveEntry = { path: string; content: string | Uint8Array };

export function sectionPath(section: DataExportSection): string {
  return `${section}.json`;
}

function isEvidenceType(type: string | null): type is EvidenceType {
  return type !== null && (evidenceTypes as readonly string[]).includes(type);
}

/**
 * The path of each evidence file: under evidence/, prefixed by the record it belongs to so two files with the same name
 * never overwrite each other, cleaned of anything that could hide an extension or climb out of the folder.
 */
export function evidencePath(file: Pick<ExportedFile, "ownerId" | "name" | "type">): string {
  const owner = file.ownerId.replace(/[^A-Za-z0-9-]/g, "").slice(0, 40) || "file";
  const name = isEvidenceType(file.type)
    ? evidenceFileName(file.name ?? "", file.type)
    : (file.name ?? "evidence").replace(/[^\p{L}\p{N} ._-]/gu, "").replace(/^[.\s]+/u, "") || "evidence";
  return `evidence/${owner}-${name}`;
}

/** The README as plain text: what the archive is, then one line per file it holds. */
export function dataExportReadme(input: DataExportInput, wording: DataExportWording, exportedAt: Date): string {
  const lines = [wording.title, "", wording.intro, "", exportedAt.toISOString(), ""];
  for (const section of dataExportSections) lines.push(`${sectionPath(section)}: ${wording.describe(section)}`);
  lines.push("", wording.journal[input.journal]);
  if (input.evidence.length) {
    lines.push("", wording.evidence);
    for (const file of input.evidence) lines.push(`- ${evidencePath(file)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Every file of the archive: the README, a manifest, one JSON file per section, and the evidence files. */
export function dataExportEntries(
  input: DataExportInput,
  wording: DataExportWording,
  exportedAt: Date,
  personId: string,
): ArchiveEntry[] {
  const evidence = input.evidence.map((file) => ({ path: evidencePath(file), content: file.bytes }));
  const manifest = {
    format: DATA_EXPORT_FORMAT,
    personId,
    exportedAt: exportedAt.toISOString(),
    journal: input.journal,
    files: [...dataExportSections.map(sectionPath), ...evidence.map((entry) => entry.path)],
  };
  return [
    { path: "README.txt", content: dataExportReadme(input, wording, exportedAt) },
    { path: "manifest.json", content: `${JSON.stringify(manifest, null, 2)}\n` },
    ...dataExportSections.map((section) => ({
      path: sectionPath(section),
      content: `${JSON.stringify(input.sections[section] ?? null, null, 2)}\n`,
    })),
    ...evidence,
  ];
}

/** When an archive prepared at `preparedAt` stops being downloadable. */
export function dataExportExpiry(preparedAt: Date, days = DATA_EXPORT_DAYS): Date {
  return new Date(preparedAt.getTime() + days * 24 * 60 * 60_000);
}

export type DownloadCheck = { ok: true } | { ok: false; problem: "not_found" | "expired" | "not_ready" };

/**
 * May this person download this archive now? Another person's archive is "not found", as an unknown token is: a link
 * forwarded to someone else tells them nothing.
 */
export function checkDownload(
  exported: { personId: string; expiresAt: Date; readyAt: Date | null } | null,
  viewerId: string,
  now: Date,
): DownloadCheck {
  if (!exported || exported.personId !== viewerId) return { ok: false, problem: "not_found" };
  if (exported.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired" };
  if (!exported.readyAt) return { ok: false, problem: "not_ready" };
  return { ok: true };
}
