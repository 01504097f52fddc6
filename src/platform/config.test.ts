import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, proxyWarning } from "./config.ts";

const production = {
  NODE_ENV: "production",
  SESSION_SECRET: "x".repeat(40),
  SMTP_URL: "smtp://mail.example.org:587",
  PUBLIC_URL: "https://hub.example.org",
  DATABASE_URL: "postgres://hub@db.example.org/hub",
};

// A secret given, so these tests write no secret into a ./data folder of the working copy (a developer's demo hub).
const secret = { SESSION_SECRET: "s".repeat(40) };

describe("loadConfig", () => {
  it("runs on the embedded database with development defaults", () => {
    const config = loadConfig({ ...secret });
    expect(config.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.rateLimit.enabled).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({ ...secret, DATABASE_URL: "postgres://u@localhost/db" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@localhost/db",
    });
  });

  it.each([
    [{ PORT: "eighty" }, "Configuration error: PORT must be a number"],
    [{ DATABASE_URL: "mysql://x" }, "Configuration error: DATABASE_URL must start with postgres:// or postgresql://"],
    [{ RATE_LIMIT: "maybe" }, "Configuration error: RATE_LIMIT must be one of on, off"],
    [{ SESSION_SECRET: "short" }, "Configuration error: SESSION_SECRET must be at least 32 characters of random text"],
  ])("names the bad variable in one line: %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it("starts in production only with real settings", () => {
    expect(loadConfig(production).env).toBe("production");
    for (const missing of ["SESSION_SECRET", "SMTP_URL", "PUBLIC_URL"] as const) {
      const env: Record<string, string> = { ...production };
      delete env[missing];
      expect(() => loadConfig(env)).toThrow(new RegExp(`^Configuration error: ${missing} is required in production`));
    }
  });

  it("refuses the embedded database in production unless explicitly allowed", () => {
    const { DATABASE_URL: _omit, ...embedded } = production;
    expect(() => loadConfig(embedded)).toThrow(/DATABASE_URL is required in production/);
    expect(loadConfig({ ...embedded, ALLOW_EMBEDDED_DB: "1" }).database.kind).toBe("pglite");
  });

  it("refuses RATE_LIMIT=off in production", () => {
    expect(() => loadConfig({ ...production, RATE_LIMIT: "off" })).toThrow(
      /RATE_LIMIT=off is not allowed in production/,
    );
    expect(loadConfig({ ...secret, RATE_LIMIT: "off" }).rateLimit.enabled).toBe(false);
  });
});

describe("the session secret without SESSION_SECRET", () => {
  const folders: string[] = [];
  const dataFolder = () => {
    const folder = mkdtempSync(path.join(tmpdir(), "ips-hub-config-"));
    folders.push(folder);
    return path.join(folder, "data");
  };
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it("is made at random once per data folder, kept there for its owner only, and the same at the next start", () => {
    const dataDir = dataFolder();
    const first = loadConfig({ DATA_DIR: dataDir }).sessionSecret;
    expect(first).toMatch(/^[\w-]{64}$/);
    expect(first).not.toBe("development-only-secret-do-not-use-in-production");
    const file = path.join(dataDir, "session-secret");
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    if (process.platform !== "win32") expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).sessionSecret).toBe(first);
    expect(loadConfig({ DATA_DIR: dataFolder() }).sessionSecret).not.toBe(first);
  });

  it("lives in the data folder on PostgreSQL too, so development on a server database keeps its sessions", () => {
    const dataDir = dataFolder();
    const onPostgres = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: "postgres://u@localhost/db" }).sessionSecret;
    expect(onPostgres).toBe(readFileSync(path.join(dataDir, "session-secret"), "utf8").trim());
  });

  it("is the one set when SESSION_SECRET is given, and nothing is written", () => {
    const dataDir = dataFolder();
    expect(loadConfig({ DATA_DIR: dataDir, SESSION_SECRET: "s".repeat(40) }).sessionSecret).toBe("s".repeat(40));
    expect(() => statSync(dataDir)).toThrow();
  });
});

describe("where the hub listens", () => {
  it("is this machine only unless HOST says otherwise", () => {
    expect(loadConfig({ NODE_ENV: "test" }).host).toBe("127.0.0.1");
    expect(loadConfig({ NODE_ENV: "test", HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
  });
});

describe("the start-up warning about a TLS proxy", () => {
  const config = (env: Record<string, string>) => loadConfig({ NODE_ENV: "test", ...env });

  it("names TRUST_PROXY when the public address is https and no proxy is trusted", () => {
    expect(proxyWarning(config({ PUBLIC_URL: "https://hub.example.org" }))).toMatch(
      /^PUBLIC_URL is https but TRUST_PROXY is not set: .*every page form will answer 400.*TRUST_PROXY=1/,
    );
    expect(proxyWarning(config({ PUBLIC_URL: "https://hub.example.org", TRUST_PROXY: "0" }))).not.toBeNull();
  });

  it("stays quiet with a trusted proxy, or on plain http", () => {
    expect(proxyWarning(config({ PUBLIC_URL: "https://hub.example.org", TRUST_PROXY: "1" }))).toBeNull();
    expect(proxyWarning(config({ PUBLIC_URL: "http://localhost:3000" }))).toBeNull();
    expect(proxyWarning(config({}))).toBeNull();
  });
});

describe("operations settings", () => {
  const config = (env: Record<string, string>) => loadConfig({ NODE_ENV: "test", ...env });

  it("serves no metrics and takes no scheduled backups unless told to", () => {
    expect(config({}).metricsToken).toBeUndefined();
    expect(config({}).backup).toBeNull();
    expect(config({ BACKUP_SCHEDULE: "every 6h", BACKUP_KEEP: "3" }).backup).toBeNull();
  });

  it("reads the metrics token and the backup folder, schedule and retention", () => {
    expect(config({ METRICS_TOKEN: "m".repeat(32) }).metricsToken).toBe("m".repeat(32));
    expect(config({ BACKUP_DIR: "/var/backups/hub" }).backup).toEqual({
      dir: "/var/backups/hub",
      cron: "0 10 * * *",
      keep: 14,
    });
    expect(config({ BACKUP_DIR: "/b", BACKUP_SCHEDULE: "every 6h", BACKUP_KEEP: "30" }).backup).toEqual({
      dir: "/b",
      cron: "0 */6 * * *",
      keep: 30,
    });
    expect(config({ BACKUP_DIR: "/b", BACKUP_SCHEDULE: "15 3 * * 1" }).backup?.cron).toBe("15 3 * * 1");
  });

  it.each([
    [{ METRICS_TOKEN: "short" }, /^Configuration error: METRICS_TOKEN must be at least 24 characters/],
    [{ BACKUP_SCHEDULE: "weekly" }, /^Configuration error: BACKUP_SCHEDULE must be "daily@HH:MM"/],
    [{ BACKUP_SCHEDULE: "99 99 * * *" }, /^Configuration error: BACKUP_SCHEDULE must be/],
    [{ BACKUP_KEEP: "none" }, /^Configuration error: BACKUP_KEEP must be a number/],
  ])("names a bad operations setting: %o", (env, message) => {
    expect(() => config(env)).toThrow(message);
  });
});
