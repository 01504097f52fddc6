// Mail on every engine, against a real SMTP server on loopback: delivery, language, outbox states, retries, no double send.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { deliverMailJob } from "#features/mail/deliver-mail.job.ts";
import { findOutboxMessage } from "#features/mail/list-outbox.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { enqueue } from "#platform/jobs/queue.ts";
import { allJobs } from "#jobs/registry.ts";
import { createWorker, drainJobs } from "#jobs/worker.ts";
import { enginesUnderTest } from "../support/databases.ts";
import { createTestServices, type TestServices } from "../support/services.ts";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.ts";

describe.each(enginesUnderTest())("mail on %s", (engine) => {
  let smtp: TestSmtpServer;
  let services: TestServices;

  const sentTo = (address: string) => smtp.messages.filter((m) => m.to.includes(address));
  const deliveryJob = async (messageId: string) => {
    const rows = await services.database.query<{
      id: string;
      status: string;
      attempts: number;
      last_error: string | null;
      run_at: Date;
    }>(
      "SELECT id, status, attempts, last_error, run_at FROM job WHERE name = 'mail.deliver' AND payload->>'messageId' = $1 ORDER BY id",
      [messageId],
    );
    expect(rows).toHaveLength(1);
    return { ...rows[0]!, run_at: new Date(rows[0]!.run_at) };
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    services = await createTestServices(engine, {
      SMTP_URL: smtp.url,
      MAIL_FROM: "Willamette IPS Hub <hub@example.org>",
    });
  });
  afterAll(async () => {
    await services?.close();
    await smtp?.stop();
  });
  beforeEach(() => smtp.refuseRecipients(null));

  it("delivers a queued message over SMTP with a subject, a plain-text part and an HTML part", async () => {
    const link = "http://localhost:3999/verify-email?token=abc123";
    const id = await queueMail(services.db, {
      to: "sam@example.org",
      locale: "en",
      recipientName: "Sam",
      template: "verify-email",
      link,
    });
    expect((await findOutboxMessage(services.db, id))?.status).toBe("queued");

    await drainJobs(createWorker(services, { jobs: allJobs }));

    const [mail, ...more] = sentTo("sam@example.org");
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Confirm your email address for IPS Hub");
    expect(mail!.from).toBe("hub@example.org");
    expect(mail!.text).toContain("Hi Sam,");
    expect(mail!.text).toContain(link);
    expect(mail!.html).toContain('<html lang="en">');
    expect(mail!.html).toContain(`href="${link}"`);
    expect(mail!.language).toBe("en");

    const row = await findOutboxMessage(services.db, id);
    expect(row?.status).toBe("sent");
    expect(row?.sentAt).not.toBeNull();
    expect(row?.attempts).toBe(1);
    expect((await deliveryJob(id)).status).toBe("done");
  });

  it("writes each message in the recipient's language", async () => {
    const link = "http://localhost:3999/sign-in/magic?token=xyz";
    const id = await queueMail(services.db, {
      to: "rosa@example.org",
      locale: "es",
      recipientName: "Rosa",
      template: "verify-email",
      link,
    });
    await drainJobs(createWorker(services, { jobs: allJobs }));

    const [mail] = sentTo("rosa@example.org");
    expect(mail!.subject).toBe("Confirma tu correo electrónico para IPS Hub");
    expect(mail!.text).toContain("Hola, Rosa:");
    expect(mail!.text).toContain("Confirmar mi correo");
    expect(mail!.text).not.toContain("Confirm my email");
    expect(mail!.html).toContain('<html lang="es">');
    expect(mail!.language).toBe("es");
    expect((await findOutboxMessage(services.db, id))?.locale).toBe("es");
  });

  it("keeps a failed delivery for a retry with the error, then delivers it on the next try", async () => {
    smtp.refuseRecipients((address) => address === "kai@example.org");
    const id = await queueMail(services.db, {
      to: "kai@example.org",
      locale: "en",
      recipientName: "Kai",
      template: "magic-link",
      link: "http://localhost:3999/magic-link?token=t1",
    });
    const worker = createWorker(services, { jobs: allJobs });
    const before = Date.now();
    expect(await worker.tick()).toBe(1);

    const job = await deliveryJob(id);
    expect(job.status).toBe("pending");
    expect(job.attempts).toBe(1);
    expect(job.last_error).toMatch(/550|not accepting/);
    expect(job.run_at.getTime()).toBeGreaterThan(before);
    const row = await findOutboxMessage(services.db, id);
    expect(row?.status).toBe("queued");
    expect(row?.lastError).toMatch(/550|not accepting/);
    expect(row?.attempts).toBe(1);
    expect(sentTo("kai@example.org")).toHaveLength(0);

    // The mailbox accepts mail again; when the retry is due, the message goes out.
    smtp.refuseRecipients(null);
    await services.database.query("UPDATE job SET run_at = now() WHERE id = $1", [job.id]);
    expect(await worker.tick()).toBe(1);
    expect(sentTo("kai@example.org")).toHaveLength(1);
    const sent = await findOutboxMessage(services.db, id);
    expect(sent?.status).toBe("sent");
    expect(sent?.attempts).toBe(2);
    expect(sent?.lastError).toBeNull();
    expect((await deliveryJob(id)).status).toBe("done");
  });

  it("marks the outbox row failed once the last try failed", async () => {
    smtp.refuseRecipients((address) => address === "nobody@example.org");
    const id = await queueMail(services.db, {
      to: "nobody@example.org",
      locale: "en",
      recipientName: "Nobody",
      template: "magic-link",
      link: "http://localhost:3999/magic-link?token=t2",
    });
    const worker = createWorker(services, { jobs: allJobs });
    const maxAttempts = deliverMailJob.attempts;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const job = await deliveryJob(id);
      await services.database.query("UPDATE job SET run_at = now() WHERE id = $1", [job.id]);
      expect(await worker.tick()).toBe(1);
      const row = await findOutboxMessage(services.db, id);
      expect(row?.status, `after try ${attempt}`).toBe(attempt < maxAttempts ? "queued" : "failed");
    }
    expect((await deliveryJob(id)).status).toBe("failed");
    expect((await findOutboxMessage(services.db, id))?.attempts).toBe(maxAttempts);
    expect(sentTo("nobody@example.org")).toHaveLength(0);
  });

  it("sends once even when the delivery job runs twice", async () => {
    const id = await queueMail(services.db, {
      to: "maya@example.org",
      locale: "en",
      recipientName: "Maya",
      template: "reset-password",
      link: "http://localhost:3999/reset-password?token=r1",
    });
    const worker = createWorker(services, { jobs: allJobs });
    await drainJobs(worker);
    expect(sentTo("maya@example.org")).toHaveLength(1);

    // The same delivery again (a retry after a lost acknowledgement, or a second enqueue).
    await enqueue(services.db, deliverMailJob, { messageId: id });
    expect(await worker.tick()).toBe(1);
    await drainJobs(worker);
    expect(sentTo("maya@example.org")).toHaveLength(1);
    expect((await findOutboxMessage(services.db, id))?.status).toBe("sent");
  });

  it("without SMTP_URL keeps the message in the outbox and sends nothing", async () => {
    const offline = await createTestServices(engine);
    try {
      expect(offline.mailTransport).toBeUndefined();
      const received = smtp.messages.length;
      const id = await queueMail(offline.db, {
        to: "jordan@example.org",
        locale: "en",
        recipientName: "Jordan",
        template: "verify-email",
        link: "http://localhost:3999/verify-email?token=k1",
      });
      await drainJobs(createWorker(offline, { jobs: allJobs }));
      const row = await findOutboxMessage(offline.db, id);
      expect(row?.status).toBe("kept");
      expect(row?.sentAt).toBeNull();
      // The admin outbox page shows the full message.
      expect(row?.subject).toBe("Confirm your email address for IPS Hub");
      expect(row?.text).toContain("verify-email?token=k1");
      expect(smtp.messages.length).toBe(received);
    } finally {
      await offline.close();
    }
  });
});
