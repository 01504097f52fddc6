// `npm run bench:credentials`: issue a 30-person session's credentials (signed VC-JWT + rendered PDF) and time it
// (target < 5 s); then /verify/{code} and POST /api/v1/credentials/verify under 50 connections against a bare React Router
// page measured in the same run (target: each at least half its throughput). PGlite always; PostgreSQL when reachable.
// It also prints, for reference, the page for 30 codes in turn and rendered afresh (a code's first visit), and /learn.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import { loadConfig } from "#platform/config.ts";
import { createLogger } from "#platform/logger.ts";
import type { Services } from "#platform/services.ts";
import { createServices } from "#server/create-services.ts";
import { issueCredential } from "#features/credentials/issue-credential.ts";
import { currentSigningKey } from "#features/credentials/signing-keys.ts";
import { readCertificateContent, renderCertificatePdf } from "#features/credentials/certificate-pdf.ts";
import { measure, medianOf, postgresReachable, printTable, type LoadResult } from "./support/load.ts";
import { startMinimal } from "./support/servers.ts";
import { startHubProcess } from "./support/hub-processes.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const PEOPLE = 30;
// The address credentials name as issuer; the hub under test is told the same, whatever port it listens on.
const PUBLIC_URL = "https://bench.ips-hub.example";
const SESSION_SECRET = "benchmark-secret-benchmark-secret-benchmark";
const DAY = 86_400_000;

type Target = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; drop(): Promise<void> };

