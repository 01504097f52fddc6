// Every environment variable the hub reads, validated once at start; a bad value stops the start with one clear line.
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CronExpressionParser } from "cron-parser";
import { backupScheduleCron } from "#core/backup-schedule.ts";

const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // This machine only: a demo or development hub is not reachable from the network unless HOST says so.
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z.url({ message: "must be the hub's public address, like https://hub.example.org" }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  ALLOW_EMBEDDED_DB: booleanFlag.default(false),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters of random text").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("IPS Hub <hub@localhost>"),
  RATE_LIMIT: z.enum(["on", "off"]).default("on"),
  RATE_LIMIT_SIGNIN_PER_IP: z.coerce.number().int().positive().default(30),
  RATE_LIMIT_SIGNIN_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  WORKER: z.enum(["in-process", "off"]).default("in-process"),
  DEMO: booleanFlag.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // — webhooks —
  WEBHOOKS_ALLOW_PRIVATE_TARGETS: booleanFlag.optional(),
  // — credentials: the verifier may read issuers' keys from loopback (tests, two hubs on one machine) —
  CREDENTIAL_FETCH_ALLOW_LOOPBACK: booleanFlag.default(false),
  CREDENTIAL_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(30000).default(5000),
  // — operations: /metrics and scheduled backups —
  METRICS_TOKEN: z.string().min(24, "must be at least 24 characters of random text").optional(),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_SCHEDULE: z
    .string()
    .default("daily@10:00")
    .transform((text, context) => {
      const cron = backupScheduleCron(text);
      if (cron && parsesAsCron(cron)) return cron;
      context.addIssue({
        code: "custom",
        message: 'must be "daily@HH:MM" (UTC), "every 6h", "every 30m" or a five-field cron line',
      });
      return z.NEVER;
    }),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
});

function parsesAsCron(cron: string): boolean {
  try {
    CronExpressionParser.parse(cron, { tz: "UTC" });
    return true;
  } catch {
    return false;
  }
}

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  publicUrl: string;
  database: { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };
  sessionSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  rateLimit: {
    enabled: boolean;
    /** Wrong passwords from one address per window, across accounts; mail-sending requests per address per window. */
    signInPerIp: number;
    /** Wrong passwords one account may have before each further try waits (core/password-throttle.ts). */
    signInPerAccount: number;
    windowSeconds: number;
  };
  /** How many proxy hops (load balancers) to trust for the client's address. */
  trustProxy: number;
  worker: "in-process" | "off";
  demo: boolean;
  logLevel: string;
  /** Whether webhooks may call this machine or a private network: off in production unless set, on elsewhere (tests receive on loopback). */
  webhooks: { allowNonPublicTargets: boolean };
  /** How the credential verifier fetches issuers' keys and status lists (src/platform/outbound-fetch.ts). */
  credentialFetch: { allowLoopback: boolean; timeoutMs: number };
  /** The bearer token /metrics asks for; without one, /metrics is not served (404). */
  metricsToken: string | undefined;
  /** Scheduled backups into a folder, with a retention count; null when BACKUP_DIR is not set (none are taken). */
  backup: { dir: string; cron: string; keep: number } | null;
};

/** Only for tests (NODE_ENV=test), which write nothing to a data folder: production refuses to run without a secret. */
const TEST_SESSION_SECRET = "development-only-secret-do-not-use-in-production";

/** Where a hub without SESSION_SECRET keeps the secret it made, inside its data folder. */
export const SESSION_SECRET_FILE = "session-secret";

