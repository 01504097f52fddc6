// The command line on both engines: create-admin, token, backup and restore, and a clear line for bad config.
import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { authenticateToken } from "#features/tokens/personal-access-tokens.ts";
import { openDatabase } from "#db/client.ts";

const run = promisify(execFile);

async function hub(env: Record<string, string>, ...args: string[]) {
  try {
    const { stdout, stderr } = await run("node", ["--import", "./load-typescript.js", "src/cli/hub.ts", ...args], {
      env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "silent", ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Each command is a fresh process; PostgreSQL is covered for the same features in backup.test.ts and
// accounts tests, so the slower process-level run stays on the embedded engine only.
describe("hub CLI on the embedded database", () => {
  const folder = mkdtempSync(path.join(tmpdir(), "ips-cli-"));
  const env = { DATA_DIR: path.join(folder, "data") };

  it("creates an admin, prints a working token, and refuses a second account with the same email", async () => {
    const created = await hub(
      env,
      "create-admin",
      "--email",
      "Lead@Example.org",
      "--password",
      "a long enough password",
      "--name",
      "Lead",
    );
    expect(created.stdout).toContain("Admin lead@example.org created");
    const again = await hub(env, "create-admin", "--email", "lead@example.org", "--password", "a long enough password");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");

    const issued = await hub(env, "token", "--email", "lead@example.org", "--days", "7");
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim();
    expect(token).toMatch(/^iph_[\w-]{40,}$/);
    const handle = await openDatabase({ kind: "pglite", dataDir: env.DATA_DIR });
    try {
      expect(await authenticateToken(handle.db, token, new Date())).toEqual(expect.any(String));
    } finally {
      await handle.close();
    }
  });

  it("explains usage mistakes", async () => {
    const missing = await hub(env, "create-admin", "--email", "x@example.org");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("create-admin needs --email and --password");
    const short = await hub(env, "create-admin", "--email", "y@example.org", "--password", "short");
    expect(short.code).toBe(1);
    expect(short.stderr).toContain("password: Use at least 10 characters");
  });

  // Four fresh processes, each loading the app through tsx: give them room on a busy two-core machine.
  it("backs up and restores through the command line", { timeout: 240_000 }, async () => {
    const file = path.join(folder, "hub.jsonl");
    const backup = await hub(env, "backup", file);
    expect(backup.stdout).toMatch(/Backed up \d+ rows in \d+ tables/);
    await hub(env, "create-admin", "--email", "later@example.org", "--password", "a long enough password");
    const restore = await hub(env, "restore", file);
    expect(restore.stdout).toMatch(/Restored \d+ rows/);
    const again = await hub(
      env,
      "create-admin",
      "--email",
      "later@example.org",
      "--password",
      "a long enough password",
    );
    expect(again.code).toBe(0);
  });
});

describe("configuration errors", () => {
  it("stop the start with one line naming the variable", async () => {
    const result = await hub({ PORT: "eighty" }, "migrate");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("Configuration error: PORT must be a number");
  });

  it("refuse production with development defaults", async () => {
    const result = await hub({ NODE_ENV: "production", DATABASE_URL: "postgres://x@127.0.0.1:1/none" }, "migrate");
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Configuration error: SESSION_SECRET is required in production/);
  });
});
