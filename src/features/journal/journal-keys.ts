// Each person's journal key (decision 0025): 32 random bytes, kept only wrapped (AES-256-GCM) by a server key derived
// with HKDF from the hub secret, and used to seal and open that person's entries and intentions. Deleting the
// person's key row is crypto-shredding: their sealed rows, in the database and in any backup, can no longer be opened.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { schema, type Database, type Executor } from "#db/client.ts";

type KeyConfig = { sessionSecret: string };

/** What the journal's use cases need: the database, the hub secret its keys are wrapped under, and the clock. */
export type JournalServices = { db: Database; config: KeyConfig; now: () => Date };

const SEALED_VERSION = "v1";

/** The server key: never stored; the same secret always gives the same key, another secret a useless one. */
function serverKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "ips-hub journal keys", "aes-256-gcm v1 key wrapping", 32));
}

function seal(key: Buffer, plain: Buffer, bound: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  // What the ciphertext belongs to is authenticated with it, so sealed text cannot be moved onto another row or person.
  cipher.setAAD(Buffer.from(bound, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return [SEALED_VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url"))].join(".");
}

/** Opens sealed text; throws when the key is not the one it was sealed with or the text was changed. */
function open(key: Buffer, sealed: string, bound: string): Buffer {
  const [version, ...parts] = sealed.split(".");
  const [iv, tag, ciphertext] = parts.map((part) => Buffer.from(part, "base64url"));
  if (version !== SEALED_VERSION || !iv || !tag || !ciphertext) throw new Error("Not sealed journal text");
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(bound, "utf8"));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

/** A person's opened journal key: seals and opens what they write, bound to them and to the row. */
export type JournalKey = {
  sealJson(rowKind: "entry" | "intention", rowId: string, value: unknown): string;
  openJson(rowKind: "entry" | "intention", rowId: string, sealed: string): unknown;
};

function journalKeyOf(dataKey: Buffer, userId: string): JournalKey {
  const bound = (rowKind: string, rowId: string) => `${rowKind}:${rowId}:${userId}`;
  return {
    sealJson: (rowKind, rowId, value) =>
      seal(dataKey, Buffer.from(JSON.stringify(value), "utf8"), bound(rowKind, rowId)),
    openJson: (rowKind, rowId, sealed) => JSON.parse(open(dataKey, sealed, bound(rowKind, rowId)).toString("utf8")),
  };
}

function unwrap(config: KeyConfig, userId: string, wrapped: string): Buffer {
  try {
    return open(serverKey(config.sessionSecret), wrapped, `journal-key:${userId}`);
  } catch {
    throw new Error("A journal key cannot be opened with this SESSION_SECRET (was the secret changed?)");
  }
}

/** The person's key, or null when they have no journal (never wrote, or deleted it). */
export async function readJournalKey(db: Executor, config: KeyConfig, userId: string): Promise<JournalKey | null> {
  const [row] = await db
    .select({ wrapped: schema.journalKey.wrappedKey })
    .from(schema.journalKey)
    .where(eq(schema.journalKey.userId, userId));
  return row ? journalKeyOf(unwrap(config, userId, row.wrapped), userId) : null;
}

/** The person's key, made on their first entry or intention (inside the caller's transaction). */
export async function ensureJournalKey(tx: Executor, config: KeyConfig, userId: string): Promise<JournalKey> {
  const dataKey = randomBytes(32);
  await tx
    .insert(schema.journalKey)
    .values({ userId, wrappedKey: seal(serverKey(config.sessionSecret), dataKey, `journal-key:${userId}`) })
    .onConflictDoNothing();
  dataKey.fill(0);
  return (await readJournalKey(tx, config, userId))!;
}
