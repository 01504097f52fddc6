// /metrics for Prometheus, behind a bearer token, and the middleware that counts and times every request by route.
import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import type { Services } from "#platform/services.ts";
import {
  hubMetrics,
  labelRoute,
  routeLabelOf,
  secondsSince,
  UNMATCHED_ROUTE,
  type HubMetrics,
} from "#platform/metrics.ts";
import { queuedJobsByName } from "#platform/jobs/queue.ts";
import { allJobs } from "#jobs/registry.ts";

/** Counts and times each request when its answer is finished (or the client went away), by method and route. */
export function recordRequestMetrics(metrics: HubMetrics = hubMetrics): RequestHandler {
  return (req, res, next) => {
    const start = process.hrtime.bigint();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const route = routeLabelOf(res) ?? UNMATCHED_ROUTE;
      const method = req.method;
      metrics.httpRequests.inc({ method, route, status: String(res.statusCode) });
      metrics.httpDuration.observe({ method, route }, secondsSince(start));
    };
    res.once("finish", record);
    res.once("close", record);
    next();
  };
}

/**
 * The scrape endpoint. No METRICS_TOKEN → 404, as if there were no such address; a missing or wrong bearer token →
 * 401. The token is compared through SHA-256 digests of equal length, so the time taken says nothing about it.
 */
export function metricsEndpoint(services: Services, metrics: HubMetrics = hubMetrics): RequestHandler {
  const jobNames = allJobs.map((binding) => binding.contract.name);
  return async (req: Request, res: Response, next: NextFunction) => {
    labelRoute(res, "/metrics");
    const token = services.config.metricsToken;
    res.setHeader("Cache-Control", "no-store");
    if (!token) return void res.status(404).type("text/plain").send("Not found");
    if (!bearerMatches(req.get("authorization"), token)) {
      res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
      return void res.status(401).type("text/plain").send("A valid bearer token is needed for /metrics.");
    }
    try {
      await readQueue(services, metrics, jobNames);
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    } catch (error) {
      next(error);
    }
  };
}

/** The job gauges, set from one read of the job table: every known job name appears, 0 when none of it waits. */
async function readQueue(services: Services, metrics: HubMetrics, jobNames: string[]): Promise<void> {
  const queued = await queuedJobsByName(services.db);
  metrics.jobsQueued.reset();
  metrics.oldestQueuedJobAge.reset();
  for (const name of jobNames) {
    metrics.jobsQueued.set({ job: name }, 0);
    metrics.oldestQueuedJobAge.set({ job: name }, 0);
  }
  for (const row of queued) {
    metrics.jobsQueued.set({ job: row.name }, row.queued);
    metrics.oldestQueuedJobAge.set({ job: row.name }, row.oldestAgeSeconds);
  }
}

const digest = (text: string) => createHash("sha256").update(text).digest();

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  // Compared even when the header is missing, so an absent token takes as long as a wrong one.
  const offered = digest(match?.[1] ?? "");
  return timingSafeEqual(offered, digest(token)) && match !== null;
}
