// Verifies a credential from any issuer, as the 1EdTech and DCC verifiers do but without sending it anywhere: an embedded
// Data Integrity proof (eddsa-rdfc-2022) or a VC-JWT, checked against the keys its issuer publishes at its own address,
// then its dates, its status list and the Open Badges 3.0 JSON schema. The only requests it makes are for the issuer's
// key documents and status list (this hub's own are read in-process), through the outbound fetch's rules.
import { gunzipSync } from "node:zlib";
import * as vc from "@digitalbazaar/vc";
import { compactVerify, decodeProtectedHeader, importJWK, type JWK } from "jose";
import type { Services } from "#platform/services.ts";
import { isStatusBitSet } from "#core/status-list.ts";
import {
  createOutboundCache,
  defaultOutboundPolicy,
  fetchOutbound,
  OutboundError,
  type OutboundPolicy,
} from "#platform/outbound-fetch.ts";
import { bundledContext } from "./json-ld-contexts.ts";
import { keyIdFromVerificationMethod, verifyingSuite, KEYS_PATH } from "./data-integrity.ts";
import { readIssuerProfile, readVerificationMethod } from "./issuer-profile.ts";
import { keyIdFromUri, publishedKeys, JWKS_PATH } from "./signing-keys.ts";
import { isRevokedAt, statusListCredential, statusListUrl, STATUS_LIST_PATH } from "./status-list-credential.ts";
import { isOpenBadge, openBadgesValidator } from "./open-badges-schema.ts";

export type AnyCheckName = "format" | "signature" | "issuer" | "dates" | "status" | "schema";

/** Why a check came out as it did; each has a sentence in both languages (credentials.check.<reason>). */
export type AnyCheckReason =
  | "format.unreadable"
  | "format.tooLarge"
  | "format.notCredential"
  | "format.noProof"
  | "signature.ok"
  | "signature.mismatch"
  | "signature.unsupported"
  | "signature.keyUnavailable"
  | "signature.keyNotFound"
  | "signature.unknownContext"
  | "issuer.ok"
  | "issuer.mismatch"
  | "dates.valid"
  | "dates.validNoEnd"
  | "dates.notYet"
  | "dates.expired"
  | "dates.unreadable"
  | "status.none"
  | "status.ok"
  | "status.revoked"
  | "status.suspended"
  | "status.unavailable"
  | "status.unsupported"
  | "schema.ok"
  | "schema.invalid"
  | "schema.notOpenBadge";

export type AnyCheck = {
  name: AnyCheckName;
  /** null: does not apply (a credential that is not an Open Badge has no OB schema to meet). */
  ok: boolean | null;
  reason: AnyCheckReason;
  /** Facts the sentence names: a key, an issuer, dates as ISO 8601, a technical detail. */
  values: Record<string, string>;
};

export type AnyVerification = {
  valid: boolean;
  form: "data-integrity" | "jwt" | null;
  issuer: { id: string; name: string | null } | null;
  checks: AnyCheck[];
  credential: Record<string, unknown> | null;
};

export type VerifierServices = Pick<Services, "db" | "config" | "now">;

/** The largest credential accepted, pasted or uploaded (the hub's own are a few kilobytes). */
export const MAX_CREDENTIAL_BYTES = 256 * 1024;

// Issuers' keys and status lists, per process, for five minutes (status lists say verifiers may keep them that long).
const outboundCache = createOutboundCache({ ttlMs: 5 * 60_000, maxEntries: 200 });

/** Forget what was fetched (tests that change what a key server answers). */
export function forgetFetchedIssuerDocuments(): void {
  outboundCache.clear();
}

const check = (
  name: AnyCheckName,
  ok: boolean | null,
  reason: AnyCheckReason,
  values: Record<string, string> = {},
): AnyCheck => ({ name, ok, reason, values });

function policyOf(services: VerifierServices): OutboundPolicy {
  return { ...defaultOutboundPolicy, ...services.config.credentialFetch };
}

class KeyProblem extends Error {
  readonly reason: "signature.keyUnavailable" | "signature.keyNotFound" | "signature.unknownContext";
  readonly detail: string;
  constructor(reason: KeyProblem["reason"], detail: string) {
    super(detail);
    this.reason = reason;
    this.detail = detail;
  }
}

