// Serves the built app in-process on a free port over test services, and signs people in for requests.
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "react-router";
import { createHttpApp } from "#server/http-app.ts";
import { answerParserRefusals } from "#server/body-limits.ts";
import type { Services } from "#platform/services.ts";

export type TestHttp = { url: string; close(): Promise<void> };

export async function serveForTest(
  services: Services,
  /** `port`: a port chosen beforehand, for a hub whose PUBLIC_URL must name where it is served (see `freePort`). */
  options: { pageMode?: "production" | "development"; port?: number } = {},
): Promise<TestHttp> {
  const entry = path.resolve("build/server/index.js");
  if (!existsSync(entry))
    throw new Error("build/ is missing: run `npm run build` before the HTTP tests (npm test does).");
  const build = (await import(pathToFileURL(entry).href)) as ServerBuild;
  const app = createHttpApp({
    services,
    getBuild: async () => build,
    clientDir: path.resolve("build/client"),
    pageMode: options.pageMode,
  });
  const server = await new Promise<import("node:http").Server>((resolve) => {
    const listening = app.listen(options.port ?? 0, "127.0.0.1", () => resolve(listening));
    answerParserRefusals(listening);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port free on loopback now, to give a test hub a PUBLIC_URL before it is served there. */
export async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A Cookie header for a signed-in session of this person. */
export async function sessionCookie(services: Services, email: string, password: string): Promise<string> {
  const { headers } = await services.auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
