// The Nu HTML checker (vnu-jar, on Java) reads the demo hub's main pages as the server renders them, signed out and
// signed in, in English and Spanish: no errors allowed; warnings are printed for a person to read.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { APIRequestContext } from "playwright-core";
import { launchBrowser, type BrowserSession } from "./support/browser.ts";
import { describeEndToEnd, underCi } from "./support/environment.ts";
import { startHubProcess, type HubProcess } from "./support/hub-process.ts";
import { DEMO_PASSWORD, signIn, type Language } from "./support/pages.ts";

const run = promisify(execFile);
const VNU_JAR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build/dist/vnu.jar",
);

type VnuMessage = {
  type: "error" | "info" | "non-document-error";
  subType?: "warning" | "fatal";
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
};

/** Java on this machine, or null (then the test skips locally and fails under CI: .ci/run installs it). */
async function javaVersion(): Promise<string | null> {
  try {
    const { stderr } = await run("java", ["-version"]);
    return stderr.split("\n")[0] ?? "java";
  } catch {
    return null;
  }
}

/** Runs the checker once over every file (one JVM start) and returns its messages. */
async function checkHtml(files: string[]): Promise<VnuMessage[]> {
  // The checker exits 1 when it finds errors; its JSON report is the answer either way.
  const outcome = await run("java", ["-jar", VNU_JAR, "--format", "json", "--stdout", ...files], {
    maxBuffer: 64 * 1024 * 1024,
  }).catch((error: { stdout?: string; stderr?: string }) => ({
    stdout: error.stdout ?? "",
    stderr: error.stderr ?? "",
  }));
  const report = JSON.parse(outcome.stdout || "{}") as { messages?: VnuMessage[] };
  if (!report.messages) throw new Error(`The Nu HTML checker gave no report: ${outcome.stderr}`);
  return report.messages;
}

describeEndToEnd("valid HTML (Nu HTML checker)", (engine) => {
  let hub: HubProcess;
  let session: BrowserSession;
  let folder: string;
  let java: string | null;

  beforeAll(async () => {
    java = await javaVersion();
    if (!java) return;
    folder = await mkdtemp(path.join(tmpdir(), "ipshub-vnu-"));
    hub = await startHubProcess({ engine });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await hub?.stop();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  /** The page's HTML as the server sends it (not the DOM after hydration), with the context's cookies. */
  async function fetchPage(request: APIRequestContext, pathname: string, status: number): Promise<string> {
    const response = await request.get(`${hub.url}${pathname}`, { maxRedirects: 0 });
    expect(response.status(), `${pathname} answers ${status}`).toBe(status);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    return response.text();
  }

  it("finds no errors on the main pages, signed out and signed in, in English and Spanish", async (context) => {
    if (!java) {
      if (underCi()) throw new Error("Java is missing: .ci/run installs default-jre-headless for the Nu HTML checker");
      console.warn("[e2e] Nu HTML checker skipped: no java on PATH (apt-get install default-jre-headless)");
      context.skip();
    }
    const pages: { name: string; html: string }[] = [];
    const people: Record<Language, string> = { en: "sam@example.org", es: "rosa@example.org" };
    for (const language of ["en", "es"] as const) {
      const guest = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-ES" });
      const catalog = await fetchPage(guest.request, "/trainings", 200);
      const sessionPath = /href="(\/trainings\/[0-9a-f-]{36})"/.exec(catalog)?.[1];
      expect(sessionPath, "the demo catalog links to a session").toBeTruthy();
      const signedOut: [string, number][] = [
        ["/", 200],
        [`${sessionPath}`, 200],
        ["/sign-in", 200],
        ["/sign-up", 200],
        ["/support", 200],
        ["/learn", 200],
        ["/impact", 200],
        ["/verify", 200],
        ["/no-such-page", 404],
      ];
      pages.push({ name: `${language}-trainings`, html: catalog });
      for (const [pathname, status] of signedOut)
        pages.push({ name: `${language}-${pathname}`, html: await fetchPage(guest.request, pathname, status) });
      await guest.close();

      const member = await session.browser.newContext({ locale: language === "en" ? "en-US" : "es-ES" });
      await signIn(await member.newPage(), hub.url, people[language], DEMO_PASSWORD, language);
      for (const [pathname, status] of [
        ["/my/trainings", 200],
        ["/account", 200],
        ["/my/certificates", 200],
        ["/admin", 403],
      ] as const)
        pages.push({
          name: `${language}-signed-in-${pathname}`,
          html: await fetchPage(member.request, pathname, status),
        });
      await member.close();
    }

    const files = new Map<string, string>();
    for (const [index, page] of pages.entries()) {
      const file = path.join(
        folder,
        `${String(index).padStart(2, "0")}-${page.name.replace(/[^a-z0-9-]+/gi, "_")}.html`,
      );
      await writeFile(file, page.html);
      files.set(`file:${file}`, page.name);
    }
    // A page with a known error goes through the same run, so a checker that read nothing could not pass the test.
    const control = path.join(folder, "control.html");
    await writeFile(
      control,
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><img src="x"></body></html>',
    );
    const all = await checkHtml([control, ...[...files.keys()].map((url) => url.slice("file:".length))]);
    expect(all.filter((message) => message.url === `file:${control}` && message.type === "error")).toHaveLength(1);
    const messages = all.filter((message) => message.url !== `file:${control}`);
    expect(files.size).toBe(pages.length);
    const where = (message: VnuMessage) =>
      `${files.get(message.url ?? "") ?? message.url}:${message.lastLine ?? "?"} ${message.message}` +
      (message.extract ? `\n    ${message.extract.replace(/\s+/g, " ").trim()}` : "");
    // React writes void elements as <br/>: the checker's note on that is the same on every page, so it is counted once.
    const trailingSlash = /^Trailing slash on void elements/;
    const slashes = messages.filter((message) => message.type === "info" && trailingSlash.test(message.message));
    if (slashes.length > 0) console.info(`[e2e] Nu HTML checker: ${slashes.length} notes on React's "<br/>" style`);
    const warnings = messages.filter((message) => message.type === "info" && !trailingSlash.test(message.message));
    if (warnings.length > 0) console.info(`[e2e] Nu HTML checker warnings:\n${warnings.map(where).join("\n")}`);
    const errors = messages.filter((message) => message.type !== "info");
    expect(errors.map(where), errors.map(where).join("\n")).toEqual([]);
  });
});