async function freshPostgres(base: string): Promise<Target> {
  const name = `ipshub_bench_cred_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: base });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** A five-day Core Training that ended yesterday, two trainers, and 30 people signed off as completed. */
async function seedSession(services: Services): Promise<string[]> {
  const db = services.db;
  const now = services.now();
  const [course] = await db
    .insert(schema.course)
    .values({
      slug: `bench-core-${randomUUID().slice(0, 6)}`,
      form: "core",
      titleEn: "IPS Core Training",
      titleEs: "Capacitación básica de IPS",
      summaryEn: "Five days of learning together: connection, worldview, mutuality and moving towards.",
      summaryEs: "Cinco días de aprendizaje juntos.",
      contactMinutes: 30 * 60,
      ceCategories: [
        { category: "suicide_prevention", minutes: 180 },
        { category: "general", minutes: 1620 },
      ],
      completionRules: {
        minimumShare: 0.9,
        requiredMeetingPositions: [1, 2],
        requireSignOff: true,
        ceWithoutCompletion: true,
      },
    })
    .returning();
  const first = new Date(now.getTime() - 6 * DAY);
  first.setUTCHours(16, 0, 0, 0);
  const meetings = Array.from({ length: 5 }, (_, index) => {
    const startsAt = new Date(first.getTime() + index * DAY);
    return { position: index + 1, startsAt, endsAt: new Date(startsAt.getTime() + 7 * 3_600_000), breaks: [] };
  });
  const [session] = await db
    .insert(schema.trainingSession)
    .values({
      courseId: course!.id,
      status: "completed",
      timeZone: "America/Los_Angeles",
      format: "in_person",
      capacity: 30,
      startsAt: meetings[0]!.startsAt,
      endsAt: meetings.at(-1)!.endsAt,
    })
    .returning();
  await db.insert(schema.sessionMeeting).values(meetings.map((m) => ({ ...m, sessionId: session!.id })));
  const people = Array.from({ length: PEOPLE + 2 }, (_, index) => ({
    id: randomUUID(),
    name: index < 2 ? `Trainer ${index + 1}` : `Participant ${index - 1}`,
    legalName: index % 3 === 0 ? `Legal Name Núñez ${index}` : null,
    email: `bench-${index}-${randomUUID().slice(0, 6)}@example.org`,
    emailVerified: true,
  }));
  await db.insert(schema.user).values(people);
  await db.insert(schema.sessionTrainer).values([
    { sessionId: session!.id, userId: people[0]!.id, role: "lead" },
    { sessionId: session!.id, userId: people[1]!.id, role: "co" },
  ]);
  const registrations = await db
    .insert(schema.registration)
    .values(
      people.slice(2).map((p) => ({
        sessionId: session!.id,
        userId: p.id,
        status: "confirmed" as const,
        requestedAt: now,
        queueAt: now,
      })),
    )
    .returning({ id: schema.registration.id });
  await db.insert(schema.completion).values(
    registrations.map((r, index) => ({
      registrationId: r.id,
      completed: true,
      contactMinutes: 1800,
      attendedMinutes: 1800 - (index % 4) * 30,
      ceMinutes: 1800 - (index % 4) * 30,
      reasons: [],
      signedOffAt: now,
    })),
  );
  return registrations.map((r) => r.id);
}

/** Issues and renders every certificate, one after the other as the worker would; returns codes, JWTs and timings. */
async function issueAll(target: Target) {
  const config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    WORKER: "off",
    PUBLIC_URL,
    SESSION_SECRET,
    ...(target.kind === "postgres" ? { DATABASE_URL: target.url } : { DATA_DIR: target.dataDir }),
  });
  const services = await createServices(config, createLogger("silent"));
  try {
    const registrationIds = await seedSession(services);
    await currentSigningKey(services); // the hub's first key is made once, not per session
    const started = performance.now();
    let pdfBytes = 0;
    let signMs = 0;
    let pdfMs = 0;
    const issued: Array<{ code: string; id: string }> = [];
    for (const registrationId of registrationIds) {
      const t0 = performance.now();
      const outcome = await issueCredential(services, { registrationId }, { userId: null, label: "bench" });
      if (outcome.status !== "issued") throw new Error(`not issued: ${JSON.stringify(outcome)}`);
      const t1 = performance.now();
      const [row] = await services.db
        .select()
        .from(schema.credential)
        .where(eq(schema.credential.id, outcome.credentialId));
      const pdf = await renderCertificatePdf(await readCertificateContent(services.db, row!, PUBLIC_URL), {
        size: "letter",
        locale: "en",
      });
      pdfBytes += pdf.length;
      signMs += t1 - t0;
      pdfMs += performance.now() - t1;
      issued.push({ code: row!.code, id: row!.id });
    }
    const totalMs = performance.now() - started;
    const [sample] = await services.db.select({ jwt: schema.credential.jwt }).from(schema.credential).limit(1);
    return { issued, jwt: sample!.jwt, totalMs, signMs, pdfMs, pdfBytes };
  } finally {
    await services.close();
  }
}

const engines: Array<"pglite" | "postgres"> = ["pglite"];
if (await postgresReachable(serverUrl)) engines.push("postgres");
else console.log(`PostgreSQL at ${serverUrl.replace(/\/\/[^@]*@/, "//")} is not reachable: measuring PGlite only.`);

const minimal = await startMinimal();
const summary: string[] = [];
try {
  for (const engine of engines) {
    const target: Target =
      engine === "pglite"
        ? { kind: "pglite", dataDir: path.join(mkdtempSync(path.join(tmpdir(), "ips-bench-cred-")), "db") }
        : await freshPostgres(serverUrl);
    try {
      console.log(`\n${engine}: issuing ${PEOPLE} credentials (VC-JWT signed, PDF rendered)…`);
      const run = await issueAll(target);
      const perPerson = run.totalMs / PEOPLE;
      console.log(
        `  ${PEOPLE} people in ${(run.totalMs / 1000).toFixed(2)} s (${perPerson.toFixed(0)} ms each: issue + sign ${(run.signMs / PEOPLE).toFixed(0)} ms, ` +
          `PDF ${(run.pdfMs / PEOPLE).toFixed(0)} ms, ${(run.pdfBytes / PEOPLE / 1024).toFixed(0)} KB each)`,
      );

      const hub = await startHubProcess(target.kind === "postgres" ? target.url : "", {
        PUBLIC_URL,
        SESSION_SECRET,
        ...(target.kind === "pglite" ? { DATA_DIR: target.dataDir, ALLOW_EMBEDDED_DB: "1" } : {}),
      });
      try {
        const code = run.issued[0]!.code;
        const verifyPage = `${hub.url}/verify/${code}`;
        const verifyApi = `${hub.url}/api/v1/credentials/verify`;
        const body = JSON.stringify({ jwt: run.jwt });
        const page = await fetch(verifyPage);
        const report = (await (
          await fetch(verifyApi, { method: "POST", headers: { "content-type": "application/json" }, body })
        ).json()) as { valid: boolean };
        console.log(`  /verify/${code}: ${page.status}; POST /api/v1/credentials/verify: valid=${report.valid}`);
        const load = { seconds, connections };
        const post = {
          ...load,
          method: "POST" as const,
          body,
          headers: { "content-type": "application/json" },
          pid: hub.pid,
        };
        await measure("warm-up", `${minimal.url}/`, { ...load, seconds: 2 });
        await measure("warm-up", verifyPage, { ...load, seconds: 2 });
        await measure("warm-up", verifyApi, { ...post, seconds: 2 });
        const bare: LoadResult[] = [];
        const pages: LoadResult[] = [];
        const apis: LoadResult[] = [];
        for (let round = 0; round < rounds; round++) {
          bare.push(await measure("bare React Router page", `${minimal.url}/`, { ...load, pid: minimal.pid }));
          pages.push(await measure(`/verify/{code} (${engine})`, verifyPage, { ...load, pid: hub.pid }));
          apis.push(await measure(`POST /api/v1/credentials/verify (${engine})`, verifyApi, post));
        }
        const baseline = medianOf("bare React Router page (median)", bare);
        const pageResult = medianOf(`/verify/{code} (${engine}, median)`, pages);
        const apiResult = medianOf(`POST /api/v1/credentials/verify (${engine}, median)`, apis);
        // Beside the target: all 30 codes in turn, and the page rendered afresh on every request (what the first visit to
        // a code costs: copies are kept per address, so each request names a new one), and a page of the hub with no
        // database work, to tell the shell's cost from the verify page's own.
        let visits = 0;
        const reference = [
          await measure(`/verify, 30 codes in turn (${engine})`, verifyPage, {
            ...load,
            pid: hub.pid,
            paths: run.issued.map((c) => `/verify/${c.code}`),
          }),
          await measure(`/verify rendered afresh (${engine})`, verifyPage, {
            ...load,
            pid: hub.pid,
            paths: () => `/verify/${code}?visit=${(visits += 1)}`,
          }),
          await measure(`/learn, for reference (${engine})`, `${hub.url}/learn`, { ...load, pid: hub.pid }),
        ];
        console.log(
          `\nVerification on ${engine}, ${connections} connections, ${rounds} rounds of ${seconds} s each (medians)`,
        );
        printTable([baseline, pageResult, apiResult, ...reference], baseline);
        const ratio = (r: LoadResult) => r.requestsPerSecond / baseline.requestsPerSecond;
        summary.push(
          `${engine}: issue ${PEOPLE} in ${(run.totalMs / 1000).toFixed(2)} s (target < 5 s: ${run.totalMs < 5000 ? "met" : "NOT met"}); ` +
            `/verify ${pageResult.requestsPerSecond} req/s, ratio ${ratio(pageResult).toFixed(2)}, p95 ${pageResult.p95} ms; ` +
            `POST verify ${apiResult.requestsPerSecond} req/s, ratio ${ratio(apiResult).toFixed(2)}, p95 ${apiResult.p95} ms ` +
            `(target ratio ≥ 0.5: ${ratio(pageResult) >= 0.5 && ratio(apiResult) >= 0.5 ? "met" : "NOT met"}); bare ${baseline.requestsPerSecond} req/s; ` +
            `rendered afresh ${reference[1]!.requestsPerSecond} req/s (ratio ${ratio(reference[1]!).toFixed(2)}); ` +
            `errors ${pageResult.errors + apiResult.errors}, non-2xx ${pageResult.non2xx + apiResult.non2xx}`,
        );
      } finally {
        await hub.stop();
      }
    } finally {
      if (target.kind === "postgres") await target.drop();
    }
  }
} finally {
  await minimal.stop();
}
console.log(`\nSummary\n${summary.map((line) => `  ${line}`).join("\n")}`);
