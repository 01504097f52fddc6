// What the end-to-end suite needs from the machine (a build, Chromium, PostgreSQL under CI), the one engine it runs on,
// and how it reacts when something is missing.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import type { Engine } from "../../support/databases.ts";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** CI=true (or any value but 0/false): missing tools fail the run instead of skipping. */
export function underCi(): boolean {
  const value = process.env.CI;
  return Boolean(value) && !["0", "false"].includes(value!.toLowerCase());
}

/**
 * The browser tests run once, on PostgreSQL when TEST_DATABASE_URL names a server (CI always does), else on PGlite:
 * what differs between the engines is covered by the integration tests, which run on both.
 */
export function endToEndEngine(): Engine {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

/** Throws with the fix when the React Router build the hub serves is missing. */
export function requireBuild(): void {
  const serverBuild = path.join(repoRoot, "build", "server", "index.js");
  if (!existsSync(serverBuild)) {
    throw new Error(
      `The end-to-end tests serve the built app, but ${serverBuild} does not exist. Run \`npm run build\` first (\`npm test\` does it for you).`,
    );
  }
}

/** Why this machine cannot run browser tests, or null when it can. */
function missingBrowser(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
}

/**
 * A describe block for browser tests, on the run's one engine (see endToEndEngine). Locally a missing Chromium skips the suite with the
 * reason printed; under CI it fails, and so does a missing TEST_DATABASE_URL (PostgreSQL must be covered).
 */
export function describeEndToEnd(name: string, body: (engine: Engine) => void): void {
  const browserProblem = missingBrowser();
  if (browserProblem) {
    if (underCi()) {
      describe(name, () => {
        it("needs Chromium under CI", () => {
          throw new Error(`${browserProblem}; CI must run the browser tests.`);
        });
      });
    } else {
      console.warn(`[e2e] ${name}: skipped, ${browserProblem}`);
      describe.skip(`${name} (skipped: ${browserProblem})`, () => {
        it("needs Chromium", () => undefined);
      });
    }
    return;
  }
  if (underCi() && !process.env.TEST_DATABASE_URL) {
    describe(name, () => {
      it("needs PostgreSQL under CI", () => {
        throw new Error(
          "CI is set but TEST_DATABASE_URL is not: the browser tests must also run on PostgreSQL (see .ci/run).",
        );
      });
    });
  }
  describe.each([endToEndEngine()])(`${name} on %s`, body);
}
