// Test projects: unit (pure core), integration (features, API and jobs on both engines), e2e (Chromium).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
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
          testTimeout: 60_000,
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
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: "forks",
          fileParallelism: false,
        },
      },
    ],
  },
});
