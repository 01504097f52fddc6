// The impact pages' newer parts on both engines: evaluation ratings and pre/post change on the dashboard and the public
// page (withheld at 4, shown at 5; written answers for admins only), who sees each block (public, staff, hidden — on the
// page, its CSV and the API), consented testimonials (offer, review, the page's language, withdrawal at once, audit),
// the county asked at registration, and the funder report as a PDF (read with pdftotext) and a CSV.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { testimonialConsentWording } from "#core/testimonials.ts";
import { currentWordingVersion } from "#features/privacy/consent-wording.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { readImpactEvaluations } from "#features/impact/read-impact-evaluations.ts";
import { readShownImpact } from "#features/impact/read-public-impact.ts";
import { setImpactBlockVisibility } from "#features/impact/impact-block-visibility.ts";
import { offerTestimonial } from "#features/impact/offer-testimonial.ts";
import { reviewTestimonial } from "#features/impact/review-testimonial.ts";
import { withdrawTestimonial } from "#features/impact/withdraw-testimonial.ts";
import { readFunderReport } from "#features/impact/funder-report.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";

const PASSWORD = "correct horse battery staple";
const actor = { userId: null, label: "test" };
const allPublic = {
  trained: "public",
  partners: "public",
  trainers: "public",
  ceHours: "public",
  counties: "public",
  evaluations: "public",
  learning: "public",
  testimonials: "public",
};

