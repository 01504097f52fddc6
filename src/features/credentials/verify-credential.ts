// Checks a VC-JWT as any verifier would, against the hub's own published keys: signature, issuer, dates and status.
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from "jose";
import type { Executor } from "#db/client.ts";
import { isRevokedAt, statusListUrl } from "./status-list-credential.ts";
import { keyIdFromUri, publishedKeys } from "./signing-keys.ts";

export type CheckName = "signature" | "issuer" | "dates" | "status";
export type VerificationCheck = { name: CheckName; ok: boolean; detail: string };
export type Verification = { valid: boolean; checks: VerificationCheck[]; credential: Record<string, unknown> | null };

// Public keys never change once made (rotation adds new ones), so each process keeps what it has read; an unknown kid reads again.
let cachedKeys: { publicUrl: string; byId: Map<string, JWK> } | null = null;

async function publicKeyFor(db: Executor, publicUrl: string, keyId: string): Promise<JWK | null> {
  if (!cachedKeys || cachedKeys.publicUrl !== publicUrl || !cachedKeys.byId.has(keyId)) {
    const keys = await publishedKeys(db, publicUrl);
    cachedKeys = { publicUrl, byId: new Map(keys.map((key) => [keyIdFromUri(key.kid), key])) };
  }
  return cachedKeys.byId.get(keyId) ?? null;
}

const failed = (checks: VerificationCheck[], name: CheckName, detail: string): Verification => ({
  valid: false,
  checks: [...checks, { name, ok: false, detail }],
  credential: null,
});

export async function verifyCredentialJwt(
  services: { db: Executor; config: { publicUrl: string }; now: () => Date },
  input: { jwt: string },
): Promise<Verification> {
  const publicUrl = services.config.publicUrl;
  const jwt = input.jwt.trim();
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return failed([], "signature", "This is not a compact JWS (three base64url parts separated by dots).");
  }
  if (header.alg !== "EdDSA")
    return failed([], "signature", `The hub signs with EdDSA; this token says ${String(header.alg)}.`);
  if (typeof header.kid !== "string") return failed([], "signature", "The header names no key (kid).");
  const jwk = await publicKeyFor(services.db, publicUrl, keyIdFromUri(header.kid));
  if (!jwk) return failed([], "signature", `No key of this hub has the id ${header.kid}.`);

  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(jwt, await importJWK(jwk, "EdDSA"), { algorithms: ["EdDSA"] });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    return failed(
      [],
      "signature",
      "The signature does not match the content: the token was changed or signed by another key.",
    );
  }
  const checks: VerificationCheck[] = [{ name: "signature", ok: true, detail: `Signed by ${header.kid}.` }];

  const issuer = payload.issuer as { id?: unknown } | string | undefined;
  const issuerId = typeof issuer === "string" ? issuer : issuer?.id;
  const subject = payload.credentialSubject as { id?: unknown } | undefined;
  // OB 3.0 §8.2.6.1: the registered claims must repeat the credential's own issuer, id and subject.
  const issuerOk =
    payload.iss === publicUrl && issuerId === publicUrl && payload.jti === payload.id && payload.sub === subject?.id;
  checks.push({
    name: "issuer",
    ok: issuerOk,
    detail: issuerOk
      ? `Issued by ${publicUrl}.`
      : `The token's issuer (${String(payload.iss)}) is not this hub (${publicUrl}), or its claims do not match the credential.`,
  });

  const now = services.now().getTime();
  const validFrom = typeof payload.validFrom === "string" ? Date.parse(payload.validFrom) : Number.NaN;
  const validUntil = typeof payload.validUntil === "string" ? Date.parse(payload.validUntil) : null;
  const nbfMatches = typeof payload.nbf === "number" && payload.nbf * 1000 === validFrom;
  const expMatches =
    validUntil === null
      ? payload.exp === undefined
      : typeof payload.exp === "number" && payload.exp * 1000 === validUntil;
  let datesDetail: string;
  if (!nbfMatches || !expMatches)
    datesDetail = "The token's nbf/exp do not match the credential's validFrom/validUntil.";
  else if (validFrom > now) datesDetail = `Not valid before ${new Date(validFrom).toISOString()}.`;
  else if (validUntil !== null && validUntil <= now) datesDetail = `Expired on ${new Date(validUntil).toISOString()}.`;
  else
    datesDetail =
      validUntil === null
        ? `Valid since ${new Date(validFrom).toISOString()}, with no end date.`
        : `Valid from ${new Date(validFrom).toISOString()} until ${new Date(validUntil).toISOString()}.`;
  const datesOk = nbfMatches && expMatches && validFrom <= now && (validUntil === null || validUntil > now);
  checks.push({ name: "dates", ok: datesOk, detail: datesDetail });

  const status = payload.credentialStatus as
    { type?: unknown; statusPurpose?: unknown; statusListIndex?: unknown; statusListCredential?: unknown } | undefined;
  const index = Number(status?.statusListIndex);
  const listOk =
    status?.type === "BitstringStatusListEntry" &&
    status.statusPurpose === "revocation" &&
    Number.isInteger(index) &&
    index >= 0 &&
    status.statusListCredential === statusListUrl(publicUrl, index);
  if (!listOk) {
    checks.push({ name: "status", ok: false, detail: "The credential does not point at this hub's revocation list." });
  } else {
    const revoked = await isRevokedAt(services.db, index);
    checks.push({
      name: "status",
      ok: !revoked,
      detail: revoked ? "The issuer has revoked this credential." : "Not revoked.",
    });
  }

  const { iss: _iss, jti: _jti, sub: _sub, nbf: _nbf, exp: _exp, ...credential } = payload;
  return { valid: checks.every((check) => check.ok), checks, credential };
}
