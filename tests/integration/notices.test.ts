// Registration emails, calendar entries and offer links on both engines, through a real SMTP server and the built app over HTTP.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, queryRows, schema } from "#db/client.ts";
import type { Viewer } from "#core/access.ts";
import { allJobs } from "#jobs/registry.ts";
import { createWorker, drainJobs } from "#jobs/worker.ts";
import { notify, registrationNotices, type RegistrationNotice } from "#features/registration/notices.ts";
import { sendRegistrationNoticeJob } from "#features/registration/registration-notice.job.ts";
import { sendRegistrationNotice } from "#features/registration/send-registration-notice.ts";
import { redeemOfferLink } from "#features/registration/offer-links.ts";
import { remindSessions } from "#features/registration/remind-sessions.ts";
import { registerForSession } from "#features/registration/register-for-session.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { rotatePersonalFeed } from "#features/calendar/personal-feed.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { serveForTest, sessionCookie, type TestHttp } from "../support/http.ts";
import { startSmtpServer, type CapturedMail, type TestSmtpServer } from "../support/smtp.ts";
import { seedCourse, seedPeople, seedSession } from "../support/catalog.ts";

const actor = { userId: null, label: "test" };
const JOIN_URL = "https://meet.example.org/ips-core";
const PASSWORD = "a long enough test password";

/** Unfolds an iCalendar text (RFC 5545 §3.1) and reads each VEVENT's properties by name (parameters dropped). */
function icsEvents(ics: string): Array<Record<string, string>> {
  const lines = ics.replace(/\r\n[ \t]/g, "").split(/\r\n/);
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT") {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon).split(";")[0]!;
      current[name] = current[name] ? `${current[name]}\n${line.slice(colon + 1)}` : line.slice(colon + 1);
    }
  }
  return events;
}

function icsHeader(ics: string, name: string): string | undefined {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split(/\r\n/)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

const utc = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function calendarOf(mail: CapturedMail): string | null {
  const file = mail.parsed.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  return file ? file.content.toString("utf8") : null;
}

function offerLinks(mail: CapturedMail): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s]+\/offers\/(ipo_[A-Za-z0-9_-]+)/g)].map((m) => m[1]!);
}

