// Prerequisites recognized across IPS hubs, on both engines: hub A (its own database, served on loopback) issues a Core
// credential; hub B (another database) trusts A and maps A's Core to its own; a person declares Core on B with A's
// credential and it counts without an admin. An untrusted hub, a tampered credential, one for a training that is not
// mapped and one that names someone else wait in B's queue with the reason.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { revokeCredential } from "#features/credentials/revoke-credential.ts";
import { forgetFetchedIssuerDocuments } from "#features/credentials/verify-any-credential.ts";
import { declareOutsideCompletionByCredential } from "#features/registration/declare-by-credential.ts";
import { listPendingOutsideCompletions } from "#features/registration/outside-completions.ts";
import { completedCourses } from "#features/registration/completed-courses.ts";
import { readMyPrerequisites } from "#features/registration/read-my-prerequisites.ts";
import {
  addTrustedIssuer,
  listTrustedIssuers,
  setTrustedIssuerActive,
  updateTrustedIssuer,
} from "#features/trust/manage-trusted-issuers.ts";
import { addAchievementMapping, removeAchievementMapping } from "#features/trust/map-trusted-achievements.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { freePort, serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { adminViewer, seedCourse } from "../support/catalog.ts";
import {
  CROSS_HUB_PASSWORD,
  crossHubAccount,
  credentialFromHub,
  type CredentialDocument,
} from "../support/cross-hub.ts";

const system = { userId: null, label: "test" };
const PASSWORD = CROSS_HUB_PASSWORD;
type Doc = CredentialDocument;
const account = crossHubAccount;

