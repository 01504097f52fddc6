// Idempotency-Key on every POST of the API: a client that retries a request (a lost answer, a timeout) sends the same
// key and gets the first answer again instead of a second registration or token. The same key with another request is
// refused; a key whose first request is still running answers 409 until it ends. Answers are kept a day, sealed with a
// key derived from the hub secret and the client's own key, so the table alone reveals nothing of them.
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";

/** What the header may hold: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** How long an answer is kept for replay. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** A first request that has not finished after this long is taken to have died with its process. */
const ABANDONED_MS = 5 * 60 * 1000;

export type StoredAnswer = { status: number; headers: Record<string, string>; body: unknown };

export type IdempotencyClaim =
  | { kind: "run"; store(answer: StoredAnswer): Promise<void>; release(): Promise<void> }
  | { kind: "replay"; answer: StoredAnswer }
  | { kind: "other-request" }
  | { kind: "in-progress" };

type IdempotencyServices = Pick<Services, "db" | "config" | "now">;

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest("base64url");
}

function sealingKey(secret: string, scope: string, key: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "ips-hub idempotency", `${scope}\u0000${key}`, 32));
}

function seal(secret: string, scope: string, key: string, answer: StoredAnswer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(secret, scope, key), iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(answer), "utf8"), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64");
}

function unseal(secret: string, scope: string, key: string, text: string): StoredAnswer {
  const bytes = Buffer.from(text, "base64");
  const decipher = createDecipheriv("aes-256-gcm", sealingKey(secret, scope, key), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8"));
}

/**
 * Takes the key for this request, or says what became of it. One statement decides who runs: the insert wins, or
 * takes over a row that is past its day or abandoned; everyone else reads the row that is there.
 */
export async function claimIdempotencyKey(
  services: IdempotencyServices,
  input: { scope: string; key: string; fingerprint: string },
): Promise<IdempotencyClaim> {
  const { db } = services;
  const now = services.now();
  const expired = new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS);
  const abandoned = new Date(now.getTime() - ABANDONED_MS);
  const table = schema.idempotencyKey;
  const [claimed] = await db
    .insert(table)
    .values({ ...input, status: null, sealedResponse: null, createdAt: now })
    .onConflictDoUpdate({
      target: [table.scope, table.key],
      set: { fingerprint: input.fingerprint, status: null, sealedResponse: null, createdAt: now },
      setWhere: sql`${table.createdAt} < ${expired.toISOString()}::timestamptz OR (${table.status} IS NULL AND ${table.createdAt} < ${abandoned.toISOString()}::timestamptz)`,
    })
    .returning({ key: table.key });
  const mine = and(eq(table.scope, input.scope), eq(table.key, input.key), eq(table.createdAt, now));
  if (claimed) {
    return {
      kind: "run",
      store: async (answer) => {
        await db
          .update(table)
          .set({
            status: answer.status,
            sealedResponse: seal(services.config.sessionSecret, input.scope, input.key, answer),
          })
          .where(mine);
      },
      // The work failed: the key is free again, so the client's retry runs it afresh.
      release: async () => {
        await db.delete(table).where(mine);
      },
    };
  }
  const [row] = await db
    .select()
    .from(table)
    .where(and(eq(table.scope, input.scope), eq(table.key, input.key)));
  if (!row) return { kind: "in-progress" };
  if (row.fingerprint !== input.fingerprint) return { kind: "other-request" };
  if (row.status === null || row.sealedResponse === null) return { kind: "in-progress" };
  return { kind: "replay", answer: unseal(services.config.sessionSecret, input.scope, input.key, row.sealedResponse) };
}
