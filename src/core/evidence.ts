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