describe.each(enginesUnderTest())("prerequisites recognized across hubs on %s", (engine) => {
  let hubA: TestServices;
  let hubB: TestServices;
  let httpA: TestHttp;
  let httpB: TestHttp;
  let coreOnA: { id: string };
  let advancedOnA: { id: string };
  let coreOnB: { id: string };
  let admin: Viewer;
  let rae: Viewer;
  const raeEmail = `rae-${engine}@example.org`;

  /** A completes `course` for the person with this email (an account on A) and returns A's signed credential. */
  const credentialFromA = (courseId: string, email: string) => credentialFromHub(hubA, courseId, email);

  const declare = (credential: string | Doc, viewer: Viewer = rae, courseId = coreOnB.id) =>
    declareOutsideCompletionByCredential(
      hubB,
      { viewer, courseId, credential: typeof credential === "string" ? credential : JSON.stringify(credential) },
      { userId: viewer.userId, label: "test" },
    );

  beforeAll(async () => {
    // Hub A must be served where its PUBLIC_URL (its issuer id and key addresses) says.
    const port = await freePort();
    hubA = await createTestServices(engine, { RATE_LIMIT: "off", PUBLIC_URL: `http://127.0.0.1:${port}` });
    httpA = await serveForTest(hubA, { port });
    hubB = await createTestServices(engine, {
      RATE_LIMIT: "off",
      CREDENTIAL_FETCH_ALLOW_LOOPBACK: "1",
      CREDENTIAL_FETCH_TIMEOUT_MS: "2000",
    });
    httpB = await serveForTest(hubB);
    coreOnA = await seedCourse(hubA.db, { titleEn: "IPS Core Training", contactMinutes: 14 * 60 });
    advancedOnA = await seedCourse(hubA.db, { titleEn: "IPS Advanced Training", contactMinutes: 14 * 60 });
    coreOnB = await seedCourse(hubB.db, { titleEn: "Core Training" });
    // B's Advanced builds on its Core: that is what makes Core a prerequisite people declare.
    const advancedOnB = await seedCourse(hubB.db, { titleEn: "Advanced Training", form: "advanced" });
    await hubB.db.insert(schema.coursePrerequisite).values({ courseId: advancedOnB.id, requiredCourseId: coreOnB.id });
    admin = await account(hubB.db, `admin-${engine}@example.org`, "Admin on B", "admin");
    rae = await account(hubB.db, raeEmail, "Rae");
  });
  afterAll(async () => {
    await httpA?.close();
    await httpB?.close();
    await hubA?.close();
    await hubB?.close();
  });

  it("queues a credential from a hub B does not trust, then counts it once B trusts A and maps A's Core", async () => {
    const fromA = await credentialFromA(coreOnA.id, raeEmail);
    expect(fromA.document.issuer.id).toBe(httpA.url);

    const untrusted = await declare(fromA.document);
    expect(untrusted).toMatchObject({ status: "pending", reason: "untrustedIssuer" });
    // The verifier fetched A's keys over loopback and found the credential sound: only the trust is missing.
    const [queued] = await hubB.db
      .select()
      .from(schema.outsideCompletion)
      .where(eq(schema.outsideCompletion.id, untrusted.id));
    expect(queued!.verification).toMatchObject({ valid: true, form: "data-integrity", issuer: { id: httpA.url } });
    expect(queued!.credential).toMatchObject({ id: fromA.document.id });

    const trusted = await addTrustedIssuer(
      hubB,
      { viewer: admin, issuerId: httpA.url, name: "IPS Hub A", keyOrigin: "" },
      { userId: admin.userId },
    );
    await addAchievementMapping(
      hubB,
      {
        viewer: admin,
        trustedIssuerId: trusted.id,
        achievementId: fromA.document.credentialSubject.achievement.id,
        achievementName: "",
        courseId: coreOnB.id,
      },
      { userId: admin.userId },
    );
    expect(await completedCourses(hubB.db, rae.userId, [coreOnB.id])).toEqual(new Set());

    const accepted = await declare(fromA.document);
    expect(accepted).toEqual({ id: expect.any(String), status: "approved", reason: null });
    expect(await completedCourses(hubB.db, rae.userId, [coreOnB.id])).toEqual(new Set([coreOnB.id]));
    const [row] = await hubB.db
      .select()
      .from(schema.outsideCompletion)
      .where(eq(schema.outsideCompletion.id, accepted.id));
    expect(row).toMatchObject({
      status: "approved",
      decidedBy: null,
      trustedIssuerId: trusted.id,
      provider: "IPS Hub A",
      queueReason: null,
    });
    const [audit] = await hubB.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.targetId, accepted.id),
          eq(schema.auditEvent.action, "outside_completion.accept_by_credential"),
        ),
      );
    expect(audit!.summary).toMatchObject({ acceptedBy: "credential from IPS Hub A", issuerId: httpA.url });

    // The VC-JWT form counts the same way.
    expect(await declare(fromA.jwt)).toMatchObject({ status: "approved" });
  });

  it("queues a tampered credential, one for a training not mapped, one naming someone else, and a revoked one", async () => {
    const fromA = await credentialFromA(coreOnA.id, raeEmail);
    const tampered = structuredClone(fromA.document);
    tampered.credentialSubject.creditsEarned = 99;
    expect(await declare(tampered)).toMatchObject({ status: "pending", reason: "notVerified" });

    const advanced = await credentialFromA(advancedOnA.id, raeEmail);
    expect(await declare(advanced.document)).toMatchObject({ status: "pending", reason: "notMapped" });

    const someoneElse = await credentialFromA(coreOnA.id, `sam-${randomUUID().slice(0, 6)}@example.org`);
    expect(await declare(someoneElse.document)).toMatchObject({ status: "pending", reason: "namesSomeoneElse" });

    const adminOnA = adminViewer((await account(hubA.db, `admin-a-${engine}@example.org`, "Admin A")).userId);
    await revokeCredential(
      hubA.db,
      { viewer: adminOnA, credentialId: fromA.id, reason: "Issued by mistake", now: new Date() },
      system,
    );
    forgetFetchedIssuerDocuments();
    expect(await declare(fromA.document)).toMatchObject({ status: "pending", reason: "notVerified" });

    // The admin queue shows each with its reason and what the check found.
    const pending = await listPendingOutsideCompletions(hubB.db);
    const reasons = pending.map((p) => p.queueReason);
    expect(reasons).toEqual(expect.arrayContaining(["notVerified", "notMapped", "namesSomeoneElse"]));
    const tamperedRow = pending.find((p) => p.queueReason === "notVerified")!;
    expect(tamperedRow.verification!.checks[0]).toMatchObject({
      name: "signature",
      ok: false,
      reason: "signature.mismatch",
    });
    const mine = await readMyPrerequisites(hubB.db, rae.userId);
    expect(mine.declarations.filter((d) => d.status === "pending").map((d) => d.queueReason)).toContain(
      "namesSomeoneElse",
    );
  });

  it("stops counting new credentials from a hub it no longer trusts, and from a key kept elsewhere", async () => {
    const [entry] = await listTrustedIssuers(hubB.db, admin);
    expect(entry).toMatchObject({ issuerId: httpA.url, keyOrigin: httpA.url, active: true });
    expect(entry!.mappings).toHaveLength(1);
    const fromA = await credentialFromA(coreOnA.id, raeEmail);

    await updateTrustedIssuer(
      hubB,
      { viewer: admin, id: entry!.id, name: "IPS Hub A", keyOrigin: "https://keys.elsewhere.example" },
      { userId: admin.userId },
    );
    expect(await declare(fromA.document)).toMatchObject({ status: "pending", reason: "keyElsewhere" });
    await updateTrustedIssuer(
      hubB,
      { viewer: admin, id: entry!.id, name: "IPS Hub A", keyOrigin: "" },
      { userId: admin.userId },
    );

    await setTrustedIssuerActive(hubB, { viewer: admin, id: entry!.id, active: false }, { userId: admin.userId });
    expect(await declare(fromA.document)).toMatchObject({ status: "pending", reason: "untrustedIssuer" });
    await setTrustedIssuerActive(hubB, { viewer: admin, id: entry!.id, active: true }, { userId: admin.userId });
    expect(await declare(fromA.document)).toMatchObject({ status: "approved" });

    await removeAchievementMapping(
      hubB,
      { viewer: admin, trustedIssuerId: entry!.id, id: entry!.mappings[0]!.id },
      { userId: admin.userId },
    );
    expect(await declare(fromA.document)).toMatchObject({ status: "pending", reason: "notMapped" });
    // A mapping by name works when the issuer gives no stable id.
    await addAchievementMapping(
      hubB,
      {
        viewer: admin,
        trustedIssuerId: entry!.id,
        achievementId: "",
        achievementName: " ips core training",
        courseId: coreOnB.id,
      },
      { userId: admin.userId },
    );
    expect(await declare(fromA.document)).toMatchObject({ status: "approved" });
  });

  it("refuses people who are not admins the trusted list, and a second entry for the same issuer", async () => {
    await expect(
      addTrustedIssuer(hubB, { viewer: rae, issuerId: "https://x.example", name: "X", keyOrigin: "" }, system),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(listTrustedIssuers(hubB.db, rae)).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      addTrustedIssuer(hubB, { viewer: admin, issuerId: httpA.url, name: "Again", keyOrigin: "" }, system),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      addTrustedIssuer(hubB, { viewer: admin, issuerId: "javascript:alert(1)", name: "X", keyOrigin: "" }, system),
    ).rejects.toMatchObject({ code: "invalid" });
  });

  it("works from the pages: a person uploads the credential file, an admin reads the queue and the trusted list", async () => {
    const raeCookie = await sessionCookie(hubB, raeEmail, PASSWORD);
    const adminCookie = await sessionCookie(hubB, admin.email, PASSWORD);
    const fromA = await credentialFromA(coreOnA.id, raeEmail);
    const form = new FormData();
    form.set("intent", "credential");
    form.set("credentialCourseId", coreOnB.id);
    form.set("credential", "");
    form.set(
      "credentialFile",
      new File([JSON.stringify(fromA.document)], "credential.json", { type: "application/json" }),
    );
    const sent = await fetch(`${httpB.url}/my/prerequisites`, {
      method: "POST",
      headers: { cookie: raeCookie },
      body: form,
      redirect: "manual",
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toContain("credential=accepted");
    const page = await (
      await fetch(`${httpB.url}${sent.headers.get("location")}`, { headers: { cookie: raeCookie } })
    ).text();
    expect(page).toContain("Your credential checks out: Core Training now counts as done.");

    // Nothing pasted and no file: the field says so.
    const empty = new FormData();
    empty.set("intent", "credential");
    empty.set("credentialCourseId", coreOnB.id);
    empty.set("credential", "   ");
    const refused = await fetch(`${httpB.url}/my/prerequisites`, {
      method: "POST",
      headers: { cookie: raeCookie },
      body: empty,
      redirect: "manual",
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Paste your credential or choose its file");

    const queue = await (await fetch(`${httpB.url}/admin/prerequisites`, { headers: { cookie: adminCookie } })).text();
    expect(queue).toContain("The credential names someone with a different email address.");
    expect(queue).toContain("The signature does not match");
    const list = await fetch(`${httpB.url}/admin/trusted-issuers`, { headers: { cookie: adminCookie } });
    expect(list.status).toBe(200);
    const listed = await list.text();
    expect(listed).toContain("<h1>Trusted hubs</h1>");
    expect(listed).toContain("IPS Hub A");
    const asPerson = await fetch(`${httpB.url}/admin/trusted-issuers`, {
      headers: { cookie: raeCookie },
      redirect: "manual",
    });
    expect(asPerson.status).toBe(403);

    const added = await fetch(`${httpB.url}/admin/trusted-issuers`, {
      method: "POST",
      headers: { cookie: adminCookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        intent: "add",
        issuerId: "https://ips-c.example.org",
        name: "IPS Hub C",
        keyOrigin: "",
      }),
      redirect: "manual",
    });
    expect(added.headers.get("location")).toBe("/admin/trusted-issuers?done=added");
    const [c] = await hubB.db
      .select()
      .from(schema.trustedIssuer)
      .where(eq(schema.trustedIssuer.issuerId, "https://ips-c.example.org"));
    expect(c).toMatchObject({ name: "IPS Hub C", keyOrigin: "https://ips-c.example.org", addedBy: admin.userId });
  });
});
