// The two secrets of evaluations, each derived from the hub's secret for this use only: the link a person answers by,
// and the pseudonymous pair code that joins one person's "before" and "after" self-assessments (decision 0026).
import { createHash, createHmac, hkdfSync } from "node:crypto";

const keys = new Map<string, Buffer>();

function derivedKey(secret: string, purpose: string): Buffer {
  const id = `${purpose}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "ips-hub", purpose, 32));
    keys.set(id, key);
  }
  return key;
}

const LINK_PREFIX = "ipe_";

/**
 * The link token of one request, made from the request's id: the hub can write it again for the reminder, and keeps only
 * its hash, so the table alone opens nothing.
 */
export function evaluationLinkToken(secret: string, requestId: string): string {
  const mac = createHmac("sha256", derivedKey(secret, "evaluation link v1")).update(requestId).digest();
  return LINK_PREFIX + mac.toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function looksLikeLinkToken(token: string): boolean {
  return /^ipe_[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * The same code for the same person in the same course, and no way back to the person without the hub's secret. Kept
 * with self-assessment answers instead of anything that names who answered.
 */
export function pairCodeFor(secret: string, userId: string, courseId: string): string {
  return createHmac("sha256", derivedKey(secret, "self-assessment pair code v1"))
    .update(`${userId}\u0000${courseId}`)
    .digest("base64url");
}

export function evaluationLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/evaluations/${token}`;
}
