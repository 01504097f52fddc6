import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { credentialCodeFrom, formatCredentialCode, normalizeCredentialCode } from "./credential-code.ts";

describe("credential codes", () => {
  it("are ten characters of Crockford base32, whatever the random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 16 }), (bytes) => {
        expect(credentialCodeFrom(bytes)).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      }),
    );
  });

  it("use all 50 bits: different first bytes give different codes", () => {
    expect(credentialCodeFrom(new Uint8Array(7))).toBe("0000000000");
    expect(credentialCodeFrom(Uint8Array.from([255, 255, 255, 255, 255, 255, 192]))).toBe("ZZZZZZZZZZ");
    expect(credentialCodeFrom(Uint8Array.from([0, 0, 0, 0, 0, 0, 64]))).toBe("0000000001");
  });

  it("survive being retyped: case, spaces, dashes and look-alike letters", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 7, maxLength: 7 }), (bytes) => {
        const code = credentialCodeFrom(bytes);
        expect(normalizeCredentialCode(formatCredentialCode(code).toLowerCase())).toBe(code);
      }),
    );
    expect(normalizeCredentialCode("o1l2i-3ab4c")).toBe("011213AB4C");
  });

  it("refuse what cannot be a code", () => {
    expect(normalizeCredentialCode("too-short")).toBeNull();
    expect(normalizeCredentialCode("ABCDEFGHJKM")).toBeNull();
    expect(normalizeCredentialCode("ABCDE-FGHJU")).toBeNull();
  });
});
