// The hub's Prometheus metrics: one registry per process, so features observe here and the server's /metrics reads it.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Label for a request whose address matched no page and no API endpoint (raw paths would make a series per id). */
export const UNMATCHED_ROUTE = "unmatched";

function createHubMetrics() {
  // Not prom-client's global registry: a process (or a test file) that loads this module twice never collides.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({
      name: "hub_http_requests_total",
      help: "HTTP requests answered, by method, route pattern and status code.",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "hub_http_request_duration_seconds",
      help: "Time from a request's arrival to its last byte, by method and route pattern.",
      labelNames: ["method", "route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    jobsQueued: new Gauge({
      name: "hub_jobs_queued",
      help: "Jobs due to run and not yet claimed by a worker, per job name (read from the job table at scrape time).",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    oldestQueuedJobAge: new Gauge({
      name: "hub_jobs_oldest_queued_age_seconds",
      help: "How long the oldest due, unclaimed job of each name has waited (0 when none waits).",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    seatLockWait: new Histogram({
      name: "hub_seat_ledger_lock_wait_seconds",
      help: "Time a seat decision waited for its session's lock in the seat ledger.",
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    mailDeliveryFailures: new Counter({
      name: "hub_mail_delivery_failures_total",
      help: "Outbox messages SMTP did not accept; outcome says whether the job tries again or gave up.",
      labelNames: ["outcome"] as const,
      registers: [registry],
    }),
  };
}

export type HubMetrics = ReturnType<typeof createHubMetrics>;

export const hubMetrics: HubMetrics = createHubMetrics();

/** Seconds since `start` (from `process.hrtime.bigint()`), for a histogram. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

type WithLocals = { locals: Record<string, unknown> };

/**
 * Names the route an HTTP request matched, as a pattern ("/trainings/:id", "/api/v1/sessions/{id}"), for the request
 * metrics: the page handler and the API router call it once they know; a request nobody claims is "unmatched".
 */
export function labelRoute(res: WithLocals, pattern: string): void {
  res.locals.routePattern = pattern;
}

export function routeLabelOf(res: WithLocals): string | undefined {
  const pattern = res.locals.routePattern;
  return typeof pattern === "string" ? pattern : undefined;
}
