import { describe, expect, it } from "vitest";
import { checkPhoto, MAX_PHOTO_BYTES, photoETag } from "./trainer-photo.ts";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const webp = new TextEncoder().encode("RIFF\u0000\u0000\u0000\u0000WEBPVP8 ");
const pdf = new TextEncoder().encode("%PDF-1.7\n");

describe("checkPhoto", () => {
  it("keeps PNG, JPEG and WebP by their first bytes", () => {
    expect(checkPhoto(png)).toEqual({ ok: true, type: "image/png" });
    expect(checkPhoto(jpeg)).toEqual({ ok: true, type: "image/jpeg" });
    expect(checkPhoto(webp)).toEqual({ ok: true, type: "image/webp" });
  });

  it("refuses a PDF, text dressed as an image, an empty file and one too large", () => {
    expect(checkPhoto(pdf)).toEqual({ ok: false, problem: "wrong_type" });
    expect(checkPhoto(new TextEncoder().encode("<svg onload=alert(1)>"))).toEqual({ ok: false, problem: "wrong_type" });
    expect(checkPhoto(new Uint8Array())).toEqual({ ok: false, problem: "empty" });
    const large = new Uint8Array(MAX_PHOTO_BYTES + 1);
    large.set(png);
    expect(checkPhoto(large)).toEqual({ ok: false, problem: "too_large" });
    const largest = new Uint8Array(MAX_PHOTO_BYTES);
    largest.set(png);
    expect(checkPhoto(largest)).toEqual({ ok: true, type: "image/png" });
  });
});

describe("photoETag", () => {
  it("changes with the photo and with the consent to show it", () => {
    const at = new Date("2027-01-01T00:00:00Z");
    const later = new Date("2027-01-02T00:00:00Z");
    expect(photoETag("u1", at, true)).toBe(photoETag("u1", at, true));
    expect(photoETag("u1", at, true)).not.toBe(photoETag("u1", later, true));
    expect(photoETag("u1", at, true)).not.toBe(photoETag("u1", at, false));
    expect(photoETag("u1", at, true)).not.toBe(photoETag("u2", at, true));
  });
});
