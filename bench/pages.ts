// `npm run bench:pages`: the hub's public pages against a bare React Router page, same machine, same load.
import { measure, printTable } from "./support/load.ts";
import { startHub, startMinimal } from "./support/servers.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

const minimal = await startMinimal();
const baseline = await measure("bare React Router page", `${minimal.url}/`, { seconds, connections });
await minimal.stop();

for (const engine of serverUrl ? [undefined, serverUrl] : [undefined]) {
  const hub = await startHub({ serverUrl: engine });
  const rows = [baseline];
  for (const page of ["/", "/learn", "/support", "/sign-in", "/healthz"]) {
    rows.push(await measure(`${page} (${hub.engine})`, `${hub.url}${page}`, { seconds, connections }));
  }
  await hub.stop();
  console.log(`\nIPS Hub pages on ${hub.engine}, ${connections} connections, ${seconds} s each`);
  printTable(rows, baseline);
}
