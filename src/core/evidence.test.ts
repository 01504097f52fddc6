import { describe, expect, it } from "vitest";
import { checkEvidence, evidenceTypeOf, MAX_EVIDENCE_BYTES } from "./evidence.ts";

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
