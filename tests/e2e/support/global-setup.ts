// Once per end-to-end run: choose the one engine the browser tests run on and seed the demo hub's database for it.
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { CHROMIUM_PATH, endToEndEngine } from "./environment.ts";
import { seedDemoTemplate, type DemoTemplate } from "./demo-template.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The seeded demo each test file's hub starts from a copy of; null when the browser tests will not run. */
    demoTemplate: DemoTemplate | null;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  // Without Chromium every file skips (or fails under CI) on its own; there is nothing to seed for.
  if (!existsSync(CHROMIUM_PATH)) {
    project.provide("demoTemplate", null);
    return;
  }
  const startedAt = Date.now();
  const seeded = await seedDemoTemplate(endToEndEngine());
  console.info(
    `[e2e] demo hub seeded once on ${seeded.template.engine} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  project.provide("demoTemplate", seeded.template);
  return seeded.remove;
}
