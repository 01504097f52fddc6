// Credentials end to end on both engines: issuing from a completion, the Open Badges 3.0 schema, VC-JWT verification with
// nothing but the served JWKS, tampering, unknown keys, revocation and the status list, rotation, re-issue, PDF and pages.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { SignJWT, createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from "jose";
import { schema } from "#db/client.ts";
import { isStatusBitSet, STATUS_LIST_SIZE } from "#core/status-list.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { updateProfile } from "#features/accounts/update-profile.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { issueCredential, issueCredentialHandler } from "#features/credentials/issue-credential.ts";
import { issueCredentialJob } from "#features/credentials/issue-credential.job.ts";
import { reissueCredentials } from "#features/credentials/reissue-credentials.ts";
import { reissueCredentialsJob } from "#features/credentials/reissue-credentials.job.ts";
import { currentSigningKey, keyIdUri, rotateSigningKey } from "#features/credentials/signing-keys.ts";
import { allJobs } from "#jobs/registry.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";
import { openBadgesSchema } from "../support/open-badges-schema.ts";

const PASSWORD = "a long enough password for tests";
const system = { userId: null, label: "test" };

type Person = { id: string; email: string; name: string };

describe.each(enginesUnderTest())("credentials on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let publicUrl: string;
  let admin: Person;
  let adminToken: string;
  let sessionId: string;
  let courseId: string;
  let seq = 0;

  async function person(legalName: string | null = null): Promise<Person> {
    seq += 1;
    const email = `cred-${seq}-${engine}@example.org`;
    const created = await createAccount(
      services.db,
      { email, password: PASSWORD, name: `Sam ${seq}`, roles: [{ role: "participant", organizationId: null }] },
      system,
    );
    if (legalName) await services.db.update(schema.user).set({ legalName }).where(eq(schema.user.id, created.id));
    return { id: created.id, email, name: `Sam ${seq}` };
  }

  /** A confirmed registration with its completion row written directly, as sign-off would. */
  async function completedRegistration(
    who: Person,
    options: { completed?: boolean; attendedMinutes?: number } = {},
  ): Promise<string> {
    const now = new Date();
    const [registration] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId: who.id, status: "confirmed", requestedAt: now, queueAt: now })
      .returning({ id: schema.registration.id });
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: options.completed ?? true,
      contactMinutes: 14 * 60,
      attendedMinutes: options.attendedMinutes ?? 13 * 60 + 30,
      ceMinutes: options.attendedMinutes ?? 13 * 60 + 30,
      reasons: [],
      signedOffAt: now,
    });
    return registration!.id;
  }

  async function issued(registrationId: string) {
    const outcome = await issueCredential(services, { registrationId }, system);
    if (outcome.status === "skipped") throw new Error(`not issued: ${outcome.reason}`);
    const [row] = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.id, outcome.credentialId));
    return row!;
  }

  const verify = async (jwt: string) => {
    const response = await fetch(`${http.url}/api/v1/credentials/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jwt }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      valid: boolean;
      checks: Array<{ name: string; ok: boolean; detail: string }>;
      credential: Record<string, unknown> | null;
    };
  };
  const check = (report: Awaited<ReturnType<typeof verify>>, name: string) =>
    report.checks.find((c) => c.name === name);
  const jwks = async () => (await (await fetch(`${http.url}/.well-known/jwks.json`)).json()) as JSONWebKeySet;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    publicUrl = services.config.publicUrl;
    http = await serveForTest(services);
    const course = await seedCourse(services.db, {
      titleEn: "IPS Core Training",
      titleEs: "Capacitación básica de IPS",
      contactMinutes: 14 * 60,
      ceCategories: [
        { category: "suicide_prevention", minutes: 180 },
        { category: "general", minutes: 660 },
      ],
      completionRules: { minimumShare: 0.9, requireSignOff: true, ceWithoutCompletion: false },
    });
    courseId = course.id;
    const session = await seedSession(services.db, course.id, {
      startsInDays: -10,
      days: 2,
      overrides: { format: "in_person", status: "completed" },
    });
    sessionId = session.id;
    const trainer = await person();
    await services.db.insert(schema.sessionTrainer).values({ sessionId, userId: trainer.id, role: "lead" });
    seq += 1;
    const adminEmail = `cred-admin-${engine}@example.org`;
    const created = await createAccount(
      services.db,
      { email: adminEmail, password: PASSWORD, name: "Ada Admin", roles: [{ role: "admin", organizationId: null }] },
      system,
    );
    admin = { id: created.id, email: adminEmail, name: "Ada Admin" };
    adminToken = (
      await createPersonalAccessToken(services.db, { userId: admin.id, name: "test", expiresAt: null, actor: system })
    ).token;
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("issues one credential per completed registration, however often the job runs, and none without completion", async () => {
    const sam = await person("Samantha Legal Ríos");
    const registrationId = await completedRegistration(sam);
    const first = await issueCredential(services, { registrationId }, system);
    expect(first.status).toBe("issued");
    const again = await issueCredential(services, { registrationId }, system);
    expect(again).toMatchObject({ status: "already_issued" });
    const rows = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.registrationId, registrationId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      recipientName: "Samantha Legal Ríos",
      displayName: sam.name,
      attendedMinutes: 810,
      inPerson: true,
      status: "active",
    });
    expect(rows[0]!.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    const audits = await services.db
      .select()
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.action, "credential.issue"), eq(schema.auditEvent.targetId, rows[0]!.id)));
    expect(audits).toHaveLength(1);

    const notDone = await completedRegistration(await person(), { completed: false, attendedMinutes: 300 });
    expect(await issueCredential(services, { registrationId: notDone }, system)).toEqual({
      status: "skipped",
      reason: "not_completed",
    });
    expect(allJobs.map((job) => job.contract.name)).toEqual(
      expect.arrayContaining([issueCredentialJob.name, reissueCredentialsJob.name]),
    );
  });

  it("runs as the issue-credential job and prints the chosen name when no legal name is given", async () => {
    const kim = await person();
    const registrationId = await completedRegistration(kim);
    await issueCredentialHandler(services, { registrationId }, { jobId: 1, attempt: 1, maxAttempts: 5 });
    const [row] = await services.db
      .select()
      .from(schema.credential)
      .where(eq(schema.credential.registrationId, registrationId));
    expect(row).toMatchObject({ recipientName: kim.name, displayName: kim.name });
  });

  it("produces an OpenBadgeCredential that validates against the Open Badges 3.0 JSON schema", async () => {
    const row = await issued(await completedRegistration(await person()));
    const validate = openBadgesSchema();
    const valid = validate(row.document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const doc = row.document as Record<string, any>;
    expect(doc.credentialSubject.achievement.creditsAvailable).toBe(14);
    expect(doc.credentialSubject.creditsEarned).toBe(13.5);
    expect(doc.credentialSubject.achievement.achievementType).toBe("Course");
    expect(doc.credentialSubject.achievement.criteria.narrative).toContain("90%");
    expect(doc.credentialSubject.achievement.alignment.map((a: { targetCode: string }) => a.targetCode)).toEqual(
      expect.arrayContaining(["principle-learning", "task-mutuality", "suicide_prevention", "general"]),
    );
    expect(JSON.stringify(doc)).not.toContain("@example.org");
    // The schema really checks: a credential without its subject's achievement fails it.
    expect(validate({ ...doc, credentialSubject: { type: ["AchievementSubject"] } })).toBe(false);
  });

  it("signs a VC-JWT that jose verifies with nothing but the JWKS fetched from /.well-known/jwks.json", async () => {
    const row = await issued(await completedRegistration(await person()));
    const response = await fetch(`${http.url}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    const set = (await response.json()) as JSONWebKeySet;
    expect(set.keys.every((key) => !("d" in key))).toBe(true);
    const { payload, protectedHeader } = await jwtVerify(row.jwt, createLocalJWKSet(set), {
      issuer: publicUrl,
      algorithms: ["EdDSA"],
    });
    expect(protectedHeader).toEqual({ alg: "EdDSA", kid: keyIdUri(publicUrl, row.keyId), typ: "JWT" });
    const doc = row.document as Record<string, any>;
    expect(payload).toMatchObject({
      iss: publicUrl,
      jti: doc.id,
      sub: doc.credentialSubject.id,
      nbf: Date.parse(doc.validFrom) / 1000,
    });
    expect(payload.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(payload).not.toHaveProperty("vc");
    expect(payload).not.toHaveProperty("exp");

    const report = await verify(row.jwt);
    expect(report.valid).toBe(true);
    expect(report.checks.map((c) => [c.name, c.ok])).toEqual([
      ["signature", true],
      ["issuer", true],
      ["dates", true],
      ["status", true],
      ["schema", true],
    ]);
    expect(report.credential).toEqual(row.document);
  });

  it("fails a tampered token, a token signed by a key the hub does not have, and garbage", async () => {
    const row = await issued(await completedRegistration(await person()));
    const [header, body, signature] = row.jwt.split(".");
    const claims = JSON.parse(Buffer.from(body!, "base64url").toString("utf8"));
    claims.credentialSubject.creditsEarned = 40;
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString("base64url")}.${signature}`;
    const tamperedReport = await verify(tampered);
    expect(tamperedReport.valid).toBe(false);
    expect(check(tamperedReport, "signature")).toMatchObject({ ok: false });
    expect(tamperedReport.credential).toBeNull();
    await expect(jwtVerify(tampered, createLocalJWKSet(await jwks()))).rejects.toThrow();

    const stranger = generateKeyPairSync("ed25519").privateKey;
    const unknownKid = await new SignJWT(claims)
      .setProtectedHeader({ alg: "EdDSA", kid: keyIdUri(publicUrl, "not-a-key-of-this-hub"), typ: "JWT" })
      .sign(stranger);
    expect(check(await verify(unknownKid), "signature")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("No key"),
    });
    // The same kid as a real key, but signed with another one: the signature does not match.
    const borrowedKid = await new SignJWT(claims)
      .setProtectedHeader(decodeProtectedHeader(row.jwt) as { alg: string })
      .sign(stranger);
    expect(check(await verify(borrowedKid), "signature")).toMatchObject({ ok: false });
    await expect(jwtVerify(borrowedKid, createLocalJWKSet(await jwks()))).rejects.toThrow();

    expect(check(await verify("not a token"), "format")).toMatchObject({ ok: false });
  });

  it("revokes through the admin API, sets the bit in the signed status list, and verification fails", async () => {
    const owner = await person();
    const row = await issued(await completedRegistration(owner));
    // Visitors are shown a kept copy of the verify page while the verdict stands (the second request is a hit)…
    const pageBefore = await fetch(`${http.url}/verify/${row.code}`);
    expect(await pageBefore.text()).toContain("This certificate is valid");
    const copyBefore = await fetch(`${http.url}/verify/${row.code}`);
    expect(copyBefore.headers.get("cache-status")).toBe("ips-hub; hit");
    expect(await copyBefore.text()).toContain("This certificate is valid");
    const ownerToken = (
      await createPersonalAccessToken(services.db, { userId: owner.id, name: "t", expiresAt: null, actor: system })
    ).token;
    const refused = await fetch(`${http.url}/api/v1/credentials/${row.id}/revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${ownerToken}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "mine" }),
    });
    expect(refused.status).toBe(403);
    const missingReason = await fetch(`${http.url}/api/v1/credentials/${row.id}/revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "  " }),
    });
    expect(missingReason.status).toBe(422);
    const revoked = await fetch(`${http.url}/api/v1/credentials/${row.id}/revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "Issued to the wrong person" }),
    });
    expect(revoked.status).toBe(200);
    expect(await revoked.json()).toMatchObject({ id: row.id, code: row.code, status: "revoked" });
    const twice = await fetch(`${http.url}/api/v1/credentials/${row.id}/revoke`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "again" }),
    });
    expect(twice.status).toBe(409);

    const report = await verify(row.jwt);
    expect(report.valid).toBe(false);
    expect(check(report, "signature")).toMatchObject({ ok: true });
    expect(check(report, "status")).toMatchObject({ ok: false, detail: expect.stringContaining("revoked") });

    const list = await fetch(`${http.url}/credentials/status/1`);
    expect(list.status).toBe(200);
    expect(list.headers.get("content-type")).toContain("application/vc+jwt");
    const { payload } = await jwtVerify(await list.text(), createLocalJWKSet(await jwks()), { issuer: publicUrl });
    expect(payload.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    const subject = payload.credentialSubject as { type: string; statusPurpose: string; encodedList: string };
    expect(subject).toMatchObject({ type: "BitstringStatusList", statusPurpose: "revocation" });
    expect(subject.encodedList.startsWith("u")).toBe(true);
    const bits = new Uint8Array(gunzipSync(Buffer.from(subject.encodedList.slice(1), "base64url")));
    expect(bits.length).toBe(STATUS_LIST_SIZE / 8);
    expect(isStatusBitSet(bits, row.statusListIndex)).toBe(true);
    const other = await issued(await completedRegistration(await person()));
    expect(isStatusBitSet(bits, other.statusListIndex)).toBe(false);
    expect(
      (row.document as { credentialStatus: { statusListCredential: string } }).credentialStatus.statusListCredential,
    ).toBe(`${publicUrl}/credentials/status/1`);

    // …and the revocation shows on the very next request, not when the copy runs out.
    const pageAfter = await fetch(`${http.url}/verify/${row.code}`);
    expect(pageAfter.headers.get("cache-status")).toBe("ips-hub; fwd=miss");
    const page = await pageAfter.text();
    expect(page).toContain("This certificate was revoked");
    expect(page).not.toContain("wrong person");
    const copyAfter = await fetch(`${http.url}/verify/${row.code}`);
    expect(copyAfter.headers.get("cache-status")).toBe("ips-hub; hit");
    expect(await copyAfter.text()).toContain("This certificate was revoked");
  });

  it("keeps old credentials verifying after the key is rotated, with both keys published", async () => {
    const before = await issued(await completedRegistration(await person()));
    const rotated = await rotateSigningKey(services, system);
    expect(rotated.retired).toContain(before.keyId);
    const after = await issued(await completedRegistration(await person()));
    expect(after.keyId).toBe(rotated.id);
    expect(after.keyId).not.toBe(before.keyId);
    const set = createLocalJWKSet(await jwks());
    await expect(jwtVerify(before.jwt, set, { issuer: publicUrl })).resolves.toBeTruthy();
    await expect(jwtVerify(after.jwt, set, { issuer: publicUrl })).resolves.toBeTruthy();
    expect((await verify(before.jwt)).valid).toBe(true);
    const keys = await services.db.select().from(schema.signingKey);
    expect(keys.filter((key) => key.retiredAt === null)).toHaveLength(1);
    expect(keys.every((key) => !key.privateKeyEncrypted.includes("PRIVATE"))).toBe(true);
  });

  it("makes exactly one key when several issuers start at once, and gives each credential its own status index", async () => {
    const fresh = await createTestServices(engine, { RATE_LIMIT: "off" });
    try {
      const ids = await Promise.all(Array.from({ length: 6 }, () => currentSigningKey(fresh).then((key) => key.id)));
      expect(new Set(ids).size).toBe(1);
      expect(await fresh.db.select().from(schema.signingKey)).toHaveLength(1);
    } finally {
      await fresh.close();
    }
    const registrations = await Promise.all(
      Array.from({ length: 6 }, async () => completedRegistration(await person())),
    );
    const outcomes = await Promise.all(
      registrations.map((registrationId) => issueCredential(services, { registrationId }, system)),
    );
    expect(outcomes.every((o) => o.status === "issued")).toBe(true);
    const rows = await services.db
      .select({ index: schema.credential.statusListIndex, code: schema.credential.code })
      .from(schema.credential);
    expect(new Set(rows.map((r) => r.index)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it("re-issues on a legal-name change and marks the old credential superseded", async () => {
    const lee = await person("Lee Old-Name");
    const old = await issued(await completedRegistration(lee));
    expect(await (await fetch(`${http.url}/verify/${old.code}`)).text()).toContain("This certificate is valid");
    await updateProfile(
      services.db,
      {
        userId: lee.id,
        name: lee.name,
        legalName: "Lee New-Name",
        pronouns: "",
        locale: "en",
        timeZone: "America/Los_Angeles",
      },
      { userId: lee.id },
    );
    const queued = await services.db.select().from(schema.job).where(eq(schema.job.name, reissueCredentialsJob.name));
    expect(queued.some((job) => (job.payload as { userId: string }).userId === lee.id)).toBe(true);

    const replaced = await reissueCredentials(services, { userId: lee.id }, system);
    expect(replaced).toHaveLength(1);
    const [before] = await services.db.select().from(schema.credential).where(eq(schema.credential.id, old.id));
    const [now] = await services.db.select().from(schema.credential).where(eq(schema.credential.id, replaced[0]!.to));
    expect(before).toMatchObject({ status: "superseded", supersededById: now!.id });
    expect(now).toMatchObject({ status: "active", recipientName: "Lee New-Name", registrationId: old.registrationId });
    expect(now!.code).not.toBe(old.code);
    expect(await reissueCredentials(services, { userId: lee.id }, system)).toEqual([]);

    const page = await (await fetch(`${http.url}/verify/${old.code}`)).text();
    expect(page).toContain("This certificate was replaced");
    expect(page).toContain(`/verify/${now!.code}`);
    expect((await verify(now!.jwt)).valid).toBe(true);
  });

  it("shows the public verify page with the chosen name, hours and course, never the email or legal name", async () => {
    const ana = await person("Ana Legal Núñez");
    const row = await issued(await completedRegistration(ana));
    const response = await fetch(`${http.url}/verify/${row.code.toLowerCase().slice(0, 5)}-${row.code.slice(5)}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("This certificate is valid");
    expect(html).toContain(ana.name);
    expect(html).toContain("IPS Core Training");
    expect(html).toContain("13.5 h of 14 h");
    expect(html).not.toContain(ana.email);
    expect(html).not.toContain("Legal Núñez");
    expect((await fetch(`${http.url}/verify/ZZZZZZZZZZ`)).status).toBe(404);
    const typed = await fetch(`${http.url}/verify?code=${row.code}`, { redirect: "manual" });
    expect(typed.headers.get("location")).toBe(`/verify/${row.code}`);
  });

  it("serves a burst of visits to a code from one render, and a signed-in visit from its own", async () => {
    const visitor = await person();
    const row = await issued(await completedRegistration(visitor));
    const responses = await Promise.all(Array.from({ length: 12 }, () => fetch(`${http.url}/verify/${row.code}`)));
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(200));
    expect(responses.filter((response) => response.headers.get("cache-status") === "ips-hub; fwd=miss")).toHaveLength(
      1,
    );
    expect(bodies.every((body) => body.includes("This certificate is valid"))).toBe(true);
    // Signed in, the page is rendered for the person every time.
    const signedIn = await fetch(`${http.url}/verify/${row.code}`, {
      headers: { cookie: await sessionCookie(services, visitor.email, PASSWORD) },
    });
    expect(signedIn.headers.get("cache-status")).toBeNull();
  });

  it("lets the owner download the PDF (Letter and A4), .json and .jwt, and lists them in the API; others get 404", async () => {
    const rosa = await person("Rosa María Peña");
    const row = await issued(await completedRegistration(rosa, { attendedMinutes: 14 * 60 }));
    const cookie = await sessionCookie(services, rosa.email, PASSWORD);
    const pdf = await fetch(`${http.url}/my/certificates/${row.id}.pdf`, { headers: { cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const folder = mkdtempSync(path.join(tmpdir(), "ips-cert-"));
    const letter = path.join(folder, "letter.pdf");
    writeFileSync(letter, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", letter, "-"], { encoding: "utf8" });
    expect(text).toContain("Rosa María Peña");
    expect(text).toContain("Contact hours: 14 h of 14 h");
    // Dates print as a range with a real dash, nothing replaced for want of a glyph.
    expect(text).toMatch(/\d – .*\d{4} · In person/);
    expect(text).not.toContain("?");
    expect(text).toContain(`${row.code.slice(0, 5)}-${row.code.slice(5)}`);
    expect(text).toContain(`${publicUrl}/verify/${row.code}`);
    expect(text).toContain("Suicide prevention: 3 h");
    expect(execFileSync("pdfinfo", [letter], { encoding: "utf8" })).toMatch(/Page size:\s+792 x 612 pts \(letter\)/);
    const a4 = path.join(folder, "a4.pdf");
    writeFileSync(
      a4,
      Buffer.from(
        await (await fetch(`${http.url}/my/certificates/${row.id}.pdf?size=a4`, { headers: { cookie } })).arrayBuffer(),
      ),
    );
    expect(execFileSync("pdfinfo", [a4], { encoding: "utf8" })).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    // A legal name outside Western European letters prints as written, not as question marks.
    const minh = await person("Nguyễn Thị Minh Khai");
    const minhRow = await issued(await completedRegistration(minh));
    const minhPdf = path.join(folder, "minh.pdf");
    const minhCookie = await sessionCookie(services, minh.email, PASSWORD);
    writeFileSync(
      minhPdf,
      Buffer.from(
        await (
          await fetch(`${http.url}/my/certificates/${minhRow.id}.pdf`, { headers: { cookie: minhCookie } })
        ).arrayBuffer(),
      ),
    );
    expect(execFileSync("pdftotext", ["-layout", minhPdf, "-"], { encoding: "utf8" })).toContain(
      "Nguyễn Thị Minh Khai",
    );

    const json = await fetch(`${http.url}/my/certificates/${row.id}.json`, { headers: { cookie } });
    expect(await json.json()).toEqual(row.document);
    const jwt = await fetch(`${http.url}/my/certificates/${row.id}.jwt`, { headers: { cookie } });
    expect(await jwt.text()).toBe(row.jwt);
    expect(decodeJwt(row.jwt).jti).toBe((row.document as { id: string }).id);

    const stranger = await person();
    const strangerCookie = await sessionCookie(services, stranger.email, PASSWORD);
    expect(
      (await fetch(`${http.url}/my/certificates/${row.id}.pdf`, { headers: { cookie: strangerCookie } })).status,
    ).toBe(404);
    expect(
      (
        await fetch(`${http.url}/my/certificates/${row.id}.jwt`, {
          headers: { cookie: await sessionCookie(services, admin.email, PASSWORD) },
        })
      ).status,
    ).toBe(200);

    const token = (
      await createPersonalAccessToken(services.db, { userId: rosa.id, name: "t", expiresAt: null, actor: system })
    ).token;
    const mine = await fetch(`${http.url}/api/v1/me/credentials`, { headers: { authorization: `Bearer ${token}` } });
    expect(mine.status).toBe(200);
    expect(await mine.json()).toEqual({
      credentials: [
        {
          id: row.id,
          code: row.code,
          course: { id: courseId, title: { en: "IPS Core Training", es: "Capacitación básica de IPS" } },
          hours: 14,
          issuedAt: row.issuedAt.toISOString(),
          validUntil: null,
          status: "valid",
          verifyUrl: `${publicUrl}/verify/${row.code}`,
          pdfUrl: `${publicUrl}/my/certificates/${row.id}.pdf`,
          jsonUrl: `${publicUrl}/my/certificates/${row.id}.json`,
          jwtUrl: `${publicUrl}/my/certificates/${row.id}.jwt`,
        },
      ],
    });
    const page = await (await fetch(`${http.url}/my/certificates`, { headers: { cookie } })).text();
    expect(page).toContain("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME");
    expect(page).toContain(`/my/certificates/${row.id}.pdf?size=a4`);
  });

  it("opens the PDF, JSON and JWT that GET /me/credentials points to with the person's token alone", async () => {
    const lena = await person("Lena Ortiz");
    const row = await issued(await completedRegistration(lena));
    const token = (
      await createPersonalAccessToken(services.db, { userId: lena.id, name: "files", expiresAt: null, actor: system })
    ).token;
    const bearer = { authorization: `Bearer ${token}` };
    const listed = (await (await fetch(`${http.url}/api/v1/me/credentials`, { headers: bearer })).json()) as {
      credentials: Array<{ id: string; pdfUrl: string; jsonUrl: string; jwtUrl: string }>;
    };
    const links = listed.credentials.find((c) => c.id === row.id)!;
    const local = (url: string) => url.replace(publicUrl, http.url);
    const pdf = await fetch(local(links.pdfUrl), { headers: bearer, redirect: "manual" });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const json = await fetch(local(links.jsonUrl), { headers: bearer, redirect: "manual" });
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual(row.document);
    const jwt = await fetch(local(links.jwtUrl), { headers: bearer, redirect: "manual" });
    expect(jwt.status).toBe(200);
    expect(await jwt.text()).toBe(row.jwt);

    // A token that is not valid is told so as the API tells it, not sent to the sign-in page.
    const bad = await fetch(local(links.jwtUrl), {
      headers: { authorization: "Bearer iph_not-a-real-token" },
      redirect: "manual",
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("content-type")).toContain("application/problem+json");
    expect(bad.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect(((await bad.json()) as { status: number }).status).toBe(401);

    // Someone else's token finds nothing there.
    const other = await person();
    const otherToken = (
      await createPersonalAccessToken(services.db, { userId: other.id, name: "other", expiresAt: null, actor: system })
    ).token;
    for (const url of [links.pdfUrl, links.jsonUrl, links.jwtUrl]) {
      expect(
        (await fetch(local(url), { headers: { authorization: `Bearer ${otherToken}` }, redirect: "manual" })).status,
      ).toBe(404);
    }
  });

  it("marks a credential expired once a course's validity has passed", async () => {
    const course = await seedCourse(services.db, { contactMinutes: 180, validForMonths: 12 });
    const session = await seedSession(services.db, course.id, { startsInDays: -3 });
    const pat = await person();
    const now = new Date();
    const [registration] = await services.db
      .insert(schema.registration)
      .values({ sessionId: session.id, userId: pat.id, status: "confirmed", requestedAt: now, queueAt: now })
      .returning();
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: true,
      contactMinutes: 180,
      attendedMinutes: 180,
      ceMinutes: 180,
      reasons: [],
      signedOffAt: now,
    });
    const row = await issued(registration!.id);
    expect(row.validUntil).not.toBeNull();
    expect(decodeJwt(row.jwt).exp).toBe(Math.floor(row.validUntil!.getTime() / 1000));
    expect(await (await fetch(`${http.url}/verify/${row.code}`)).text()).toContain("This certificate is valid");
    await services.db
      .update(schema.credential)
      .set({ validUntil: new Date(Date.now() - 1000) })
      .where(eq(schema.credential.id, row.id));
    expect(await (await fetch(`${http.url}/verify/${row.code}`)).text()).toContain("This certificate has expired");
  });
});
