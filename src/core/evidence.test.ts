import { describe, expect, it } from "vitest";
import { checkEvidence, evidenceFileName, evidenceTypeOf, MAX_EVIDENCE_BYTES } from "./evidence.ts";

const bytes = (...values: number[]) => new Uint8Array(values);

describe("evidence files", () => {
  it.each([
    ["a PDF", bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37), "application/pdf"],
    ["a PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), "image/png"],
    ["a JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["a WebP", bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50), "image/webp"],
  ])("recognises %s by its first bytes", (_, file, type) => {
    expect(evidenceTypeOf(file)).toBe(type);
    expect(checkEvidence(file)).toEqual({ ok: true, type });
  });

  it("refuses what is not a PDF or an image, whatever it is called", () => {
    expect(checkEvidence(new TextEncoder().encode("<html><script>alert(1)</script>"))).toEqual({
      ok: false,
      problem: "wrong_type",
    });
    expect(checkEvidence(bytes(0x50, 0x4b, 0x03, 0x04))).toEqual({ ok: false, problem: "wrong_type" }); // a zip (or .docx)
    expect(checkEvidence(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20))).toEqual({
      ok: false,
      problem: "wrong_type",
    }); // RIFF AVI
  });

  it("refuses an empty file and one over the limit", () => {
    expect(checkEvidence(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set([0x25, 0x50, 0x44, 0x46, 0x2d]);
    expect(checkEvidence(big)).toEqual({ ok: false, problem: "too_large" });
    expect(checkEvidence(big.subarray(0, MAX_EVIDENCE_BYTES)).ok).toBe(true);
  });
});

describe("the name an evidence file is kept under", () => {
  it.each([
    ["a bidi override that makes an .exe look like a PNG", "invoice\u202egnp.exe", "image/png", "invoicegnp.png"],
    ["isolates and marks", "\u2066cert\u2069\u200e\u200fificate.pdf", "application/pdf", "certificate.pdf"],
    ["embeddings and pops", "\u202a\u202b\u202cscan\u202d.pdf", "application/pdf", "scan.pdf"],
    ["C0 and C1 controls", "line\u0000\nbreak\u0085\u009b\u007f.jpg", "image/jpeg", "linebreak.jpg"],
    ["a name whose extension says another type", "photo.pdf", "image/webp", "photo.webp"],
    ["a name without an extension", "scan", "application/pdf", "scan.pdf"],
    ["a JPEG's other extension, in capitals", "IMG_0042.JPEG", "image/jpeg", "IMG_0042.JPEG"],
    ["a path some browsers send", "C:\\Users\\me\\Desktop\\proof.png", "image/png", "proof.png"],
    ["a name that is nothing but controls", "\u202e\u0001", "application/pdf", "evidence.pdf"],
    [
      "accents and other scripts, kept",
      "Constancia de participación — 研修.pdf",
      "application/pdf",
      "Constancia de participación — 研修.pdf",
    ],
  ] as const)("takes out %s", (_, uploaded, type, kept) => {
    expect(evidenceFileName(uploaded, type)).toBe(kept);
  });

  it("stays within 200 characters with the extension at the end", () => {
    const kept = evidenceFileName(`${"é".repeat(300)}.exe`, "image/png");
    expect(kept).toHaveLength(200);
    expect(kept.endsWith("é.png")).toBe(true);
  });
});
