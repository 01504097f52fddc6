// Runs a fixed load against one URL with autocannon and reduces it to the figures we print.
import autocannon from "autocannon";

export type LoadResult = { label: string; requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; requests?: number };

export async function measure(label: string, url: string, options: { connections?: number; seconds?: number; headers?: Record<string, string> } = {}): Promise<LoadResult> {
  const result = await autocannon({ url, connections: options.connections ?? 50, duration: options.seconds ?? 10, headers: options.headers });
  return {
    label,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: (result.latency as unknown as Record<string, number>).p95 ?? result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

export function printTable(rows: LoadResult[], baseline: LoadResult): void {
  console.log("\n| page | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | ratio to bare page |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    const ratio = (row.requestsPerSecond / baseline.requestsPerSecond).toFixed(2);
    console.log(`| ${row.label} | ${row.requestsPerSecond} | ${row.p50} | ${row.p95} | ${row.p99} | ${row.errors} | ${row.non2xx} | ${ratio} |`);
  }
}
