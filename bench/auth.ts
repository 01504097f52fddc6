// `npm run bench:auth`: the hub's authenticated `GET /api/v1/me` against its floor, a bare Express + `pg` endpoint doing
// the same three indexed lookups (bench/minimal/bare-auth.ts), on one fresh PostgreSQL database in the same run.
import { randomBytes, randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { openDatabase, schema } from "#db/client.ts";
import { migrateDatabase } from "#db/migrate.ts";
import { hashToken } from "#features/tokens/personal-access-tokens.ts";
import { medianOf, measure, printTable, type LoadResult } from "./support/load.ts";
import { startMinimal } from "./support/servers.ts";
import { startHubProcess } from "./support/hub-processes.ts";

const serverUrl =
  process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
/** Bare and hub take turns, so a burst of load from elsewhere on the machine lands on both alike; medians are printed. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = 0.7;

async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(serverUrl);
  const name = `ipshub_auth_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** One confirmed person with a participant role and a live token, and a few hundred others so the indexes matter. */
async function seed(databaseUrl: string): Promise<string> {
  const handle = await openDatabase({ kind: "postgres", url: databaseUrl });
  try {
    await migrateDatabase(handle);
    const db = handle.db;
    const people = Array.from({ length: 500 }, (_, i) => ({
      id: randomUUID(),
      name: `Person ${i}`,
      email: `person-${i}@example.org`,
      emailVerified: true,
    }));
    await db.insert(schema.user).values(people);
    await db.insert(schema.roleGrant).values(people.map((p) => ({ userId: p.id, role: "participant" as const })));
    const tokens = people.map((p) => ({ person: p, token: `iph_${randomBytes(32).toString("base64url")}` }));
    await db.insert(schema.personalAccessToken).values(
      tokens.map(({ person, token }) => ({
        id: randomUUID(),
        userId: person.id,
        name: "bench",
        tokenHash: hashToken(token),
        lastFour: token.slice(-4),
        expiresAt: null,
      })),
    );
    return tokens[0]!.token;
  } finally {
    await handle.close();
  }
}

const database = await createDatabase();
try {
  const token = await seed(database.url);
  const headers = { authorization: `Bearer ${token}` };
  const load = {
    before: loadavg()
      .map((n) => n.toFixed(2))
      .join(" "),
  };
  const bare = await startMinimal({ databaseUrl: database.url });
  const hub = await startHubProcess(database.url);
  try {
    const bareUrl = `${bare.url}/api/me`;
    const hubUrl = `${hub.url}/api/v1/me`;
    for (const url of [bareUrl, hubUrl]) {
      const answer = await fetch(url, { headers });
      if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}: ${await answer.text()}`);
    }
    // Warm both (JIT, pools, plans) before anything counts.
    await measure("warm-up", bareUrl, { seconds: 2, connections, headers });
    await measure("warm-up", hubUrl, { seconds: 2, connections, headers });
    const bareRuns: LoadResult[] = [];
    const hubRuns: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      bareRuns.push(await measure("bare", bareUrl, { seconds, connections, headers, pid: bare.pid }));
      hubRuns.push(await measure("hub", hubUrl, { seconds, connections, headers, pid: hub.pid }));
    }
    const floor = medianOf("bare Express + pg, 3 lookups (floor)", bareRuns);
    const hubRow = medianOf("hub GET /api/v1/me", hubRuns);
    const ratio = hubRow.requestsPerSecond / floor.requestsPerSecond;
    console.log(
      `\nAuthenticated API answer on PostgreSQL: ${connections} connections, ${rounds} rounds of ${seconds} s each (medians), ${cpus().length} CPUs`,
    );
    console.log(
      `load average (1, 5, 15 min): ${load.before} before, ${loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")} after`,
    );
    printTable([floor, hubRow], floor);
    console.log(
      `\nper round, req/s — floor: ${bareRuns.map((r) => r.requestsPerSecond).join(", ")}; hub: ${hubRuns.map((r) => r.requestsPerSecond).join(", ")}`,
    );
    console.log(`hub / floor: ${ratio.toFixed(2)} (target ≥ ${TARGET}) — ${ratio >= TARGET ? "met" : "not met"}`);
  } finally {
    await hub.stop();
    await bare.stop();
  }
} finally {
  await database.drop();
}