/** A JSON document from the issuer's address, or this hub's own document read in-process. */
async function readJson(services: VerifierServices, address: string, accept: string): Promise<unknown> {
  const own = await ownDocument(services, address);
  if (own !== undefined) {
    if (own === null) throw new KeyProblem("signature.keyNotFound", `${address} is not a document of this hub`);
    return own;
  }
  let body: string;
  try {
    const response = await outboundCache.get(`${accept} ${address}`, () =>
      fetchOutbound(address, { accept, policy: policyOf(services) }),
    );
    body = response.body;
  } catch (error) {
    throw new KeyProblem(
      "signature.keyUnavailable",
      error instanceof OutboundError ? error.message : `Could not read ${address}`,
    );
  }
  if (/^\s*ey/.test(body)) return body.trim();
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new KeyProblem("signature.keyUnavailable", `${address} did not answer with JSON`);
  }
}

/** This hub's own key, issuer, key set and status list documents, without a network round trip; undefined for others. */
async function ownDocument(services: VerifierServices, address: string): Promise<unknown> {
  const publicUrl = services.config.publicUrl;
  const bare = address.split("#")[0]!;
  if (bare !== publicUrl && !bare.startsWith(`${publicUrl}/`)) return undefined;
  const path = bare.slice(publicUrl.length) || "/";
  if (path === "/" || path === "/credentials/issuer") return readIssuerProfile(services);
  if (path === JWKS_PATH) return { keys: await publishedKeys(services.db, publicUrl) };
  if (path.startsWith(`${KEYS_PATH}/`)) {
    const keyId = keyIdFromVerificationMethod(publicUrl, bare);
    return keyId ? readVerificationMethod(services, keyId) : null;
  }
  const list = new RegExp(`^${STATUS_LIST_PATH}/([1-9]\\d{0,5})$`).exec(path);
  if (list) return (await statusListCredential(services, Number(list[1]))).document;
  return null;
}

/**
 * The document loader for one verification: bundled contexts, and — only — the documents the proof leads to (its
 * verification method, then that method's controller). Any other URL, a context above all, is refused: a context read
 * from the network could change what the signed statements mean.
 */
function verifierLoader(services: VerifierServices, firstAllowed: string): vc.DocumentLoader {
  const allowed = new Set([firstAllowed.split("#")[0]!]);
  return async (url) => {
    const context = bundledContext(url);
    if (context) return context;
    const bare = url.split("#")[0]!;
    if (!allowed.has(bare)) throw new KeyProblem("signature.unknownContext", url);
    const document = (await readJson(services, bare, "application/ld+json, application/json")) as Record<
      string,
      unknown
    >;
    if (typeof document !== "object" || document === null)
      throw new KeyProblem("signature.keyUnavailable", `${bare} is not a JSON document`);
    let found: Record<string, unknown> = document;
    if (url !== bare && document.id !== url) {
      // A method named by a fragment of a controller document: find it among the methods the document lists.
      const candidates = [document.verificationMethod, document.assertionMethod]
        .flatMap((value) => ([] as unknown[]).concat(value ?? []))
        .filter((value): value is Record<string, unknown> => typeof value === "object" && value !== null);
      const method = candidates.find((candidate) => candidate.id === url);
      if (!method) throw new KeyProblem("signature.keyNotFound", url);
      found = { "@context": document["@context"], ...method };
    }
    // A document must be what it was asked for: a key document elsewhere cannot speak for another address.
    if (found.id !== url) throw new KeyProblem("signature.keyNotFound", url);
    if (typeof found.controller === "string") allowed.add(found.controller.split("#")[0]!);
    return { contextUrl: null, documentUrl: url, document: found };
  };
}

function issuerOf(credential: Record<string, unknown>): { id: string; name: string | null } | null {
  const issuer = credential.issuer as { id?: unknown; name?: unknown } | string | undefined;
  if (typeof issuer === "string") return { id: issuer, name: null };
  if (issuer && typeof issuer.id === "string")
    return { id: issuer.id, name: typeof issuer.name === "string" ? issuer.name : null };
  return null;
}

