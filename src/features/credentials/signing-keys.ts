// The hub's Ed25519 signing keys: made on first use, the private half encrypted at rest, rotated on request, and every
// key — retired ones too — published in /.well-known/jwks.json so old credentials keep verifying.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from "node:crypto";
import { desc, isNull, sql } from "drizzle-orm";
import { calculateJwkThumbprint, type JWK } from "jose";
import { schema, type Executor } from "#db/client.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";

export type SigningKey = { id: string; privateKey: KeyObject };
export type PublishedKey = JWK & { kid: string; kty: "OKP"; crv: "Ed25519"; x: string; alg: "EdDSA"; use: "sig" };

type KeyServices = { db: Executor; config: { sessionSecret: string; publicUrl: string }; now: () => Date };

export const JWKS_PATH = "/.well-known/jwks.json";

/** The `kid` in a JWT header: a URL into the published key set, which OB 3.0 asks to be dereferenceable to the key. */
export function keyIdUri(publicUrl: string, keyId: string): string {
  return `${publicUrl}${JWKS_PATH}#${keyId}`;
}

/** The stored key id a `kid` names (the part after `#`, or the whole value when it is a bare id). */
export function keyIdFromUri(kid: string): string {
  const hash = kid.lastIndexOf("#");
  return hash === -1 ? kid : kid.slice(hash + 1);
}

// — encryption at rest: AES-256-GCM under a key derived from SESSION_SECRET —

function wrappingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "ips-hub signing keys", "aes-256-gcm v1", 32));
}

function encryptPrivateKey(pkcs8: Buffer, keyId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(secret), iv);
  // The key id is authenticated with the ciphertext, so a private key cannot be moved onto another row unnoticed.
  cipher.setAAD(Buffer.from(keyId, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString("base64url")).join(".");
}

function decryptPrivateKey(stored: string, keyId: string, secret: string): KeyObject {
  const [iv, tag, ciphertext] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !ciphertext) throw new Error(`Signing key ${keyId} is not stored as iv.tag.ciphertext`);
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(secret), iv);
  decipher.setAAD(Buffer.from(keyId, "utf8"));
  decipher.setAuthTag(tag);
  try {
    const pkcs8 = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return createPrivateKey({ key: pkcs8, format: "der", type: "pkcs8" });
  } catch {
    throw new Error(`Signing key ${keyId} cannot be opened with this SESSION_SECRET (was the secret changed?)`);
  }
}

// Opened private keys, by id: opening one costs an HKDF and a decryption, and signing 30 credentials should not repeat it.
const opened = new Map<string, KeyObject>();

async function newKeyRow(secret: string, now: Date) {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  const publicJwk = publicKey.export({ format: "jwk" }) as { kty: "OKP"; crv: "Ed25519"; x: string };
  const id = await calculateJwkThumbprint(publicJwk, "sha256");
  const pkcs8 = privateKey.export({ format: "der", type: "pkcs8" });
  opened.set(id, privateKey);
  return {
    id,
    algorithm: "EdDSA",
    publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x },
    privateKeyEncrypted: encryptPrivateKey(pkcs8, id, secret),
    createdAt: now,
  };
}

/** Serializes key creation and rotation across processes (two hubs starting at once make one key). */
async function lockKeys(tx: Executor): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('ips-hub:signing-keys'))`);
}

async function activeKeyRow(db: Executor) {
  const [row] = await db
    .select()
    .from(schema.signingKey)
    .where(isNull(schema.signingKey.retiredAt))
    .orderBy(desc(schema.signingKey.createdAt))
    .limit(1);
  return row;
}

/** The key new credentials are signed with; the first call on a new hub makes it. */
export async function currentSigningKey(services: KeyServices): Promise<SigningKey> {
  let row = await activeKeyRow(services.db);
  if (!row) {
    row = await services.db.transaction(async (tx) => {
      await lockKeys(tx);
      const existing = await activeKeyRow(tx);
      if (existing) return existing;
      const [created] = await tx
        .insert(schema.signingKey)
        .values(await newKeyRow(services.config.sessionSecret, services.now()))
        .returning();
      return created!;
    });
  }
  let privateKey = opened.get(row.id);
  if (!privateKey) {
    privateKey = decryptPrivateKey(row.privateKeyEncrypted, row.id, services.config.sessionSecret);
    opened.set(row.id, privateKey);
  }
  return { id: row.id, privateKey };
}

/** A new current key; the old ones are marked retired but stay published, so what they signed still verifies. */
export async function rotateSigningKey(
  services: KeyServices,
  actor: AuditActor,
): Promise<{ id: string; retired: string[] }> {
  return services.db.transaction(async (tx) => {
    await lockKeys(tx);
    const now = services.now();
    const retired = await tx
      .update(schema.signingKey)
      .set({ retiredAt: now })
      .where(isNull(schema.signingKey.retiredAt))
      .returning({ id: schema.signingKey.id });
    const [created] = await tx
      .insert(schema.signingKey)
      .values(await newKeyRow(services.config.sessionSecret, now))
      .returning({ id: schema.signingKey.id });
    await recordAudit(tx, actor, {
      action: "signing_key.rotate",
      targetType: "signing_key",
      targetId: created!.id,
      summary: { retired: retired.map((r) => r.id) },
    });
    return { id: created!.id, retired: retired.map((r) => r.id) };
  });
}

/** Every public key, newest first, as the JWKS publishes them (each `kid` is its full URL). */
export async function publishedKeys(db: Executor, publicUrl: string): Promise<PublishedKey[]> {
  const rows = await db
    .select({ id: schema.signingKey.id, publicJwk: schema.signingKey.publicJwk })
    .from(schema.signingKey)
    .orderBy(desc(schema.signingKey.createdAt));
  return rows.map((row) => ({
    kty: "OKP",
    crv: "Ed25519",
    x: row.publicJwk.x!,
    kid: keyIdUri(publicUrl, row.id),
    alg: "EdDSA",
    use: "sig",
  }));
}
