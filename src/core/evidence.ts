// Which uploaded evidence files the hub keeps: a PDF or an image, recognised by its first bytes (not its name), and not too large.
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

export const evidenceTypes = ["application/pdf", "image/png", "image/jpeg", "image/webp"] as const;
export type EvidenceType = (typeof evidenceTypes)[number];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

/** The file's real type from its signature, or null when it is none of the kinds kept. A renamed file cannot pass. */
export function evidenceTypeOf(bytes: Uint8Array): EvidenceType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp"; // RIFF....WEBP
  return null;
}

export type EvidenceCheck =
  { ok: true; type: EvidenceType } | { ok: false; problem: "empty" | "too_large" | "wrong_type" };

export function checkEvidence(bytes: Uint8Array): EvidenceCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > MAX_EVIDENCE_BYTES) return { ok: false, problem: "too_large" };
  const type = evidenceTypeOf(bytes);
  return type ? { ok: true, type } : { ok: false, problem: "wrong_type" };
}

/** The extensions each kept type may carry; the first is the one given to a name that has none of them. */
const extensionsOf: Record<EvidenceType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/webp": ["webp"],
};

export const MAX_EVIDENCE_NAME_LENGTH = 200;

// C0 and C1 controls and DEL, and the characters that reorder text on screen (marks, embeddings, overrides, isolates):
// "invoice\u202egnp.exe" shows as "invoiceexe.png".
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const hiddenCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The name an uploaded file is kept and sent back under: its last path segment without control or bidirectional
 * characters, ending in an extension of the type its bytes showed (replacing another extension), 200 characters at most.
 */
export function evidenceFileName(uploaded: string, type: EvidenceType): string {
  const visible = uploaded.normalize("NFC").replace(hiddenCharacters, "");
  const lastSegment = visible.split(/[/\\]/).pop()!;
  const trimmed = lastSegment.replace(/^[\s.]+|[\s.]+$/gu, "");
  const dot = trimmed.lastIndexOf(".");
  const extension = dot > 0 ? trimmed.slice(dot + 1) : "";
  const allowed = extensionsOf[type];
  const keepsExtension = allowed.includes(extension.toLowerCase());
  // Something after the last dot that looks like an extension is one to replace; "Report v2.1 final" has none.
  const looksLikeExtension = /^[\p{L}\p{N}]{1,8}$/u.test(extension);
  const stem = (keepsExtension || looksLikeExtension ? trimmed.slice(0, dot) : trimmed).replace(/[\s.]+$/u, "");
  const ending = `.${keepsExtension ? extension : allowed[0]}`;
  const room = MAX_EVIDENCE_NAME_LENGTH - ending.length;
  const shortStem = Array.from(stem || "evidence")
    .slice(0, room)
    .join("");
  return `${shortStem}${ending}`;
}