describe.each(enginesUnderTest())("registration notices (%s)", (engine) => {
  let smtp: TestSmtpServer;
  let services: TestServices;
  let http: TestHttp;

  const drain = () => drainJobs(createWorker(services, { jobs: allJobs }), 200);
  const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email.toLowerCase()));
  const lastMailTo = (email: string) => mailsTo(email).at(-1);
  const statusOf = async (id: string) =>
    (
      await services.db
        .select({ status: schema.registration.status })
        .from(schema.registration)
        .where(eq(schema.registration.id, id))
    )[0]!.status;
  const setPerson = (userId: string, values: { locale?: string; timeZone?: string }) =>
    services.db.update(schema.user).set(values).where(eq(schema.user.id, userId));
  const register = (viewer: Viewer, sessionId: string) =>
    registerForSession(services, { viewer, sessionId, consent: true }, actor);

  /** A registration row written directly, for notices whose use cases belong to others. */
  async function insertRegistration(
    sessionId: string,
    userId: string,
    values: Partial<typeof schema.registration.$inferInsert> = {},
  ) {
    const now = services.now();
    const [row] = await services.db
      .insert(schema.registration)
      .values({
        sessionId,
        userId,
        status: "confirmed",
        requestedAt: now,
        queueAt: now,
        heldFrom: "general",
        ...values,
      })
      .returning();
    return row!;
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    services = await createTestServices(engine, { SMTP_URL: smtp.url, RATE_LIMIT: "off" });
    http = await serveForTest(services);
  });
  afterAll(async () => {
    await http?.close();
    await services?.close();
    await smtp?.stop();
  });

  it("confirms a seat by email with the details in the person's zone, the join link and a valid calendar invitation", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, {
      days: 2,
      overrides: { venueName: null, accessibilityNotes: "Captions on every call." },
    });
    const [person] = await seedPeople(services.db, 1, "confirm");
    await setPerson(person!.userId, { timeZone: "America/New_York" });
    await register(person!, session.id);
    await drain();

    const [mail, ...more] = mailsTo(person!.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("You're registered for Core Training");
    expect(mail!.language).toBe("en");
    expect(mail!.text).toContain("Hi confirm 1,");
    expect(mail!.text).toContain("Training: Core Training");
    expect(mail!.text).toContain(`How to join: ${JOIN_URL}`);
    expect(mail!.text).toContain("Access: Captions on every call.");
    // Each meeting in the person's own zone (New York), named so it can't be mistaken.
    const meetings = await services.db
      .select()
      .from(schema.sessionMeeting)
      .where(eq(schema.sessionMeeting.sessionId, session.id))
      .orderBy(schema.sessionMeeting.position);
    const eastern = new Intl.DateTimeFormat("en", {
      hour: "numeric",
      minute: "2-digit",
      timeZone: "America/New_York",
    }).format(meetings[0]!.startsAt);
    expect(mail!.text).toMatch(new RegExp(`Day 1: .*${eastern.replace(/\s/g, "\\s")}.*E[SD]T`));
    expect(mail!.text).toContain("Day 2: ");
    expect(mail!.html).toContain('<html lang="en">');
    expect(mail!.html).toContain("<dt");
    expect(mail!.html).toContain(`href="http://localhost:3999/my/trainings"`);

    const ics = calendarOf(mail!);
    expect(ics).not.toBeNull();
    expect(icsHeader(ics!, "METHOD")).toBe("REQUEST");
    expect(icsHeader(ics!, "X-WR-TIMEZONE")).toBe("America/Los_Angeles");
    const events = icsEvents(ics!);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.UID)).toEqual([
      `session-${session.id}-1@localhost`,
      `session-${session.id}-2@localhost`,
    ]);
    expect(events[0]!.DTSTART).toBe(utc(meetings[0]!.startsAt));
    expect(events[0]!.DTSTART).toMatch(/^\d{8}T\d{6}Z$/);
    expect(events[1]!.DTEND).toBe(utc(meetings[1]!.endsAt));
    expect(events[0]!.SEQUENCE).toBe("0");
    expect(events[0]!.SUMMARY).toBe("Core Training");
    expect(events[0]!.LOCATION).toBe("Online");
    expect(events[0]!.STATUS).toBe("CONFIRMED");
    expect(events[0]!.DESCRIPTION).toContain(JOIN_URL);
    expect(events[0]!.ATTENDEE!.toLowerCase()).toBe(`mailto:${person!.email}`);
    expect(events[0]!.ORGANIZER!.toLowerCase()).toMatch(/^mailto:.+@/);
    // Sent as an invitation mail programs understand: a text/calendar part with its method.
    expect(mail!.raw).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i);
  });

  it("writes every notice in English and in Spanish, each with a plain-text part and its own details", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { offerHoldHours: 24, currency: "USD" } });
    const cancelled = await seedSession(services.db, course.id, {
      overrides: { status: "cancelled", cancelReason: "Our trainer is ill." },
    });
    const expected: Record<
      RegistrationNotice,
      { en: string; es: string; text?: { en: string; es: string }; ics?: "REQUEST" | "CANCEL" }
    > = {
      application_received: {
        en: "We got your application for Core Training",
        es: "Recibimos tu solicitud para Capacitación básica",
      },
      application_approved: {
        en: "Your application for Core Training is approved",
        es: "Aprobamos tu solicitud para Capacitación básica",
        ics: "REQUEST",
      },
      application_declined: {
        en: "About your application for Core Training",
        es: "Sobre tu solicitud para Capacitación básica",
        text: {
          en: "A note from our team: Please apply again in spring.",
          es: "Una nota de nuestro equipo: Please apply again in spring.",
        },
      },
      confirmed: {
        en: "You're registered for Core Training",
        es: "Tu inscripción en Capacitación básica está confirmada",
        ics: "REQUEST",
      },
      waitlisted: {
        en: "You're on the waitlist for Core Training",
        es: "Estás en la lista de espera de Capacitación básica",
        text: { en: "Your place in line: 3", es: "Tu lugar en la lista: 3" },
      },
      offer: {
        en: "A seat is open for you in Core Training",
        es: "Hay un lugar para ti en Capacitación básica",
        text: { en: "We're holding your seat until: ", es: "Te guardamos el lugar hasta: " },
      },
      offer_expired: {
        en: "Your held seat in Core Training was passed on",
        es: "Tu lugar guardado en Capacitación básica pasó a otra persona",
      },
      cancelled: {
        en: "Your registration for Core Training is cancelled",
        es: "Se canceló tu inscripción en Capacitación básica",
      },
      session_changed: {
        en: "New details for Core Training",
        es: "Nuevos detalles de Capacitación básica",
        ics: "REQUEST",
      },
      reminder: { en: "Core Training starts soon", es: "Capacitación básica empieza pronto", ics: "REQUEST" },
      session_cancelled: {
        en: "Core Training on",
        es: "Se canceló Capacitación básica del",
        text: { en: "Why: Our trainer is ill.", es: "Motivo: Our trainer is ill." },
        ics: "CANCEL",
      },
      scholarship_decided: {
        en: "You have a scholarship for Core Training",
        es: "Tienes una beca para Capacitación básica",
        text: { en: "scholarship of $50.00", es: "beca de 50,00" },
      },
    };
    // Two entries ahead in line: a group of two (counted once) and one person.
    const ahead = await seedPeople(services.db, 3, "ahead");
    const early = new Date(services.now().getTime() - 3_600_000);
    await insertRegistration(session.id, ahead[0]!.userId, {
      status: "waitlisted",
      heldFrom: null,
      groupId: "group-a",
      queueAt: early,
      requestedAt: early,
    });
    await insertRegistration(session.id, ahead[1]!.userId, {
      status: "waitlisted",
      heldFrom: null,
      groupId: "group-a",
      queueAt: early,
      requestedAt: early,
    });
    await insertRegistration(session.id, ahead[2]!.userId, {
      status: "waitlisted",
      heldFrom: null,
      queueAt: new Date(early.getTime() + 1000),
      requestedAt: early,
    });

    for (const locale of ["en", "es"] as const) {
      for (const notice of registrationNotices) {
        const [person] = await seedPeople(services.db, 1, `${locale}-${notice.replace(/_/g, "-")}`);
        await setPerson(person!.userId, { locale, timeZone: "America/Chicago" });
        const statusFor: Record<RegistrationNotice, typeof schema.registration.$inferInsert.status> = {
          application_received: "pending_approval",
          application_approved: "confirmed",
          application_declined: "denied",
          confirmed: "confirmed",
          waitlisted: "waitlisted",
          offer: "offered",
          offer_expired: "expired",
          cancelled: "cancelled",
          session_changed: "confirmed",
          reminder: "confirmed",
          session_cancelled: "cancelled",
          scholarship_decided: "confirmed",
        };
        const status = statusFor[notice];
        const registration = await insertRegistration(
          notice === "session_cancelled" ? cancelled.id : session.id,
          person!.userId,
          {
            status,
            heldFrom: status === "confirmed" || status === "offered" ? "general" : null,
            offerExpiresAt: status === "offered" ? new Date(services.now().getTime() + 24 * 3_600_000) : null,
            decisionNote: notice === "application_declined" ? "Please apply again in spring." : null,
            amountCents: 20_000,
          },
        );
        if (notice === "scholarship_decided") {
          await services.db.insert(schema.scholarshipRequest).values({
            registrationId: registration.id,
            needStatement: "private",
            status: "awarded_partial",
            awardCents: 5_000,
          });
        }
        await notify(services.db, [registration.id], notice);
        await drain();
        const mail = lastMailTo(person!.email);
        const want = expected[notice];
        expect(mail, `${locale} ${notice}`).toBeDefined();
        expect(mail!.subject, `${locale} ${notice}`).toContain(want[locale]);
        expect(mail!.language).toBe(locale);
        expect(mail!.text).toContain(locale === "en" ? `Hi ${person!.name},` : `Hola, ${person!.name}:`);
        expect(mail!.html).toContain(`<html lang="${locale}">`);
        if (want.text) expect(mail!.text, `${locale} ${notice}`).toContain(want.text[locale]);
        const ics = calendarOf(mail!);
        if (want.ics) {
          expect(icsHeader(ics ?? "", "METHOD"), `${locale} ${notice}`).toBe(want.ics);
          if (want.ics === "CANCEL") expect(icsEvents(ics!)[0]!.STATUS).toBe("CANCELLED");
        } else {
          expect(ics, `${locale} ${notice}`).toBeNull();
        }
        if (notice === "offer") expect(offerLinks(mail!)).toHaveLength(2);
        // Out of the line again, so the next language's person is third in line too.
        if (status === "waitlisted")
          await services.db
            .update(schema.registration)
            .set({ status: "cancelled" })
            .where(eq(schema.registration.id, registration.id));
        // Join details only where the person holds a confirmed seat.
        const showsJoin = mail!.text.includes(JOIN_URL);
        expect(showsJoin, `${locale} ${notice}`).toBe(
          ["application_approved", "confirmed", "session_changed", "reminder"].includes(notice),
        );
      }
    }
    // Spanish is written in the person's words: no English left in a Spanish message's own sentences.
    const spanishOffer = smtp.messages.find((m) => m.subject === "Hay un lugar para ti en Capacitación básica")!;
    expect(spanishOffer.text).toContain("Sí, quiero el lugar");
    expect(spanishOffer.text).not.toMatch(/seat|Training:/);
    // Times name the reader's zone as Spanish readers know it, not as a bare offset ("GMT-6").
    const spanishConfirmation = smtp.messages.find((m) => m.language === "es" && m.text.includes(JOIN_URL))!;
    expect(spanishConfirmation.text).toMatch(/hora (estándar|de verano) central/);
    expect(spanishConfirmation.text).not.toMatch(/GMT[-+−]\d/);
  });

  it("gives every notice the tries its contract declares, whichever use case queued it", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const [registered, notified] = await seedPeople(services.db, 2, "tries");
    // A person's own registration (placed in a batch) and a notice asked for directly.
    const own = await register(registered!, session.id);
    const other = await insertRegistration(session.id, notified!.userId, { status: "confirmed" });
    await notify(services.db, [other.id], "reminder");
    const rows = await queryRows<{ registration_id: string; max_attempts: number }>(
      services.db,
      sql`SELECT payload->>'registrationId' AS registration_id, max_attempts FROM job
          WHERE name = ${sendRegistrationNoticeJob.name} AND payload->>'registrationId' IN (${own.id}, ${other.id})`,
    );
    expect(sendRegistrationNoticeJob.attempts).toBe(6);
    expect(rows.map((row) => [row.registration_id, row.max_attempts]).sort()).toEqual(
      [
        [own.id, 6],
        [other.id, 6],
      ].sort(),
    );
    await drain();
  });

  it("skips a notice that no longer fits, and sends one email when the same job runs twice", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const [late, twice] = await seedPeople(services.db, 2, "fit");
    const taken = await insertRegistration(session.id, late!.userId, { status: "confirmed" });
    await notify(services.db, [taken.id], "offer");
    await drain();
    expect(mailsTo(late!.email)).toHaveLength(0);
    expect(
      await services.db.select().from(schema.offerLink).where(eq(schema.offerLink.registrationId, taken.id)),
    ).toHaveLength(0);

    const seated = await insertRegistration(session.id, twice!.userId, { status: "confirmed" });
    const first = await sendRegistrationNotice(
      services,
      { registrationId: seated.id, notice: "confirmed" },
      { jobId: 987_654 },
    );
    const second = await sendRegistrationNotice(
      services,
      { registrationId: seated.id, notice: "confirmed" },
      { jobId: 987_654 },
    );
    expect(first).toMatchObject({ sent: true });
    expect(second).toEqual({ sent: false, reason: "already_sent" });
    await drain();
    expect(mailsTo(twice!.email)).toHaveLength(1);
  });

  it("sends an updated calendar entry with a higher SEQUENCE and the same UID when a session changes", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id);
    const [person] = await seedPeople(services.db, 1, "changed");
    await register(person!, session.id);
    await drain();
    const before = icsEvents(calendarOf(lastMailTo(person!.email)!)!)[0]!;

    const startsAt = new Date(session.startsAt.getTime() + 2 * 3_600_000);
    const endsAt = new Date(session.endsAt.getTime() + 2 * 3_600_000);
    await services.db.transaction(async (tx) => {
      await tx
        .update(schema.trainingSession)
        .set({ startsAt, endsAt, calendarSequence: sql`${schema.trainingSession.calendarSequence} + 1` })
        .where(eq(schema.trainingSession.id, session.id));
      await tx
        .update(schema.sessionMeeting)
        .set({ startsAt, endsAt })
        .where(eq(schema.sessionMeeting.sessionId, session.id));
      const live = await tx
        .select({ id: schema.registration.id })
        .from(schema.registration)
        .where(eq(schema.registration.sessionId, session.id));
      await notify(
        tx,
        live.map((r) => r.id),
        "session_changed",
        { round: "1" },
      );
    });
    await drain();
    const mail = lastMailTo(person!.email)!;
    expect(mail.subject).toBe("New details for Core Training");
    const after = icsEvents(calendarOf(mail)!)[0]!;
    expect(after.UID).toBe(before.UID);
    expect(Number(after.SEQUENCE)).toBeGreaterThan(Number(before.SEQUENCE));
    expect(after.DTSTART).toBe(utc(startsAt));
  });

  it("lets an offer be answered from the email: reading the link changes nothing, the button works once", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, {
      overrides: { capacity: 1, joinDetails: "Passcode 4321" },
    });
    const [first, second] = await seedPeople(services.db, 2, "offer");
    const seated = await register(first!, session.id);
    const waiting = await register(second!, session.id);
    await cancelRegistration(services, { viewer: first!, registrationId: seated.id }, actor);
    await drain();
    const offer = mailsTo(second!.email).find((m) => m.subject.startsWith("A seat is open"))!;
    const [accept, decline] = offerLinks(offer);
    expect(offer.text).not.toContain(JOIN_URL);

    // A mail scanner (or the person) opens the link: the page says what the button will do, and nothing happens yet.
    const page = await fetch(`${http.url}/offers/${accept}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("You&#x27;re about to take the seat");
    expect(html).not.toContain(JOIN_URL);
    expect(await statusOf(waiting.id)).toBe("offered");

    const post = (token: string) =>
      fetch(`${http.url}/offers/${token}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "sec-fetch-site": "same-origin",
          origin: http.url,
        },
        body: "",
      });
    const accepted = await post(accept!);
    expect(accepted.status).toBe(200);
    const acceptedHtml = await accepted.text();
    expect(acceptedHtml).toContain("You have a seat");
    expect(acceptedHtml).toContain(JOIN_URL);
    expect(acceptedHtml).toContain("Passcode 4321");
    expect(await statusOf(waiting.id)).toBe("confirmed");

    const again = await post(accept!);
    expect(await again.text()).toContain("This link was already used");
    const other = await post(decline!);
    expect(await other.text()).toContain("This offer is no longer open");
    expect(await statusOf(waiting.id)).toBe("confirmed");
    const unknown = await fetch(`${http.url}/offers/ipo_not-a-real-token`);
    expect(await unknown.text()).toContain("We don&#x27;t recognize this link");

    await drain();
    expect(mailsTo(second!.email).map((m) => m.subject)).toContain("You're registered for Core Training");
  });

  it("refuses an expired offer link, and lets only one of two presses at once take the seat", async () => {
    const course = await seedCourse(services.db);
    const session = await seedSession(services.db, course.id, { overrides: { capacity: 1 } });
    const [first, second] = await seedPeople(services.db, 2, "expire");
    const seated = await register(first!, session.id);
    const waiting = await register(second!, session.id);
    await cancelRegistration(services, { viewer: first!, registrationId: seated.id }, actor);
    await drain();
    const [accept] = offerLinks(mailsTo(second!.email).find((m) => m.subject.startsWith("A seat is open"))!);

    const realNow = services.now;
    services.now = () => new Date(realNow().getTime() + 49 * 3_600_000);
    try {
      const late = await fetch(`${http.url}/offers/${accept}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "sec-fetch-site": "same-origin",
          origin: http.url,
        },
        body: "",
      });
      expect(await late.text()).toContain("This offer has ended");
      expect(await statusOf(waiting.id)).toBe("offered");
    } finally {
      services.now = realNow;
    }

    const both = await Promise.all([
      redeemOfferLink(services, { token: accept! }, actor),
      redeemOfferLink(services, { token: accept! }, actor),
    ]);
    expect(both.map((r) => r.outcome).sort()).toEqual(["accepted", "used"]);
    expect(await statusOf(waiting.id)).toBe("confirmed");
  });

  it("reminds confirmed people once, two days before, even when two workers run at the same moment", async () => {
    const course = await seedCourse(services.db);
    const soon = await seedSession(services.db, course.id, { startsInDays: 1, overrides: { capacity: 2 } });
    const later = await seedSession(services.db, course.id, { startsInDays: 5 });
    const people = await seedPeople(services.db, 4, "remind");
    const soonIds: string[] = [];
    for (const person of people.slice(0, 3)) soonIds.push((await register(person, soon.id)).id);
    await register(people[3]!, later.id);
    await drain();

    // A second app process: its own connection pool on PostgreSQL.
    const other =
      engine === "postgres" ? await openDatabase({ kind: "postgres", url: services.testDatabase.url! }) : null;
    try {
      const runs = await Promise.all([
        remindSessions(services),
        remindSessions(other ? { db: other.db, now: services.now } : services),
      ]);
      expect(runs.flat().filter((id) => id === soon.id)).toHaveLength(1);
      expect(runs.flat()).not.toContain(later.id);
    } finally {
      await other?.close();
    }
    expect(await remindSessions(services)).not.toContain(soon.id);
    const queued = await queryRows<{ id: string }>(
      services.db,
      sql`SELECT payload->>'registrationId' AS id FROM job WHERE name = 'registration-notice' AND payload->>'notice' = 'reminder'`,
    );
    await drain();
    const reminded = people.filter((p) => mailsTo(p.email).some((m) => m.subject === "Core Training starts soon"));
    expect(reminded.map((p) => p.email)).toEqual(people.slice(0, 2).map((p) => p.email));
    expect(mailsTo(people[0]!.email).filter((m) => m.subject === "Core Training starts soon")).toHaveLength(1);
    expect(calendarOf(mailsTo(people[0]!.email).at(-1)!)).toContain("METHOD:REQUEST");
    // The two confirmed people got one reminder each; the one waiting in line got none.
    expect(
      queued
        .map((row) => row.id)
        .filter((id) => soonIds.includes(id))
        .sort(),
    ).toEqual(soonIds.slice(0, 2).sort());
    const [row] = await services.db
      .select({ at: schema.trainingSession.reminderSentAt })
      .from(schema.trainingSession)
      .where(eq(schema.trainingSession.id, soon.id));
    expect(row!.at).not.toBeNull();
  });

  it("serves calendar feeds as text/calendar and keeps join details from strangers", async () => {
    const course = await seedCourse(services.db, { titleEn: "Feed Overview", titleEs: "Panorama del feed" });
    const session = await seedSession(services.db, course.id, { overrides: { joinDetails: "Dial-in 555-0100" } });
    const draft = await seedSession(services.db, course.id, { overrides: { status: "draft" } });
    const email = `feed-${Date.now()}@example.org`;
    await services.auth.api.signUpEmail({ body: { name: "Feed Reader", email, password: PASSWORD } });
    await services.db.update(schema.user).set({ emailVerified: true }).where(eq(schema.user.email, email));
    const [reader] = await services.db.select().from(schema.user).where(eq(schema.user.email, email));
    await insertRegistration(session.id, reader!.id, { status: "confirmed" });
    const cookie = await sessionCookie(services, email, PASSWORD);

    const feed = await fetch(`${http.url}/trainings.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const feedText = await feed.text();
    expect(feedText).toContain(`UID:session-${session.id}-1@localhost`);
    expect(feedText).not.toContain(draft.id);
    expect(feedText).not.toContain(JOIN_URL);
    expect(icsHeader(feedText, "METHOD")).toBe("PUBLISH");
    const spanish = await (await fetch(`${http.url}/trainings.ics`, { headers: { "accept-language": "es" } })).text();
    expect(spanish).toContain("SUMMARY:Panorama del feed");

    const stranger = await fetch(`${http.url}/trainings/${session.id}/calendar.ics`);
    expect(stranger.status).toBe(200);
    expect(stranger.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(stranger.headers.get("content-disposition")).toContain("feed-overview.ics");
    const strangerText = await stranger.text();
    expect(strangerText).toContain("SUMMARY:Feed Overview");
    expect(strangerText).not.toContain(JOIN_URL);
    expect(strangerText).not.toContain("Dial-in");
    const confirmed = await (
      await fetch(`${http.url}/trainings/${session.id}/calendar.ics`, { headers: { cookie } })
    ).text();
    expect(confirmed.replace(/\r\n[ \t]/g, "")).toContain(JOIN_URL);
    expect(confirmed.replace(/\r\n[ \t]/g, "")).toContain("Dial-in 555-0100");
    expect((await fetch(`${http.url}/trainings/${draft.id}/calendar.ics`)).status).toBe(404);

    const { token, url } = await rotatePersonalFeed(
      services.db,
      { userId: reader!.id, publicUrl: services.config.publicUrl },
      actor,
    );
    expect(url).toBe(`http://localhost:3999/calendar/${token}.ics`);
    const personal = await fetch(`${http.url}/calendar/${token}.ics`);
    expect(personal.status).toBe(200);
    expect(personal.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(personal.headers.get("cache-control")).toContain("no-store");
    const personalText = (await personal.text()).replace(/\r\n[ \t]/g, "");
    expect(personalText).toContain(`UID:session-${session.id}-1@localhost`);
    expect(personalText).toContain(JOIN_URL);
    // A new address retires the old one.
    const rotated = await rotatePersonalFeed(
      services.db,
      { userId: reader!.id, publicUrl: services.config.publicUrl },
      actor,
    );
    expect((await fetch(`${http.url}/calendar/${token}.ics`)).status).toBe(404);
    expect((await fetch(`${http.url}/calendar/${rotated.token}.ics`)).status).toBe(200);
    expect((await fetch(`${http.url}/calendar/ipc_guess.ics`)).status).toBe(404);
    const [stored] = await services.db
      .select()
      .from(schema.calendarFeed)
      .where(and(eq(schema.calendarFeed.userId, reader!.id)));
    expect(stored!.tokenHash).not.toContain(rotated.token);
  });
});