export class ConfigError extends Error {}

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "environment");
    throw new ConfigError(`Configuration error: ${name} ${describeIssue(issue)}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  if (production) {
    if (!env.SESSION_SECRET)
      throw new ConfigError(
        "Configuration error: SESSION_SECRET is required in production (at least 32 random characters)",
      );
    if (!env.SMTP_URL)
      throw new ConfigError("Configuration error: SMTP_URL is required in production (smtp://user:pass@host:587)");
    if (!env.PUBLIC_URL)
      throw new ConfigError("Configuration error: PUBLIC_URL is required in production (https://your-hub.example.org)");
    if (!env.DATABASE_URL && !env.ALLOW_EMBEDDED_DB) {
      throw new ConfigError(
        "Configuration error: DATABASE_URL is required in production (set ALLOW_EMBEDDED_DB=1 to run a small hub on the embedded database)",
      );
    }
    if (env.RATE_LIMIT === "off")
      throw new ConfigError("Configuration error: RATE_LIMIT=off is not allowed in production");
    if (env.CREDENTIAL_FETCH_ALLOW_LOOPBACK)
      throw new ConfigError("Configuration error: CREDENTIAL_FETCH_ALLOW_LOOPBACK is not allowed in production");
  }
  return {
    env: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    database: env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : { kind: "pglite", dataDir: env.DATA_DIR },
    sessionSecret:
      env.SESSION_SECRET ?? (env.NODE_ENV === "test" ? TEST_SESSION_SECRET : sessionSecretOfDataFolder(env.DATA_DIR)),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    rateLimit: {
      enabled: env.RATE_LIMIT === "on",
      signInPerIp: env.RATE_LIMIT_SIGNIN_PER_IP,
      signInPerAccount: env.RATE_LIMIT_SIGNIN_PER_ACCOUNT,
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    },
    trustProxy: env.TRUST_PROXY,
    worker: env.WORKER,
    demo: env.DEMO,
    logLevel: env.LOG_LEVEL,
    webhooks: { allowNonPublicTargets: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS ?? !production },
    credentialFetch: { allowLoopback: env.CREDENTIAL_FETCH_ALLOW_LOOPBACK, timeoutMs: env.CREDENTIAL_FETCH_TIMEOUT_MS },
    metricsToken: env.METRICS_TOKEN,
    backup: env.BACKUP_DIR ? { dir: env.BACKUP_DIR, cron: env.BACKUP_SCHEDULE, keep: env.BACKUP_KEEP } : null,
  };
}

/**
 * What to say at start-up when the hub sits behind a TLS proxy it does not trust: requests then look like plain http,
 * and React Router refuses every page form whose https Origin differs from the http address it sees (400).
 */
export function proxyWarning(config: Pick<Config, "publicUrl" | "trustProxy">): string | null {
  if (config.trustProxy > 0 || new URL(config.publicUrl).protocol !== "https:") return null;
  return (
    "PUBLIC_URL is https but TRUST_PROXY is not set: behind a TLS proxy every page form will answer 400. " +
    "Set TRUST_PROXY=1 (the number of proxies in front) so the hub reads the proxy's X-Forwarded-Proto."
  );
}

/**
 * Development and the demo without SESSION_SECRET: a random secret made the first time and kept in the data folder
 * (readable by its owner only), so nobody can forge sessions or check-in codes with a secret printed in the source,
 * and sessions survive a restart. The folder is DATA_DIR on PostgreSQL too: processes that share a database share
 * the secret only if they share the folder, otherwise set SESSION_SECRET.
 */
function sessionSecretOfDataFolder(dataDir: string): string {
  const file = path.join(dataDir, SESSION_SECRET_FILE);
  const kept = readKeptSecret(file);
  if (kept) return kept;
  mkdirSync(dataDir, { recursive: true });
  // Written whole under another name and then linked, so a process starting at the same moment never reads half.
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(48).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    unlinkSync(draft);
  }
  return readKeptSecret(file)!;
}

function readKeptSecret(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (text.length < 32)
    throw new ConfigError(
      `Configuration error: ${file} must hold at least 32 characters of random text (delete it to make a new one)`,
    );
  return text;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_value" && "values" in issue) {
    return `must be one of ${issue.values.map(String).join(", ")}`;
  }
  if (issue.code === "invalid_type") return "must be a number";
  return issue.message;
}
