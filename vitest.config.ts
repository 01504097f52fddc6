// Test projects: unit (pure core), integration (features, API and jobs on both engines), e2e (Chromium, once, on
// PostgreSQL when TEST_DATABASE_URL is set, else PGlite: see docs/decisions/0021-end-to-end-once-on-postgresql.md).
// Every file has its own databases and its own hub process, so files may run side by side.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Two test files at a time even on a two-core machine (Vitest's default there is one): most of a file's time is
    // spent waiting on PostgreSQL, a hub process or Chromium, not on its own CPU. See
    // docs/decisions/0048-two-test-files-at-a-time.md.
    maxWorkers: 2,
    // The built app is loaded by Node itself, as in production, so it shares one copy of react-router with the server.
    server: { deps: { external: [/\/build\/server\//] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["src/**/*.test.ts"], environment: "node" } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Migrates one database per engine per run; every test database is a copy of it.
          globalSetup: ["tests/support/global-setup.ts"],
          // Room for the slowest tests (every page route for every role, a fresh CLI process per command) while another
          // file runs beside them.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          // Seeds the demo hub's database once per run; each file's hub starts from a copy of it.
          globalSetup: ["tests/e2e/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: "forks",
        },
      },
    ],
  },
});
