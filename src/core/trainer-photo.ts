// Which trainer photos the hub keeps: a PNG, JPEG or WebP image recognised by its first bytes (not its name or the type
// the browser claimed), and small enough to serve on every session page.
import { evidenceTypeOf } from "./evidence.ts";

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

export const photoTypes = ["image/png", "image/jpeg", "image/webp"] as const;
export type PhotoType = (typeof photoTypes)[number];

export type PhotoCheck = { ok: true; type: PhotoType } | { ok: false; problem: "empty" | "too_large" | "wrong_type" };

export function checkPhoto(bytes: Uint8Array): PhotoCheck {
  if (bytes.length === 0) return { ok: false, problem: "empty" };
  if (bytes.length > MAX_PHOTO_BYTES) return { ok: false, problem: "too_large" };
  const type = evidenceTypeOf(bytes);
  // A PDF is evidence, not a picture.
  return type && (photoTypes as readonly string[]).includes(type)
    ? { ok: true, type: type as PhotoType }
    : { ok: false, problem: "wrong_type" };
}

/**
 * The validator a photo is served with and revalidated against: changes whenever the photo is replaced, and also when
 * the trainer's consent changes, so a copy kept for the public never answers "not modified" once they withdrew it.
 */
export function photoETag(userId: string, updatedAt: Date, shownPublicly: boolean): string {
  return `"${userId}-${updatedAt.getTime().toString(36)}-${shownPublicly ? "p" : "o"}"`;
}
