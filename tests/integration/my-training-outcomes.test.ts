// Past trainings on "My trainings" say how each one ended — completed with its certificate, not completed with the hours
// and reasons and a kind next step, or still waiting for sign-off — and link to the result page, in English and Spanish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "#db/client.ts";
import { createAccount } from "#features/accounts/create-account.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { seedCourse, seedSession } from "../support/catalog.ts";

const PASSWORD = "a long enough password for tests";
const system = { userId: null, label: "test" };
const HOUR = 60;

describe.each(enginesUnderTest())("past training outcomes on %s", (engine) => {
  let services: TestServices;
  let http: TestHttp;
  let seq = 0;

  beforeAll(async () => {
    services = await createTestServices(engine, { RATE_LIMIT: "off" });
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
  });

  /** A five-day, 35-hour training that ended `endedDaysAgo` days ago, taught by a lead trainer. */
  async function pastTraining(titleEn: string, titleEs: string, startedDaysAgo: number) {
    const course = await seedCourse(services.db, {
      titleEn,
      titleEs,
      contactMinutes: 35 * HOUR,
      completionRules: { minimumShare: 0.9, requireSignOff: true, ceWithoutCompletion: false },
    });
    const session = await seedSession(services.db, course.id, {
      startsInDays: -startedDaysAgo,
      days: 5,
      overrides: { format: "in_person" },
    });
    const trainer = await person("en");
    await services.db.insert(schema.sessionTrainer).values({ sessionId: session.id, userId: trainer.id, role: "lead" });
    return session.id;
  }

  async function person(locale: "en" | "es") {
    seq += 1;
    const email = `outcome-${seq}-${engine}@example.org`;
    const created = await createAccount(
      services.db,
      { email, password: PASSWORD, name: `Sam ${seq}`, locale, roles: [{ role: "participant", organizationId: null }] },
      system,
    );
    return { id: created.id, cookie: await sessionCookie(services, email, PASSWORD) };
  }

  async function register(sessionId: string, userId: string) {
    const now = new Date();
    const [row] = await services.db
      .insert(schema.registration)
      .values({ sessionId, userId, status: "confirmed", requestedAt: now, queueAt: now })
      .returning({ id: schema.registration.id });
    return row!.id;
  }

  /** The completion row exactly as sign-off writes it. */
  async function signedOff(registrationId: string, attendedMinutes: number) {
    const completed = attendedMinutes >= 31.5 * HOUR;
    await services.db.insert(schema.completion).values({
      registrationId,
      completed,
      contactMinutes: 35 * HOUR,
      attendedMinutes,
      ceMinutes: completed ? attendedMinutes : 0,
      reasons: completed
        ? []
        : [{ code: "share_below_minimum", attendedMinutes, requiredMinutes: Math.round(35 * HOUR * 0.9) }],
      signedOffAt: new Date(),
    });
  }

  async function story(locale: "en" | "es") {
    const me = await person(locale);
    const done = await register(await pastTraining("Core Training", "Capacitación básica", 40), me.id);
    await signedOff(done, 35 * HOUR);
    const issued = await issueCredential(services, { registrationId: done }, system);
    if (issued.status !== "issued") throw new Error(`not issued: ${JSON.stringify(issued)}`);
    const short = await register(await pastTraining("Refresher", "Repaso", 30), me.id);
    await signedOff(short, 28 * HOUR);
    const waiting = await register(await pastTraining("Advanced", "Avanzada", 10), me.id);
    const html = await (await fetch(`${http.url}/my/trainings`, { headers: { cookie: me.cookie } })).text();
    /** The HTML of one past training's entry, from its title to the next entry. */
    const entry = (title: string) => {
      const start = html.indexOf(`>${title}</a></h3>`);
      expect(start, title).toBeGreaterThan(-1);
      const next = html.indexOf('class="my-training-past"', start);
      return html.slice(start, next === -1 ? html.indexOf("</section>", start) : next);
    };
    return { me, done, short, waiting, credentialId: issued.credentialId, html, entry };
  }

  it("shows each past training's outcome in English, with hours, reasons, a next step and the result page", async () => {
    const { me, done, short, waiting, credentialId, html, entry } = await story("en");
    expect(html).not.toMatch(/failed/i);

    const completed = entry("Core Training");
    expect(completed).toContain("Completed");
    expect(completed).toContain(`href="/my/certificates#certificate-${credentialId}"`);
    expect(completed).toContain("Certificate ready");
    expect(completed).toContain(`href="/my/results/${done}"`);
    expect(completed).not.toContain("You&#x27;re in");

    const notCompleted = entry("Refresher");
    expect(notCompleted).toContain("Not completed: 28 of 35 hours");
    expect(notCompleted).toContain("Attended 28 h; 31 h 30 min needed.");
    expect(notCompleted).toContain("If you&#x27;d like to finish, your trainers or the hub team can tell you");
    expect(notCompleted).toContain(`href="/my/results/${short}"`);
    expect(notCompleted).not.toContain("You&#x27;re in");

    const awaiting = entry("Advanced");
    expect(awaiting).toContain("Waiting for the trainer&#x27;s sign-off");
    expect(awaiting).toContain(`href="/my/results/${waiting}"`);
    expect(awaiting).not.toContain("You&#x27;re in");

    // Before any mark, the result page says attendance is not recorded yet rather than "0 min of 35 h".
    const unmarked = await (
      await fetch(`${http.url}/my/results/${waiting}`, { headers: { cookie: me.cookie } })
    ).text();
    expect(unmarked).toContain("hasn&#x27;t recorded attendance for this training yet");
    expect(unmarked).not.toContain("0 min of 35 h");
  });

  it("says the same in Spanish, and the result page offers the next step too", async () => {
    const { me, short, entry } = await story("es");
    expect(entry("Capacitación básica")).toContain("Certificado listo");
    expect(entry("Repaso")).toContain("No completada: 28 de 35 horas");
    expect(entry("Avanzada")).toContain("Esperando el cierre de quien facilita");

    const result = await (await fetch(`${http.url}/my/results/${short}`, { headers: { cookie: me.cookie } })).text();
    expect(result).toContain("Perderse parte de una capacitación pasa");
  });
});
