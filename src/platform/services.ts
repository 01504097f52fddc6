// The one set of stateful services (database, auth, mail transport, clock) a process uses, as every use case sees it.
// Built by the composition root, src/server/create-services.ts, which nothing below the server and CLI imports.
import type { Transporter } from "nodemailer";
import type { Config } from "./config.ts";
import type { Logger } from "./logger.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import type { Auth } from "./auth.ts";

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
