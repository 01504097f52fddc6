// The embedded Data Integrity proof (eddsa-rdfc-2022) every credential carries, and the documents that let anyone check
// it from the hub's own address (decision 0027): one Multikey document per signing key at /credentials/keys/<id>, and the
// issuer's controller document — its public Profile — at the issuer id, listing every key, retired ones too.
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { KeyObject } from "node:crypto";
import { desc } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { OPEN_BADGES_CONTEXT, VC_CONTEXT_V2 } from "#core/open-badges.ts";
import { bundledContext, MULTIKEY_CONTEXT } from "./json-ld-contexts.ts";

export const KEYS_PATH = "/credentials/keys";

export type DataIntegrityProofValue = {
  type: "DataIntegrityProof";
  created: string;
  verificationMethod: string;
  cryptosuite: "eddsa-rdfc-2022";
  proofPurpose: "assertionMethod";
  proofValue: string;
};

/** A key's verification method id: a URL that answers with the key as a Multikey document. */
export function verificationMethodUrl(publicUrl: string, keyId: string): string {
  return `${publicUrl}${KEYS_PATH}/${keyId}`;
}

/** The stored key id a verification method URL of this hub names, or null for any other URL. */
export function keyIdFromVerificationMethod(publicUrl: string, url: string): string | null {
  const prefix = `${publicUrl}${KEYS_PATH}/`;
  if (!url.startsWith(prefix)) return null;
  const id = url.slice(prefix.length);
  return /^[A-Za-z0-9_-]{43}$/.test(id) ? id : null;
}

/** One public key as a Multikey verification method whose controller is the issuer. */
export async function multikeyDocument(
  publicUrl: string,
  key: { id: string; publicJwk: Record<string, string> },
): Promise<Record<string, unknown>> {
  const pair = await Ed25519Multikey.fromJwk({
    jwk: { kty: "OKP", crv: "Ed25519", x: key.publicJwk.x },
    id: verificationMethodUrl(publicUrl, key.id),
    controller: publicUrl,
  });
  return pair.export({ publicKey: true, includeContext: true });
}

/** Every key's verification method URL, newest first. */
export async function verificationMethodUrls(db: Executor, publicUrl: string): Promise<string[]> {
  const rows = await db
    .select({ id: schema.signingKey.id })
    .from(schema.signingKey)
    .orderBy(desc(schema.signingKey.createdAt));
  return rows.map((row) => verificationMethodUrl(publicUrl, row.id));
}

export type IssuerFacts = {
  publicUrl: string;
  name: string;
  email: string | null;
  imageUrl: string | null;
  description: { en: string; es: string };
  verificationMethods: string[];
};

/**
 * The issuer's Profile, which is also its controller document: Data Integrity verifiers read `assertionMethod` here to
 * learn that a key may sign for this issuer. The VC 2.0, Open Badges and Multikey contexts do not define
 * `assertionMethod`, so the document defines it, with the IRI the W3C security vocabulary gives it.
 */
export function issuerProfileDocument(facts: IssuerFacts): Record<string, unknown> {
  return {
    "@context": [
      VC_CONTEXT_V2,
      OPEN_BADGES_CONTEXT,
      MULTIKEY_CONTEXT,
      { assertionMethod: { "@id": "https://w3id.org/security#assertionMethod", "@type": "@id", "@container": "@set" } },
    ],
    id: facts.publicUrl,
    type: ["Profile"],
    name: facts.name,
    url: facts.publicUrl,
    ...(facts.email ? { email: facts.email } : {}),
    ...(facts.imageUrl && /^https:\/\//.test(facts.imageUrl)
      ? { image: { id: facts.imageUrl, type: "Image", caption: facts.name } }
      : {}),
    // OB 3.0 gives a Profile one description; both languages are there as JSON-LD language-tagged values.
    description: [
      { "@value": facts.description.en, "@language": "en" },
      { "@value": facts.description.es, "@language": "es" },
    ],
    assertionMethod: facts.verificationMethods,
  };
}

/** Only bundled contexts: signing never needs anything else. */
const contextsOnly: vc.DocumentLoader = async (url) => {
  const context = bundledContext(url);
  if (!context) throw new Error(`Only bundled JSON-LD contexts are loaded while signing (asked for ${url}).`);
  return context;
};

/**
 * The credential with an embedded eddsa-rdfc-2022 proof by `key`, made at `now`; any earlier proof is replaced. The
 * proof is a one-item array: VC 2.0 allows one proof or a set, and 1EdTech's current OB 3.0 schema accepts only a set.
 */
export async function addDataIntegrityProof<T extends Record<string, unknown>>(
  credential: T,
  key: { id: string; privateKey: KeyObject },
  publicUrl: string,
  now: Date,
): Promise<T & { proof: [DataIntegrityProofValue] }> {
  const { proof: _previous, ...unsigned } = credential;
  const jwk = key.privateKey.export({ format: "jwk" }) as Record<string, unknown>;
  const pair = await Ed25519Multikey.fromJwk({
    jwk,
    secretKey: true,
    id: verificationMethodUrl(publicUrl, key.id),
    controller: publicUrl,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite, date: now });
  const signed = await vc.issue({ credential: unsigned, suite, documentLoader: contextsOnly, now });
  return { ...signed, proof: [signed.proof as DataIntegrityProofValue] } as T & { proof: [DataIntegrityProofValue] };
}

/** A suite that verifies eddsa-rdfc-2022 proofs (the key comes from the document loader). */
export function verifyingSuite(): unknown {
  return new DataIntegrityProof({ cryptosuite });
}
