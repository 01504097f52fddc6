// The composition root: builds the one set of stateful services (database, auth, mail, jobs) a process uses.
import nodemailer, { type Transporter } from "nodemailer";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import { openDatabase, type Database, type DatabaseHandle } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { createAuth, type Auth } from "#features/accounts/auth.ts";
import { queueMail } from "#features/mail/queue-mail.ts";

export type Services = {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  db: Database;
  auth: Auth;
  /** Undefined when SMTP_URL is not set: messages are then kept in the outbox for admins to read. */
  mailTransport: Transporter | undefined;
  now: () => Date;
  /** Set by whoever runs a worker in this process, so new jobs start at once instead of at the next poll. */
  onJobQueued: () => void;
  close(): Promise<void>;
};

export async function createServices(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; database?: DatabaseHandle } = {},
): Promise<Services> {
  const database =
    options.database ??
    (await openDatabase(config.database.kind === "postgres" ? { kind: "postgres", url: config.database.url } : { kind: "pglite", dataDir: config.database.dataDir }));
  if (options.migrate ?? true) await migrateDatabase(database);
  const mailTransport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;

  const services: Services = {
    config,
    logger,
    database,
    db: database.db,
    mailTransport,
    now: () => new Date(),
    onJobQueued: () => undefined,
    auth: undefined as unknown as Auth,
    async close() {
      mailTransport?.close();
      await database.close();
    },
  };
  services.auth = createAuth({
    db: database.db,
    config,
    logger,
    sendMail: async ({ to, locale, template, link, name }) => {
      await queueMail(services.db, { to, locale, template, link, recipientName: name });
      services.onJobQueued();
    },
  });
  return services;
}