function datesCheck(credential: Record<string, unknown>, now: Date): AnyCheck {
  const from = typeof credential.validFrom === "string" ? Date.parse(credential.validFrom) : Number.NaN;
  const untilText = credential.validUntil;
  const until = typeof untilText === "string" ? Date.parse(untilText) : null;
  if (Number.isNaN(from) || (until !== null && Number.isNaN(until))) return check("dates", false, "dates.unreadable");
  const values = {
    from: new Date(from).toISOString(),
    ...(until !== null ? { until: new Date(until).toISOString() } : {}),
  };
  if (from > now.getTime()) return check("dates", false, "dates.notYet", values);
  if (until !== null && until <= now.getTime()) return check("dates", false, "dates.expired", values);
  return check("dates", true, until === null ? "dates.validNoEnd" : "dates.valid", values);
}

function schemaCheck(credential: Record<string, unknown>): AnyCheck {
  if (!isOpenBadge(credential)) return check("schema", null, "schema.notOpenBadge");
  const validate = openBadgesValidator();
  if (validate(credential)) return check("schema", true, "schema.ok");
  const detail = (validate.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`.trim())
    .join("; ");
  return check("schema", false, "schema.invalid", { detail });
}

// — the embedded proof —

async function verifyProof(
  services: VerifierServices,
  credential: Record<string, unknown>,
): Promise<{ ok: true; key: string } | { ok: false; check: AnyCheck }> {
  const proofs = ([] as unknown[]).concat(credential.proof ?? []) as Array<Record<string, unknown>>;
  const proof = proofs[0];
  if (
    !proof ||
    proof.type !== "DataIntegrityProof" ||
    proof.cryptosuite !== "eddsa-rdfc-2022" ||
    typeof proof.verificationMethod !== "string"
  )
    return {
      ok: false,
      check: check("signature", false, "signature.unsupported", {
        detail: String(proof?.cryptosuite ?? proof?.type ?? "none"),
      }),
    };
  const key = proof.verificationMethod;
  try {
    const result = await vc.verifyCredential({
      credential,
      suite: verifyingSuite(),
      documentLoader: verifierLoader(services, key),
      // Status and dates are their own checks below: here only the proof (and that its key speaks for the issuer).
      checkStatus: async () => ({ verified: true }),
      now: new Date(Date.parse(String(credential.validFrom)) || services.now().getTime()),
    });
    if (result.verified) return { ok: true, key };
    const problem = findKeyProblem(result);
    if (problem)
      return { ok: false, check: check("signature", false, problem.reason, { key, detail: problem.detail }) };
    const message = errorMessages(result).join(" ");
    if (/controller/i.test(message))
      return { ok: false, check: check("issuer", false, "issuer.mismatch", { key, detail: message.slice(0, 300) }) };
    return { ok: false, check: check("signature", false, "signature.mismatch", { key }) };
  } catch (error) {
    if (error instanceof KeyProblem)
      return { ok: false, check: check("signature", false, error.reason, { key, detail: error.detail }) };
    return { ok: false, check: check("signature", false, "signature.mismatch", { key }) };
  }
}

function flattenErrors(error: unknown, into: unknown[] = [], depth = 0): unknown[] {
  if (!error || depth > 4) return into;
  into.push(error);
  const nested = (error as { errors?: unknown[]; cause?: unknown }).errors;
  if (Array.isArray(nested)) for (const inner of nested) flattenErrors(inner, into, depth + 1);
  flattenErrors((error as { cause?: unknown }).cause, into, depth + 1);
  return into;
}

function allErrors(result: Awaited<ReturnType<typeof vc.verifyCredential>>): unknown[] {
  const errors = flattenErrors(result.error);
  for (const item of result.results ?? []) flattenErrors(item.error, errors);
  return errors;
}

function findKeyProblem(result: Awaited<ReturnType<typeof vc.verifyCredential>>): KeyProblem | null {
  return (allErrors(result).find((error) => error instanceof KeyProblem) as KeyProblem | undefined) ?? null;
}

function errorMessages(result: Awaited<ReturnType<typeof vc.verifyCredential>>): string[] {
  return allErrors(result)
    .map((error) => (error instanceof Error ? error.message : ""))
    .filter(Boolean);
}

// — the VC-JWT —

const JWT_ALGORITHMS = ["EdDSA", "ES256", "RS256"];

async function jwkFor(services: VerifierServices, kid: string): Promise<JWK> {
  const document = (await readJson(services, kid.split("#")[0]!, "application/jwk-set+json, application/json")) as {
    keys?: JWK[];
  } & JWK & { publicKeyJwk?: JWK };
  if (Array.isArray(document.keys)) {
    const fragment = keyIdFromUri(kid);
    const key = document.keys.find((candidate) => candidate.kid === kid || candidate.kid === fragment);
    if (!key) throw new KeyProblem("signature.keyNotFound", kid);
    return key;
  }
  if (document.publicKeyJwk) return document.publicKeyJwk;
  if (typeof document.kty === "string") return document;
  throw new KeyProblem("signature.keyNotFound", kid);
}

async function verifyJwt(
  services: VerifierServices,
  jwt: string,
): Promise<{ ok: true; credential: Record<string, unknown>; key: string } | { ok: false; check: AnyCheck }> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jwt);
  } catch {
    return { ok: false, check: check("format", false, "format.unreadable") };
  }
  if (!JWT_ALGORITHMS.includes(String(header.alg)))
    return { ok: false, check: check("signature", false, "signature.unsupported", { detail: String(header.alg) }) };
  if (typeof header.kid !== "string" || !/^https?:\/\//.test(header.kid))
    return { ok: false, check: check("signature", false, "signature.keyNotFound", { key: String(header.kid ?? "") }) };
  const kid = header.kid;
  let payload: Record<string, unknown>;
  try {
    const jwk = await jwkFor(services, kid);
    const verified = await compactVerify(jwt, await importJWK(jwk, String(header.alg)), {
      algorithms: JWT_ALGORITHMS,
    });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof KeyProblem)
      return { ok: false, check: check("signature", false, error.reason, { key: kid, detail: error.detail }) };
    return { ok: false, check: check("signature", false, "signature.mismatch", { key: kid }) };
  }
  // Early OB 3.0 drafts (VC 1.1) wrapped the credential in a `vc` claim; the final text makes it the payload.
  const wrapped = payload.vc;
  const { iss, jti, sub, nbf, exp, iat: _iat, vc: _vc, ...rest } = payload;
  const credential = (typeof wrapped === "object" && wrapped !== null ? wrapped : rest) as Record<string, unknown>;
  const issuer = issuerOf(credential);
  const subject = credential.credentialSubject as { id?: unknown } | undefined;
  // OB 3.0 §8.2: the registered claims repeat the credential's issuer, id and subject, and nbf/exp its dates.
  const claimsMatch =
    iss === issuer?.id &&
    (jti === undefined || jti === credential.id) &&
    (sub === undefined || sub === subject?.id) &&
    (nbf === undefined || (typeof nbf === "number" && nbf * 1000 === Date.parse(String(credential.validFrom)))) &&
    (exp === undefined || (typeof exp === "number" && exp * 1000 === Date.parse(String(credential.validUntil))));
  // The key must be published at the issuer's own address, or anyone could sign as anyone.
  const sameOrigin =
    issuer !== null && /^https?:\/\//.test(issuer.id) && new URL(kid).origin === new URL(issuer.id).origin;
  if (!claimsMatch || !sameOrigin)
    return {
      ok: false,
      check: check("issuer", false, "issuer.mismatch", { key: kid, issuer: issuer?.id ?? String(iss ?? "") }),
    };
  return { ok: true, credential, key: kid };
}

// — the status list —

async function statusCheck(services: VerifierServices, credential: Record<string, unknown>): Promise<AnyCheck> {
  const entries = ([] as unknown[]).concat(credential.credentialStatus ?? []) as Array<Record<string, unknown>>;
  if (entries.length === 0) return check("status", true, "status.none");
  const issuer = issuerOf(credential);
  for (const entry of entries) {
    if (entry.type !== "BitstringStatusListEntry" || typeof entry.statusListCredential !== "string")
      return check("status", false, "status.unsupported", { detail: String(entry.type ?? "") });
    const index = Number(entry.statusListIndex);
    if (!Number.isInteger(index) || index < 0) return check("status", false, "status.unavailable");
    const address = entry.statusListCredential;
    // This hub's own list: the same fact it publishes, read from the database (a revocation shows at once, and no list
    // is built and signed per request).
    if (issuer?.id === services.config.publicUrl && address === statusListUrl(services.config.publicUrl, index)) {
      if (await isRevokedAt(services.db, index))
        return check("status", false, entry.statusPurpose === "suspension" ? "status.suspended" : "status.revoked");
      continue;
    }
    let list: Record<string, unknown>;
    try {
      const document = await readJson(
        services,
        address,
        "application/vc+ld+json, application/ld+json, application/json",
      );
      if (typeof document === "string") {
        const verified = await verifyJwt(services, document);
        if (!verified.ok) return check("status", false, "status.unavailable", { detail: address });
        list = verified.credential;
      } else {
        list = document as Record<string, unknown>;
        const proof = await verifyProof(services, list);
        if (!proof.ok) return check("status", false, "status.unavailable", { detail: address });
      }
    } catch (error) {
      return check("status", false, "status.unavailable", {
        detail: error instanceof KeyProblem ? error.detail : address,
      });
    }
    // The list must come from the credential's own issuer, and still be current.
    if (issuerOf(list)?.id !== issuer?.id) return check("status", false, "status.unavailable", { detail: address });
    const listUntil = typeof list.validUntil === "string" ? Date.parse(list.validUntil) : null;
    if (listUntil !== null && listUntil <= services.now().getTime())
      return check("status", false, "status.unavailable", { detail: address });
    const subject = list.credentialSubject as { encodedList?: unknown; statusPurpose?: unknown } | undefined;
    if (typeof subject?.encodedList !== "string" || !subject.encodedList.startsWith("u"))
      return check("status", false, "status.unavailable", { detail: address });
    let bits: Uint8Array;
    try {
      bits = new Uint8Array(gunzipSync(Buffer.from(subject.encodedList.slice(1), "base64url")));
    } catch {
      return check("status", false, "status.unavailable", { detail: address });
    }
    if (index >= bits.length * 8) return check("status", false, "status.unavailable", { detail: address });
    if (isStatusBitSet(bits, index))
      return check("status", false, entry.statusPurpose === "suspension" ? "status.suspended" : "status.revoked");
  }
  return check("status", true, "status.ok");
}

// — the whole report —

/** Reads the input as a JSON credential with an embedded proof, or as a compact VC-JWT, and checks it. */
export async function verifyAnyCredential(
  services: VerifierServices,
  input: { credential: string | Record<string, unknown> },
): Promise<AnyVerification> {
  const failed = (first: AnyCheck, form: AnyVerification["form"] = null): AnyVerification => ({
    valid: false,
    form,
    issuer: null,
    checks: [first],
    credential: null,
  });
  let text: string | null = typeof input.credential === "string" ? input.credential.trim() : null;
  if (text !== null && Buffer.byteLength(text, "utf8") > MAX_CREDENTIAL_BYTES)
    return failed(check("format", false, "format.tooLarge"));
  let document: Record<string, unknown> | null = typeof input.credential === "object" ? input.credential : null;
  if (text !== null && text.startsWith("{")) {
    try {
      document = JSON.parse(text) as Record<string, unknown>;
      text = null;
    } catch {
      return failed(check("format", false, "format.unreadable"));
    }
  }

  let credential: Record<string, unknown>;
  let form: AnyVerification["form"];
  let signature: AnyCheck;
  if (document) {
    form = "data-integrity";
    if (typeof document !== "object" || Array.isArray(document) || !document["@context"] || !document.credentialSubject)
      return failed(check("format", false, "format.notCredential"));
    if (!document.proof) return failed(check("format", false, "format.noProof"), form);
    const proof = await verifyProof(services, document);
    if (!proof.ok) return { ...failed(proof.check, form), issuer: issuerOf(document) };
    credential = document;
    signature = check("signature", true, "signature.ok", { key: proof.key });
  } else {
    form = "jwt";
    const verified = await verifyJwt(services, text ?? "");
    if (!verified.ok) return failed(verified.check, verified.check.reason === "format.unreadable" ? null : form);
    credential = verified.credential;
    signature = check("signature", true, "signature.ok", { key: verified.key });
  }
  const issuer = issuerOf(credential);
  const checks = [
    signature,
    check("issuer", true, "issuer.ok", { issuer: issuer?.id ?? "", name: issuer?.name ?? issuer?.id ?? "" }),
    datesCheck(credential, services.now()),
    await statusCheck(services, credential),
    schemaCheck(credential),
  ];
  return { valid: checks.every((c) => c.ok !== false), form, issuer, checks, credential };
}