describe.each(enginesUnderTest())("impact pages (%s)", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let now = new Date("2027-05-01T12:00:00Z");
  let courseId: string;
  let sessionId: string;
  let openSessionId: string;
  let admin: { id: string; viewer: Viewer; cookie: string };
  let trainer: { id: string; viewer: Viewer; cookie: string };
  let participant: { id: string; viewer: Viewer; cookie: string };
  let newcomer: { id: string; viewer: Viewer; cookie: string };

  /** The rollup and the kept figures last 10 minutes: each check moves the clock on so it reads what was just written. */
  const later = () => {
    now = new Date(now.getTime() + 11 * 60_000);
    return now;
  };

  async function person(email: string, name: string, role: "admin" | "trainer" | "participant") {
    const created = await createAccount(
      services.db,
      { email, name, password: PASSWORD, roles: [{ role, organizationId: null }] },
      actor,
    );
    const viewer: Viewer = {
      userId: created.id,
      email,
      name,
      emailVerified: true,
      roles: [{ role, organizationId: null }],
    };
    return { id: created.id, viewer, cookie: await sessionCookie(services, email, PASSWORD) };
  }

  const page = async (pathname: string, cookie = "", lang = "en") => {
    const response = await fetch(`${http.url}${pathname}`, {
      headers: { cookie: [cookie, `ips.lang=${lang}`].filter(Boolean).join("; ") },
      redirect: "manual",
    });
    return { status: response.status, html: await response.text(), response };
  };
  const post = (pathname: string, cookie: string, fields: Record<string, string>) =>
    fetch(`${http.url}${pathname}`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields),
      redirect: "manual",
    });

  /** `count` evaluation answers for the session: felt-welcome rated 4 or 5, pace "about right", and written words. */
  async function answerEvaluations(count: number, words: string) {
    for (let n = 0; n < count; n++) {
      const [response] = await services.db
        .insert(schema.evaluationResponse)
        .values({ courseId, sessionId, kind: "evaluation", answeredMonth: "2027-03-01" })
        .returning();
      await services.db.insert(schema.evaluationAnswer).values([
        { responseId: response!.id, questionId: "felt-welcome", score: n % 2 === 0 ? 5 : 4 },
        { responseId: response!.id, questionId: "pace", choice: "about-right" },
        { responseId: response!.id, questionId: "what-stays", text: `${words} ${n}` },
      ]);
    }
  }

  /** `pairs` people who rated "hope" 2 before and 4 at the end. */
  async function answerSelfAssessments(pairs: number, prefix: string) {
    for (let n = 0; n < pairs; n++)
      for (const [kind, score] of [
        ["pre", 2],
        ["post", 4],
      ] as const) {
        const [response] = await services.db
          .insert(schema.evaluationResponse)
          .values({ courseId, sessionId, kind, answeredMonth: "2027-03-01", pairCode: `${prefix}-${n}` })
          .returning();
        await services.db
          .insert(schema.evaluationAnswer)
          .values({ responseId: response!.id, questionId: "hope", score });
      }
  }

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    services.now = () => now;
    http = await serveForTest(services);
    const course = await seedCourse(services.db, { titleEn: "IPS Core", titleEs: "IPS básica" });
    courseId = course.id;
    const session = await seedSession(services.db, courseId, {
      now: new Date("2027-03-01T00:00:00Z"),
      startsInDays: 2,
      overrides: { status: "completed" },
    });
    sessionId = session.id;
    openSessionId = (await seedSession(services.db, courseId, { now, startsInDays: 20 })).id;
    admin = await person("impact-admin@example.org", "Ada Admin", "admin");
    trainer = await person("impact-trainer@example.org", "Tomás Trainer", "trainer");
    participant = await person("impact-participant@example.org", "María José Pérez", "participant");
    newcomer = await person("impact-newcomer@example.org", "Nadia New", "participant");
    // The participant took part: their session was signed off.
    const [registration] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId: participant.id, status: "confirmed", requestedAt: now, queueAt: now })
      .returning();
    await services.db.insert(schema.completion).values({
      registrationId: registration!.id,
      completed: true,
      contactMinutes: 420,
      attendedMinutes: 420,
      ceMinutes: 420,
      signedOffAt: new Date("2027-03-04T00:00:00Z"),
    });
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  it("withholds evaluation figures at 4 answers and shows them at 5, with written words for admins only", async () => {
    await answerEvaluations(4, "Words kept for admins");
    await answerSelfAssessments(4, "pair");
    const four = await readImpactEvaluations(services.db, { courseId }, "all");
    expect(four.evaluation).toEqual({ shown: false });
    expect(four.selfAssessment.items.find((item) => item.item === "hope")!.change).toEqual({ shown: false });

    await answerEvaluations(1, "Words kept for admins");
    await answerSelfAssessments(1, "fifth");
    const five = await readImpactEvaluations(services.db, { courseId }, "all");
    expect(five.evaluation.shown).toBe(true);
    if (!five.evaluation.shown) throw new Error("shown above");
    expect(five.evaluation.count).toBe(5);
    const welcome = five.evaluation.value.questions.find((q) => q.questionId === "felt-welcome")!;
    expect(welcome.kind === "rating" && welcome.result.shown && welcome.result.value.mean).toBeCloseTo(4.6);
    const hope = five.selfAssessment.items.find((item) => item.item === "hope")!;
    expect(hope.change).toEqual({ shown: true, count: 5, value: { meanBefore: 2, meanAfter: 4, meanChange: 2 } });
    // The period and the partner filter: a period without the session has nothing to show; a partner filter is flagged.
    expect((await readImpactEvaluations(services.db, { from: "2027-04-01" }, "all")).evaluation).toEqual({
      shown: false,
    });
    expect(
      (await readImpactEvaluations(services.db, { from: "2027-03-01", to: "2027-03-03" }, "all")).evaluation.shown,
    ).toBe(true);
    expect((await readImpactEvaluations(services.db, { organizationId: "x" }, "all")).partial).toBe(true);

    later();
    const dashboard = await page(`/admin/impact?courseId=${courseId}`, admin.cookie);
    expect(dashboard.status).toBe(200);
    expect(dashboard.html).toContain("How people rated their training");
    expect(dashboard.html).toContain("Average 4.6 out of 5");
    expect(dashboard.html).toContain("Words kept for admins 0");
    expect(dashboard.html).toContain("2.0 → 4.0 (+2.0)");

    for (const lang of ["en", "es"]) {
      const impact = await page("/impact", "", lang);
      expect(impact.status).toBe(200);
      expect(impact.html).toContain(
        lang === "es" ? "Cómo valoraron las personas su capacitación" : "How people rated their training",
      );
      expect(impact.html).toContain(lang === "es" ? "Promedio" : "Average 4.6 out of 5");
      expect(impact.html).not.toContain("Words kept for admins");
    }
  });

  it("shows each block as the hub chose: to everyone, to staff only, or to nobody — on the page, its CSV and the API", async () => {
    await expect(
      setImpactBlockVisibility(services.db, { viewer: trainer.viewer, input: allPublic, now }, actor),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setImpactBlockVisibility(
        services.db,
        { viewer: admin.viewer, input: { ...allPublic, counties: "secret" }, now },
        actor,
      ),
    ).rejects.toMatchObject({ code: "invalid" });

    const saved = await post("/admin/impact", admin.cookie, {
      ...Object.fromEntries(Object.entries(allPublic).map(([block, value]) => [`block-${block}`, value])),
      "block-counties": "hidden",
      "block-evaluations": "staff",
    });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toContain("/admin/impact?blocks=saved");
    const [audit] = await services.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, "impact.blocks"));
    expect(audit).toMatchObject({ actorId: admin.id, summary: { counties: "hidden", evaluations: "staff" } });

    const stranger = await page("/impact");
    expect(stranger.html).not.toContain('id="counties-title"');
    expect(stranger.html).not.toContain('id="evaluations-title"');
    expect(stranger.html).not.toContain("Average 4.6");
    expect(stranger.html).toContain('id="learning-title"');
    const staff = await page("/impact", trainer.cookie);
    expect(staff.html).toContain('id="evaluations-title"');
    expect(staff.html).not.toContain('id="counties-title"');
    expect((await page("/impact", participant.cookie)).html).not.toContain('id="evaluations-title"');

    expect((await page("/impact.csv?figures=counties")).status).toBe(404);
    expect((await page("/impact.csv?figures=trained")).status).toBe(200);
    const api = (await (await fetch(`${http.url}/api/v1/impact`)).json()) as Record<string, unknown>;
    expect(api).not.toHaveProperty("counties");
    expect(api).toHaveProperty("trained");

    const shown = await readShownImpact(services.db, { viewer: null, locale: "en", now });
    expect(shown.blocks).not.toContain("counties");
    expect(shown.figures.counties).toBeNull();
    expect(shown.figures.evaluation).toBeNull();

    await setImpactBlockVisibility(services.db, { viewer: admin.viewer, input: allPublic, now }, actor);
    expect((await page("/impact")).html).toContain('id="counties-title"');
  });

  it("publishes a consented testimonial after review, in its language and under the name chosen, and withdraws it at once", async () => {
    await expect(
      offerTestimonial(
        services.db,
        { viewer: newcomer.viewer, input: { body: "Hi", language: "en", attribution: "name", consent: true }, now },
        actor,
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    const noConsent = await post("/my/testimonials", participant.cookie, {
      intent: "offer",
      body: "It changed how I listen.",
      language: "en",
      attribution: "first_name",
    });
    expect(noConsent.status).toBe(400);
    expect(await noConsent.text()).toContain("only if you tick the box");
    expect(await services.db.select().from(schema.testimonial)).toHaveLength(0);

    const offered = await post("/my/testimonials", participant.cookie, {
      intent: "offer",
      body: "It changed how I listen.",
      language: "en",
      attribution: "first_name",
      consent: "yes",
    });
    expect(offered.status).toBe(302);
    const [row] = await services.db.select().from(schema.testimonial);
    expect(row).toMatchObject({
      userId: participant.id,
      status: "pending",
      shownName: "María",
      consentWording: testimonialConsentWording(currentWordingVersion("testimonial")),
      consentedAt: now,
    });
    // The consent is kept with the person's other consents too, under the wording's version, until withdrawn.
    const consentOf = async (testimonialId: string) =>
      services.db
        .select({ wordingVersion: schema.consentRecord.wordingVersion, withdrawnAt: schema.consentRecord.withdrawnAt })
        .from(schema.consentRecord)
        .where(and(eq(schema.consentRecord.purpose, "testimonial"), eq(schema.consentRecord.subjectId, testimonialId)));
    expect(await consentOf(row!.id)).toEqual([
      { wordingVersion: currentWordingVersion("testimonial"), withdrawnAt: null },
    ]);
    const { id } = await offerTestimonial(
      services.db,
      {
        viewer: participant.viewer,
        input: { body: "Aprendí a escuchar.", language: "es", attribution: "anonymous", consent: true },
        now,
      },
      actor,
    );
    expect((await page("/impact")).html).not.toContain("It changed how I listen.");

    expect((await page("/admin/testimonials", trainer.cookie)).status).toBe(403);
    const approve = await post("/admin/testimonials", admin.cookie, { testimonialId: row!.id, decision: "approved" });
    expect(approve.status).toBe(302);
    await reviewTestimonial(
      services.db,
      { viewer: admin.viewer, input: { testimonialId: id, decision: "approved" }, now },
      actor,
    );

    const english = await page("/impact");
    expect(english.html).toContain("It changed how I listen.");
    expect(english.html).toContain("<figcaption>María</figcaption>");
    expect(english.html).not.toContain("Aprendí a escuchar.");
    const spanish = await page("/impact", "", "es");
    expect(spanish.html).toContain("Aprendí a escuchar.");
    expect(spanish.html).toContain("<figcaption>Una persona participante</figcaption>");
    expect(spanish.html).not.toContain("It changed how I listen.");

    // Someone else cannot withdraw it; the writer can, and it leaves the page on the very next visit.
    await expect(
      withdrawTestimonial(services.db, { viewer: newcomer.viewer, testimonialId: row!.id, now }, actor),
    ).rejects.toMatchObject({ code: "not_found" });
    const withdrawn = await post("/my/testimonials", participant.cookie, {
      intent: "withdraw",
      testimonialId: row!.id,
    });
    expect(withdrawn.status).toBe(302);
    expect(await services.db.select().from(schema.testimonial).where(eq(schema.testimonial.id, row!.id))).toHaveLength(
      0,
    );
    expect((await page("/impact")).html).not.toContain("It changed how I listen.");
    expect((await consentOf(row!.id))[0]?.withdrawnAt).not.toBeNull();

    const audits = await services.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(and(eq(schema.auditEvent.targetId, row!.id), eq(schema.auditEvent.targetType, "testimonial")));
    expect(audits.map((a) => a.action).sort()).toEqual([
      "testimonial.approve",
      "testimonial.offer",
      "testimonial.withdraw",
    ]);
  });

  it("asks for the county at registration, optionally, and keeps it as the person's county", async () => {
    const form = await page(`/trainings/${openSessionId}/register`, newcomer.cookie);
    expect(form.html).toContain('name="countyFips"');
    const refused = await post(`/trainings/${openSessionId}/register`, newcomer.cookie, {
      consent: "yes",
      countyFips: "06037",
    });
    expect(refused.status).toBe(400);
    expect(
      await services.db.select().from(schema.registration).where(eq(schema.registration.userId, newcomer.id)),
    ).toHaveLength(0);
    const registered = await post(`/trainings/${openSessionId}/register`, newcomer.cookie, {
      consent: "yes",
      countyFips: "41051",
    });
    expect(registered.status).toBe(302);
    const [county] = await services.db
      .select()
      .from(schema.personCounty)
      .where(eq(schema.personCounty.userId, newcomer.id));
    expect(county?.countyFips).toBe("41051");
    // Asked once: someone who has given a county is not asked again.
    const other = await seedSession(services.db, courseId, { now, startsInDays: 40 });
    expect((await page(`/trainings/${other.id}/register`, newcomer.cookie)).html).not.toContain('name="countyFips"');
  });

  it("makes the funder report for a period as a PDF and a CSV, for admins only", async () => {
    await expect(
      readFunderReport(services.db, { viewer: trainer.viewer, input: { from: "2027-01-01", to: "2027-12-31" }, now }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      readFunderReport(services.db, { viewer: admin.viewer, input: { from: "2027-12-31", to: "2027-01-01" }, now }),
    ).rejects.toMatchObject({ code: "invalid" });

    later();
    const pdf = await post("/admin/impact/report", admin.cookie, {
      from: "2027-01-01",
      to: "2027-12-31",
      narrative: "Our first year of peer support training in the county.",
      format: "pdf",
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const folder = mkdtempSync(path.join(tmpdir(), "impact-report-"));
    writeFileSync(path.join(folder, "r.pdf"), new Uint8Array(await pdf.arrayBuffer()));
    const text = execFileSync("pdftotext", ["-layout", path.join(folder, "r.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Funder report");
    expect(text).toContain("Our first year of peer support training in the county.");
    expect(text).toContain("Registered or applied");
    expect(text).toContain("Average 4.6 out of 5");
    expect(text).toContain("Fear → Hope and possibility: 2.0 → 4.0 (+2.0)");
    expect(text).not.toContain("Words kept for admins");

    const csv = await post("/admin/impact/report", admin.cookie, {
      from: "2027-01-01",
      to: "2027-12-31",
      format: "csv",
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const body = await csv.text();
    expect(body).toContain("Period,2027-01-01,2027-12-31");
    expect(body).toContain("Evaluations answered,5");
    expect(body).toContain("How people rated their training");

    const wrong = await post("/admin/impact/report", admin.cookie, {
      from: "2027-12-31",
      to: "2027-01-01",
      format: "pdf",
    });
    expect(wrong.status).toBe(302);
    expect(wrong.headers.get("location")).toContain("report=invalid");
    expect((await post("/admin/impact/report", trainer.cookie, { from: "2027-01-01", to: "2027-12-31" })).status).toBe(
      403,
    );
    const spare = await services.db
      .select()
      .from(schema.registration)
      .where(inArray(schema.registration.userId, [admin.id]));
    expect(spare).toHaveLength(0);
  });
});
