// The rotating self check-in code of one meeting: the meeting's id, the minute it was made in, and an HMAC over both
// with a key derived from the hub's secret. Nobody can make one without the secret, and each is good for two minutes.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { checkInWindow, checkInWindowAccepted } from "#core/attendance.ts";

const keys = new Map<string, Buffer>();

/** A key of its own for check-in codes, so no other use of the hub's secret can mint one. */
function codeKey(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "ips-hub", "check-in code v1", 32));
    keys.set(secret, key);
  }
  return key;
}

function mac(secret: string, meetingId: string, window: number): Buffer {
  return createHmac("sha256", codeKey(secret)).update(`${meetingId}\u0000${window}`).digest().subarray(0, 16);
}

/** `<meetingId>.<window in base 36>.<mac in base64url>`: safe in a URL path and short enough for a small QR code. */
export function makeCheckInCode(secret: string, meetingId: string, now: Date): string {
  const window = checkInWindow(now);
  return `${meetingId}.${window.toString(36)}.${mac(secret, meetingId, window).toString("base64url")}`;
}

export type CodeReading =
  { ok: true; meetingId: string; window: number } | { ok: false; problem: "unreadable" | "expired" };

/** A code this hub made, for the minute it names; a forged or altered one is unreadable, an old one expired. */
export function readCheckInCode(secret: string, code: string, now: Date): CodeReading {
  const match = /^([A-Za-z0-9-]{1,100})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(code);
  if (!match) return { ok: false, problem: "unreadable" };
  const [, meetingId, windowText, given] = match as unknown as [string, string, string, string];
  const window = Number.parseInt(windowText, 36);
  const expected = mac(secret, meetingId, window);
  const presented = Buffer.from(given, "base64url");
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected))
    return { ok: false, problem: "unreadable" };
  if (!checkInWindowAccepted(window, now)) return { ok: false, problem: "expired" };
  return { ok: true, meetingId, window };
}

/** How many minutes back a typed code is still recognised, to say "expired" rather than "wrong" to a slow typist. */
const SHORT_CODE_LOOKBACK_WINDOWS = 15;

/**
 * Six digits for one meeting and minute, for people who cannot scan: typed at /check-in. Their own HMAC label, so a
 * short code says nothing about the long one. A million values is enough because a typed code is only compared with
 * the meetings of the person's own confirmed seats, and tries are rate limited.
 */
export function makeShortCheckInCode(secret: string, meetingId: string, window: number): string {
  const digest = createHmac("sha256", codeKey(secret)).update(`short\u0000${meetingId}\u0000${window}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, "0");
}

/** What people type: digits with any spaces or dashes they copied from the screen ("482 913"). */
export function normalizeShortCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, "");
  return /^[0-9]{6}$/.test(digits) ? digits : null;
}

/** Which of the candidate meetings a typed code belongs to: good for two minutes like a scanned one, then expired. */
export function readShortCheckInCode(
  secret: string,
  typed: string,
  meetingIds: readonly string[],
  now: Date,
): CodeReading {
  const code = normalizeShortCode(typed);
  if (!code) return { ok: false, problem: "unreadable" };
  const current = checkInWindow(now);
  for (let window = current; window > current - SHORT_CODE_LOOKBACK_WINDOWS; window -= 1) {
    const meetingId = meetingIds.find((id) => makeShortCheckInCode(secret, id, window) === code);
    if (!meetingId) continue;
    return checkInWindowAccepted(window, now) ? { ok: true, meetingId, window } : { ok: false, problem: "expired" };
  }
  return { ok: false, problem: "unreadable" };
}
