// The hub's revocation list as a BitstringStatusListCredential (W3C Bitstring Status List v1.0), with an embedded
// Data Integrity proof and signed as a VC-JWT.
import { gzipSync } from "node:zlib";
import { and, eq, gte, lt } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { VC_CONTEXT_V2, toCredentialTime } from "#core/open-badges.ts";
import { STATUS_LIST_SIZE, statusBitstring, statusListPosition } from "#core/status-list.ts";
import type { Services } from "#platform/services.ts";
import { addDataIntegrityProof } from "./data-integrity.ts";
import { signCredentialJwt } from "./sign-credential.ts";
import { currentSigningKey } from "./signing-keys.ts";

export const STATUS_LIST_PATH = "/credentials/status";
/** Verifiers may cache the list this long; a revocation shows within it (the verify page and API read the database). */
export const STATUS_LIST_TTL_SECONDS = 300;

export function statusListUrl(publicUrl: string, index: number): string {
  return `${publicUrl}${STATUS_LIST_PATH}/${statusListPosition(index).list}`;
}

/** Revoked bits of one list (numbered from 1). */
async function revokedBits(db: Executor, list: number): Promise<number[]> {
  const first = (list - 1) * STATUS_LIST_SIZE;
  const rows = await db
    .select({ index: schema.credential.statusListIndex })
    .from(schema.credential)
    .where(
      and(
        eq(schema.credential.status, "revoked"),
        gte(schema.credential.statusListIndex, first),
        lt(schema.credential.statusListIndex, first + STATUS_LIST_SIZE),
      ),
    );
  return rows.map((row) => row.index - first);
}

/** Whether a credential's bit is set: the same fact the published list carries, read straight from the database. */
export async function isRevokedAt(db: Executor, index: number): Promise<boolean> {
  const [row] = await db
    .select({ status: schema.credential.status })
    .from(schema.credential)
    .where(and(eq(schema.credential.statusListIndex, index), eq(schema.credential.status, "revoked")));
  return Boolean(row);
}

/** The list's bits GZIP-compressed and multibase-encoded (base64url, prefix "u"), as `encodedList` must be. */
export function encodeStatusList(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString("base64url")}`;
}

export async function statusListCredential(services: Pick<Services, "db" | "config" | "now">, list: number) {
  const publicUrl = services.config.publicUrl;
  const id = `${publicUrl}${STATUS_LIST_PATH}/${list}`;
  const now = services.now();
  const document = {
    "@context": [VC_CONTEXT_V2],
    id,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: publicUrl,
    validFrom: toCredentialTime(now),
    // Short-lived on purpose: a copy kept past this time says nothing about later revocations.
    validUntil: toCredentialTime(new Date(now.getTime() + 24 * 3_600_000)),
    credentialSubject: {
      id: `${id}#list`,
      type: "BitstringStatusList",
      statusPurpose: "revocation",
      encodedList: encodeStatusList(statusBitstring(await revokedBits(services.db, list))),
    },
  };
  const key = await currentSigningKey(services);
  // Data Integrity verifiers check the list's own embedded proof before reading a bit; JOSE verifiers check the JWT.
  const proven = await addDataIntegrityProof(document, key, publicUrl, now);
  const jwt = await signCredentialJwt(proven, key, publicUrl);
  return { document: proven, jwt };
}
