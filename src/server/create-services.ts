// The composition root: builds the one set of stateful services (database, auth, mail, clock) a process uses. The
// server, the CLI, tests and benchmarks call it; nothing they build on imports it, so wiring a feature in (auth's mail
// goes through the mail feature's outbox) makes no layer below depend on that feature.
import nodemailer from "nodemailer";
import type { Config } from "#platform/config.ts";
import type { Logger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createAuth, type Auth } from "#platform/auth.ts";
import { openDatabase, type DatabaseHandle } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { queueMail } from "#features/mail/queue-mail.ts";
import { revokeAllPersonalAccessTokens } from "#features/tokens/personal-access-tokens.ts";

export async function createServices(
  config: Config,
  logger: Logger,
  options: { migrate?: boolean; database?: DatabaseHandle } = {},
): Promise<Services> {
  const database =
    options.database ??
    (await openDatabase(
      config.database.kind === "postgres"
        ? { kind: "postgres", url: config.database.url }
        : { kind: "pglite", dataDir: config.database.dataDir },
    ));
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
    afterPasswordReset: async (tx, userId) => {
      await revokeAllPersonalAccessTokens(tx, {
        userId,
        now: services.now(),
        actor: { userId, label: "password-reset" },
        reason: "password.reset",
      });
    },
  });
  return services;
}
