// Runs a fixed load against one URL with autocannon and reduces it to the figures we print: throughput, true
// percentiles from every response's latency (autocannon's own summary stops at p90 and p97.5), and, given the
// server's pid, the CPU time it spent per request (a busy machine slows every request, but a request costs the same CPU).
import { readFileSync } from "node:fs";
import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import pg from "pg";

export type LoadResult = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests?: number;
  cpuPerRequest?: number | null;
};

export type LoadOptions = {
  connections?: number;
  seconds?: number;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  body?: string;
  /** The server's process, to read its CPU time before and after (Linux /proc). */
  pid?: number;
  /** Paths requested in turn on each connection instead of the URL's own, or a function giving each request's path. */
  paths?: string[] | (() => string);
};

/** CPU milliseconds a process has used (Linux /proc); null elsewhere. */
export function cpuMillis(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

/** A process's resident memory in megabytes (VmRSS, Linux /proc); null elsewhere. */
export function rssMegabytes(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const kilobytes = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+)\s+kB/m)?.[1];
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : null;
  } catch {
    return null;
  }
}

/** The token `startHub` gives its hub for /metrics, so a benchmark can read the process's V8 heap. */
export const BENCH_METRICS_TOKEN = "benchmark-metrics-token-benchmark-metrics-token";

/**
 * Where a hub process's memory is, in megabytes, from its own /metrics: V8's heap (used and reserved), memory outside
 * it that V8 tracks (Buffers, WebAssembly such as PGlite's), and the rest of RSS (code, the runtime, native libraries).
 */
export async function memoryOf(
  url: string,
  pid: number | undefined,
): Promise<{ rss: number; heapUsed: number; heapTotal: number; external: number } | null> {
  const rss = rssMegabytes(pid);
  if (rss === null) return null;
  try {
    const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
    if (!response.ok) return null;
    const text = await response.text();
    const figure = (name: string) =>
      Math.round(Number(new RegExp(`^${name} (\\S+)`, "m").exec(text)?.[1] ?? NaN) / 1024 / 1024);
    return {
      rss,
      heapUsed: figure("nodejs_heap_size_used_bytes"),
      heapTotal: figure("nodejs_heap_size_total_bytes"),
      external: figure("nodejs_external_memory_bytes"),
    };
  } catch {
    return null;
  }
}

/** `memoryOf` as one line for a table. */
export function memoryLine(memory: Awaited<ReturnType<typeof memoryOf>>): string {
  if (!memory) return "–";
  return `${memory.rss} (V8 heap ${memory.heapUsed} used of ${memory.heapTotal}, external ${memory.external})`;
}

function requestsFor(paths: LoadOptions["paths"]): autocannon.Request[] | undefined {
  if (typeof paths === "function") return [{ setupRequest: (request) => ({ ...request, path: paths() }) }];
  return paths?.map((path) => ({ path }));
}

export async function measure(label: string, url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const before = cpuMillis(options.pid);
  const latencies: number[] = [];
  // Without a callback autocannon answers a promise that is also its event emitter (the types only know the promise).
  const run = autocannon({
    url,
    connections: options.connections ?? 50,
    duration: options.seconds ?? 10,
    headers: options.headers,
    method: options.method ?? "GET",
    body: options.body,
    requests: requestsFor(options.paths),
  });
  (run as unknown as EventEmitter).on(
    "response",
    (_client: unknown, _status: number, _bytes: number, milliseconds: number) => latencies.push(milliseconds),
  );
  const result = await run;
  const after = cpuMillis(options.pid);
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))] ?? 0);
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
    cpuPerRequest:
      before === null || after === null || !result.requests.total ? null : (after - before) / result.requests.total,
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Several rounds of one measurement as one row: the median of each figure, errors summed. */
export function medianOf(label: string, results: LoadResult[]): LoadResult {
  const cpu = results.map((r) => r.cpuPerRequest);
  return {
    label,
    requestsPerSecond: median(results.map((r) => r.requestsPerSecond)),
    p50: median(results.map((r) => r.p50)),
    p95: median(results.map((r) => r.p95)),
    p99: median(results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
    cpuPerRequest: cpu.every((value) => typeof value === "number") ? median(cpu as number[]) : null,
  };
}

export function printTable(rows: LoadResult[], baseline: LoadResult): void {
  console.log(
    "\n| page | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | server CPU ms/request | ratio to bare page |",
  );
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const ratio = (row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
    const cpu = typeof row.cpuPerRequest === "number" ? row.cpuPerRequest.toFixed(2) : "–";
    console.log(
      `| ${row.label} | ${row.requestsPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${cpu} | ${ratio} |`,
    );
  }
}

/** Whether a PostgreSQL server answers at this address; benchmarks measure PGlite alone when it does not. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}
