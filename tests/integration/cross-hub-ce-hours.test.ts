// CE hours from another IPS hub's credential, on both engines, with two hubs on loopback: hub A issues a credential;
// on hub B the person adds its hours to their CE ledger. From a hub B does not trust they wait in the outside-hours
// queue with the reason and the verifier's report; once B trusts A and matches A's training to one of its courses, they
// count at once, checked, marked as from A, with the matched course's categories cut to the hours earned. One credential
// counts once. Then the same through the API (and a prerequisite declared through the API) and through the page.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { addHoursByCredential } from "#features/certifications/add-hours-by-credential.ts";
import { ceLedger } from "#features/certifications/ce-ledger.ts";
import { listUnverifiedOutsideHours, removeOutsideHours } from "#features/certifications/outside-hours.ts";
import { createPersonalAccessToken } from "#features/tokens/personal-access-tokens.ts";
import { addTrustedIssuer } from "#features/trust/manage-trusted-issuers.ts";
import { addAchievementMapping } from "#features/trust/map-trusted-achievements.ts";
import { completedCourses } from "#features/registration/completed-courses.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { sessionCookie } from "../support/http.ts";
import { seedCourse } from "../support/catalog.ts";
import {
  CROSS_HUB_PASSWORD,
  crossHubAccount,
  credentialFromHub,
  startTwoHubs,
  type CredentialDocument,
  type TwoHubs,
} from "../support/cross-hub.ts";

