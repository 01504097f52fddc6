import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

const production = {
  NODE_ENV: "production",
  SESSION_SECRET: "x".repeat(40),
  SMTP_URL: "smtp://mail.example.org:587",
  PUBLIC_URL: "https://hub.example.org",
  DATABASE_URL: "postgres://hub@db.example.org/hub",
};

describe("loadConfig", () => {
  it("runs on the embedded database with development defaults", () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ kind: "pglite", dataDir: "./data" });
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.rateLimit.enabled).toBe(true);
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@localhost/db" }).database).toEqual({
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
    expect(loadConfig({ RATE_LIMIT: "off" }).rateLimit.enabled).toBe(false);
  });
});