describe.each(enginesUnderTest())("CE hours from another hub's credential on %s", (engine) => {
  let hubs: TwoHubs;
  let coreOnA: { id: string };
  let workshopOnA: { id: string };
  let coreOnB: { id: string };
  let advancedOnB: { id: string };
  let admin: Viewer;
  let kai: Viewer;
  let trustedId: string;
  const kaiEmail = `kai-${engine}@example.org`;

  const addHours = (credential: string | CredentialDocument, viewer: Viewer = kai, inPerson = false) =>
    addHoursByCredential(
      hubs.hubB,
      { viewer, credential: typeof credential === "string" ? credential : JSON.stringify(credential), inPerson },
      { userId: viewer.userId, label: "test" },
    );
  const row = async (id: string) =>
    (await hubs.hubB.db.select().from(schema.outsideHours).where(eq(schema.outsideHours.id, id)))[0]!;

  beforeAll(async () => {
    hubs = await startTwoHubs(engine);
    coreOnA = await seedCourse(hubs.hubA.db, { titleEn: "IPS Core Training", contactMinutes: 14 * 60 });
    workshopOnA = await seedCourse(hubs.hubA.db, { titleEn: "A Saturday workshop", contactMinutes: 14 * 60 });
    // B's Core carries 4 h of ethics and 2 h of trauma-informed care in its 14 contact hours.
    coreOnB = await seedCourse(hubs.hubB.db, {
      titleEn: "Core Training",
      contactMinutes: 14 * 60,
      ceCategories: [
        { category: "ethics", minutes: 240 },
        { category: "trauma_informed", minutes: 120 },
      ],
    });
    advancedOnB = await seedCourse(hubs.hubB.db, { titleEn: "Advanced Training", form: "advanced" });
    await hubs.hubB.db
      .insert(schema.coursePrerequisite)
      .values({ courseId: advancedOnB.id, requiredCourseId: coreOnB.id });
    admin = await crossHubAccount(hubs.hubB.db, `admin-${engine}@example.org`, "Admin on B", "admin");
    kai = await crossHubAccount(hubs.hubB.db, kaiEmail, "Kai");
  });
  afterAll(async () => {
    await hubs?.close();
  });

  it("queues hours from a hub B does not trust with the report, then adds them checked once B trusts A", async () => {
    const fromA = await credentialFromHub(hubs.hubA, coreOnA.id, kaiEmail);

    const untrusted = await addHours(fromA.document);
    expect(untrusted).toMatchObject({ status: "queued", reason: "untrustedIssuer", minutes: 14 * 60, categories: [] });
    const queued = await row(untrusted.id);
    expect(queued).toMatchObject({ verifiedAt: null, queueReason: "untrustedIssuer", evidence: null });
    expect(queued.verification).toMatchObject({ valid: true, form: "data-integrity", issuer: { id: hubs.httpA.url } });
    const waiting = await listUnverifiedOutsideHours(hubs.hubB.db);
    expect(waiting.find((entry) => entry.id === untrusted.id)).toMatchObject({
      queueReason: "untrustedIssuer",
      verification: { valid: true },
    });
    // One credential counts once: shown again (as its VC-JWT, the same credential) it is refused.
    await expect(addHours(fromA.jwt)).rejects.toMatchObject({
      code: "conflict",
      key: "certifications.credential.errors.already",
    });
    // A waiting entry can be removed and the credential shown again once B trusts A.
    await removeOutsideHours(hubs.hubB, { viewer: kai, id: untrusted.id }, { userId: kai.userId });

    const trusted = await addTrustedIssuer(
      hubs.hubB,
      { viewer: admin, issuerId: hubs.httpA.url, name: "IPS Hub A", keyOrigin: "" },
      { userId: admin.userId },
    );
    trustedId = trusted.id;
    // Trusted, but A's training is not matched to any course here yet: it waits.
    const unmatched = await addHours(fromA.document);
    expect(unmatched).toMatchObject({ status: "queued", reason: "notMapped" });
    await removeOutsideHours(hubs.hubB, { viewer: kai, id: unmatched.id }, { userId: kai.userId });

    await addAchievementMapping(
      hubs.hubB,
      {
        viewer: admin,
        trustedIssuerId: trusted.id,
        achievementId: fromA.document.credentialSubject.achievement.id,
        achievementName: "",
        courseId: coreOnB.id,
      },
      { userId: admin.userId },
    );
    const accepted = await addHours(fromA.jwt, kai, true);
    expect(accepted).toMatchObject({
      status: "accepted",
      reason: null,
      title: "IPS Core Training",
      provider: "IPS Hub A",
      minutes: 14 * 60,
      categories: [
        { category: "ethics", minutes: 240 },
        { category: "trauma_informed", minutes: 120 },
      ],
    });
    const added = await row(accepted.id);
    expect(added).toMatchObject({ verifiedBy: null, trustedIssuerId: trusted.id, inPerson: true, queueReason: null });
    expect(added.verifiedAt).not.toBeNull();
    expect(added.credentialKey).toBe(`id:${fromA.document.id}`);
    const ledger = await ceLedger(hubs.hubB.db, kai.userId);
    expect(ledger.find((entry) => entry.id === accepted.id)).toMatchObject({
      source: "outside",
      provider: "IPS Hub A",
      verified: true,
      byCredential: true,
      checkedByCredential: true,
      hasEvidence: false,
      completedOn: fromA.document.credentialSubject.activityEndDate.slice(0, 10),
    });
    const [audit] = await hubs.hubB.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.targetId, accepted.id),
          eq(schema.auditEvent.action, "outside_hours.accept_by_credential"),
        ),
      );
    expect(audit!.summary).toMatchObject({ minutes: 840, acceptedBy: "credential from IPS Hub A" });
    // Checked already, it is not in the admin's queue, and the person cannot remove it.
    expect((await listUnverifiedOutsideHours(hubs.hubB.db)).map((entry) => entry.id)).not.toContain(accepted.id);
    await expect(
      removeOutsideHours(hubs.hubB, { viewer: kai, id: accepted.id }, { userId: kai.userId }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(addHours(fromA.document)).rejects.toMatchObject({ code: "conflict" });
  });

  it("cuts the matched course's categories to the hours earned, and queues tampered, unmatched and others' credentials", async () => {
    // Seven of fourteen hours earned: half of each category, as the hub's own certificates cut them.
    const half = await credentialFromHub(hubs.hubA, coreOnA.id, kaiEmail, 7 * 60);
    expect(await addHours(half.document)).toMatchObject({
      status: "accepted",
      minutes: 7 * 60,
      categories: [
        { category: "ethics", minutes: 120 },
        { category: "trauma_informed", minutes: 60 },
      ],
    });

    const tampered = structuredClone((await credentialFromHub(hubs.hubA, coreOnA.id, kaiEmail)).document);
    tampered.credentialSubject.creditsEarned = 99;
    const changed = await addHours(tampered);
    expect(changed).toMatchObject({ status: "queued", reason: "notVerified" });
    expect((await row(changed.id)).verification!.checks[0]).toMatchObject({ name: "signature", ok: false });

    const workshop = await credentialFromHub(hubs.hubA, workshopOnA.id, kaiEmail);
    expect(await addHours(workshop.document)).toMatchObject({ status: "queued", reason: "notMapped", categories: [] });

    const someoneElse = await credentialFromHub(hubs.hubA, coreOnA.id, `sam-${randomUUID().slice(0, 6)}@example.org`);
    expect(await addHours(someoneElse.document)).toMatchObject({ status: "queued", reason: "namesSomeoneElse" });

    // Someone else's credential is theirs to add, not refused as already added by Kai.
    const rae = await crossHubAccount(hubs.hubB.db, `rae-${randomUUID().slice(0, 6)}@example.org`, "Rae");
    expect(await addHours(half.document, rae)).toMatchObject({ status: "queued", reason: "namesSomeoneElse" });

    // Not a credential at all: a field error, never a 500.
    await expect(addHours("not a credential")).rejects.toMatchObject({ code: "invalid" });
    await expect(addHours("   ")).rejects.toMatchObject({ code: "invalid" });
  });

  it("takes credentials through the API: CE hours and a prerequisite, with problem+json refusals", async () => {
    const token = (
      await createPersonalAccessToken(hubs.hubB.db, {
        userId: kai.userId,
        name: "wallet",
        expiresAt: null,
        actor: { userId: kai.userId },
      })
    ).token;
    const post = (path: string, body: unknown, bearer: string | null = token) =>
      fetch(`${hubs.httpB.url}/api/v1${path}`, {
        method: "POST",
        headers: {
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          "content-type": "application/json",
        },
        body: JSON.stringify(body),
      });

    const fromA = await credentialFromHub(hubs.hubA, coreOnA.id, kaiEmail);
    const hours = await post("/me/outside-hours", { credential: fromA.document, inPerson: false });
    expect(hours.status).toBe(201);
    expect(await hours.json()).toMatchObject({
      status: "accepted",
      reason: null,
      provider: "IPS Hub A",
      minutes: 840,
      categories: [{ category: "ethics", minutes: 240 }, { category: "trauma_informed" }],
    });
    const again = await post("/me/outside-hours", { credential: fromA.jwt });
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toContain("application/problem+json");
    const empty = await post("/me/outside-hours", { credential: "  " });
    expect(empty.status).toBe(422);
    expect(empty.headers.get("content-type")).toContain("application/problem+json");
    expect((await empty.json()).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: "credential" })]),
    );
    expect((await post("/me/outside-hours", { credential: fromA.jwt }, null)).status).toBe(401);

    expect(await completedCourses(hubs.hubB.db, kai.userId, [coreOnB.id])).toEqual(new Set());
    const declared = await post("/me/prerequisite-declarations", { courseId: coreOnB.id, credential: fromA.jwt });
    expect(declared.status).toBe(201);
    expect(await declared.json()).toMatchObject({ status: "accepted", reason: null });
    expect(await completedCourses(hubs.hubB.db, kai.userId, [coreOnB.id])).toEqual(new Set([coreOnB.id]));
    const workshop = await credentialFromHub(hubs.hubA, workshopOnA.id, kaiEmail);
    const queued = await post("/me/prerequisite-declarations", {
      courseId: coreOnB.id,
      credential: workshop.document,
    });
    expect(await queued.json()).toMatchObject({ status: "queued", reason: "notMapped" });
    const nowhere = await post("/me/prerequisite-declarations", { courseId: randomUUID(), credential: fromA.jwt });
    expect(nowhere.status).toBe(404);
    expect(nowhere.headers.get("content-type")).toContain("application/problem+json");
    const missing = await post("/me/prerequisite-declarations", { courseId: coreOnB.id });
    expect(missing.status).toBe(422);

    const document = await (await fetch(`${hubs.httpB.url}/api/v1/openapi.json`)).json();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/me/outside-hours", "/me/prerequisite-declarations"]),
    );
    expect(trustedId).toBeTruthy();
  });

  it("works from the page: a person uploads the credential file, an admin reads the reason in the queue", async () => {
    const cookie = await sessionCookie(hubs.hubB, kaiEmail, CROSS_HUB_PASSWORD);
    const adminCookie = await sessionCookie(hubs.hubB, admin.email, CROSS_HUB_PASSWORD);
    const send = async (file: string | null, pasted = "") => {
      const form = new FormData();
      form.set("intent", "add-hours-credential");
      form.set("credential", pasted);
      if (file) form.set("credentialFile", new File([file], "credential.json", { type: "application/json" }));
      return fetch(`${hubs.httpB.url}/my/certifications`, {
        method: "POST",
        headers: { cookie },
        body: form,
        redirect: "manual",
      });
    };
    const fromA = await credentialFromHub(hubs.hubA, coreOnA.id, kaiEmail);
    const sent = await send(JSON.stringify(fromA.document));
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toMatch(/^\/my\/certifications\?credential=accepted&entry=/);
    const page = await (
      await fetch(`${hubs.httpB.url}${sent.headers.get("location")}`, { headers: { cookie } })
    ).text();
    expect(page).toContain("Your credential checks out: 14 hours from IPS Hub A now count, checked.");
    expect(page).toContain("From IPS Hub A, by its digital credential");
    expect(page).toContain("Checked by its credential");

    const twice = await send(null, fromA.jwt);
    expect(twice.status).toBe(409);
    expect(await twice.text()).toContain("This credential is already in your hours.");
    const nothing = await send(null, "  ");
    expect(nothing.status).toBe(400);
    expect(await nothing.text()).toContain("Paste your credential or choose its file");

    const queue = await (
      await fetch(`${hubs.httpB.url}/admin/outside-hours`, { headers: { cookie: adminCookie } })
    ).text();
    expect(queue).toContain("The credential names someone with a different email address.");
    expect(queue).toContain("The signature does not match");
  });
});
