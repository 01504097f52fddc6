// The JSON API v1 router: every row of the access table is guarded, validated with its zod schemas, then run.
import { randomUUID } from "node:crypto";
import express, { type Request, type RequestHandler, type Response } from "express";
import type { Services } from "#platform/services.ts";
import type { ViewerProfile } from "#features/access/load-viewer.ts";
import { endpointTable, expressPath, type EndpointRow } from "./endpoint-table.ts";
import type { Endpoint } from "./endpoint.ts";
import { endpoints } from "./endpoints/index.ts";
import { guardAccess } from "./guard-access.ts";
import { labelRoute } from "#platform/metrics.ts";
import { fieldProblemsFromZod, fieldProblemsOf, problemErrorHandler, sendProblem } from "./problem.ts";
import { nullCharacterErrors } from "#features/validation/parse-input.ts";
import {
  claimIdempotencyKey,
  IDEMPOTENCY_KEY_FORMAT,
  requestFingerprint,
  type IdempotencyClaim,
} from "./idempotency.ts";

const BODY_LIMIT = "64kb";

export type ApiRouterOptions = {
  /** Only for tests that prove the guard refuses a row without a level; the app always uses `endpointTable`. */
  table?: readonly EndpointRow[];
};

export function createApiRouter(services: Services, options: ApiRouterOptions = {}): express.Router {
  const table = options.table ?? endpointTable;
  const publicUrl = services.config.publicUrl;
  const router = express.Router({ caseSensitive: true });

  router.use((req, res, next) => {
    // Answers carry people's data or credentials: no cache may keep them unless an endpoint says otherwise.
    res.setHeader("Cache-Control", "no-store");
    req.id ??= randomUUID();
    next();
  });

  for (const row of table) {
    const endpoint = endpoints[row.operationId as keyof typeof endpoints];
    if (!endpoint || endpoint.operationId !== row.operationId) {
      throw new Error(`API endpoint "${row.operationId}" is in the access table but has no implementation`);
    }
    const pattern = `/api/v1${row.path}`;
    const handlers: RequestHandler[] = [
      (_req, res, next) => {
        labelRoute(res, pattern);
        next();
      },
      guardAccess(services, row.access),
    ];
    if (endpoint.request?.body) handlers.push(requireJson(publicUrl), express.json({ limit: BODY_LIMIT }));
    handlers.push(runEndpoint(services, endpoint));
    router[row.method](expressPath(row.path), ...handlers);
  }

  router.use((req, res) => {
    const allowed = methodsFor(table, req.path);
    if (allowed.length) {
      return sendProblem(req, res, publicUrl, "method-not-allowed", {
        detail: `This path answers ${allowed.join(", ")}.`,
        allow: allowed,
      });
    }
    sendProblem(req, res, publicUrl, "not-found", {
      detail: "There is no API endpoint at this path. The list is at /api/v1/openapi.json.",
    });
  });
  router.use(problemErrorHandler(publicUrl, services.logger));
  return router;
}

/** A body in any other format is refused before it is read; no body at all is validated as `{}`. */
function requireJson(publicUrl: string): RequestHandler {
  return (req, res, next) => {
    const hasBody = req.get("transfer-encoding") !== undefined || Number(req.get("content-length") ?? 0) > 0;
    if (hasBody && !req.is(["application/json", "application/*+json"])) {
      return sendProblem(req, res, publicUrl, "unsupported-media-type", {
        detail: "Send the body as JSON, with the header Content-Type: application/json.",
      });
    }
    next();
  };
}

function runEndpoint(services: Services, endpoint: Endpoint): RequestHandler {
  const publicUrl = services.config.publicUrl;
  return async (req, res) => {
    // No record's id or code carries a NUL character; one in the address names nothing.
    if (nullCharacterErrors(req.params).length)
      return sendProblem(req, res, publicUrl, "not-found", { detail: "There is nothing at this address." });
    const nulls = [...nullCharacterErrors(req.query), ...nullCharacterErrors(req.body ?? {})];
    if (nulls.length) {
      return sendProblem(req, res, publicUrl, "invalid", {
        detail: "Some fields need attention.",
        errors: fieldProblemsOf(nulls),
      });
    }
    const params = endpoint.request?.params ? endpoint.request.params.safeParse(req.params) : null;
    if (params && !params.success)
      return sendProblem(req, res, publicUrl, "not-found", { detail: "There is nothing at this address." });
    const query = endpoint.request?.query ? endpoint.request.query.safeParse(req.query) : null;
    if (query && !query.success) {
      return sendProblem(req, res, publicUrl, "invalid", {
        detail: "Some query parameters need attention.",
        errors: fieldProblemsFromZod(query.error),
      });
    }
    const body = endpoint.request?.body ? endpoint.request.body.safeParse(req.body ?? {}, { reportInput: true }) : null;
    if (body && !body.success) {
      return sendProblem(req, res, publicUrl, "invalid", {
        detail: "Some fields need attention.",
        errors: fieldProblemsFromZod(body.error),
      });
    }
    const viewer = res.locals.viewer as ViewerProfile | null;
    const claim = await idempotencyFor(req, res, viewer);
    if (claim === "answered") return;
    const clientIp = req.ip ?? "";
    let output: EndpointOutput;
    try {
      output = await endpoint.handle({
        services,
        viewer,
        body: body?.data,
        params: params?.data,
        query: query?.data,
        clientIp,
        actor: { userId: viewer?.userId ?? null, label: "api", ip: clientIp || null, requestId: String(req.id) },
      });
    } catch (error) {
      await claim?.release();
      throw error;
    }
    await claim?.store({ status: endpoint.response.status, headers: output.headers ?? {}, body: output.body ?? null });
    respond(res, endpoint, output);
  };

  /** A POST with an Idempotency-Key: run it once (the claim), answer from the first run, or refuse. */
  async function idempotencyFor(
    req: Request,
    res: Response,
    viewer: ViewerProfile | null,
  ): Promise<Extract<IdempotencyClaim, { kind: "run" }> | "answered" | null> {
    const key = req.method === "POST" ? req.get("idempotency-key") : undefined;
    if (key === undefined) return null;
    if (!IDEMPOTENCY_KEY_FORMAT.test(key)) {
      sendProblem(req, res, publicUrl, "malformed-request", {
        detail: "The Idempotency-Key header must be 1 to 255 visible ASCII characters; a new UUID per request is best.",
      });
      return "answered";
    }
    const claim = await claimIdempotencyKey(services, {
      scope: viewer?.userId ?? "anonymous",
      key,
      fingerprint: requestFingerprint(req.method, req.originalUrl.split("?")[0]!, req.body),
    });
    if (claim.kind === "run") return claim;
    if (claim.kind === "replay") {
      res.setHeader("Idempotent-Replayed", "true");
      respond(res, endpoint, claim.answer);
    } else if (claim.kind === "other-request") {
      sendProblem(req, res, publicUrl, "invalid", {
        detail: "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
      });
    } else {
      sendProblem(req, res, publicUrl, "conflict", {
        detail: "A request with this Idempotency-Key is still being handled. Try again in a moment.",
        retryAfterSeconds: 1,
      });
    }
    return "answered";
  }
}

type EndpointOutput = { body: unknown; headers?: Record<string, string> };

function respond(res: Response, endpoint: Endpoint, output: EndpointOutput) {
  for (const [name, value] of Object.entries(output.headers ?? {})) res.setHeader(name, value);
  res.status(endpoint.response.status);
  if (endpoint.response.schema && endpoint.response.status !== 204) res.json(output.body);
  else res.end();
}

const templates = new WeakMap<readonly EndpointRow[], Array<{ pattern: RegExp; method: string }>>();

/** The methods a path answers to, for 405 responses (GET implies HEAD). */
function methodsFor(table: readonly EndpointRow[], path: string): string[] {
  let compiled = templates.get(table);
  if (!compiled) {
    compiled = table.map((row) => ({
      method: row.method.toUpperCase(),
      pattern: new RegExp(`^${row.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, "[^/]+")}/?$`),
    }));
    templates.set(table, compiled);
  }
  const methods = compiled.filter((entry) => entry.pattern.test(path)).map((entry) => entry.method);
  if (methods.includes("GET")) methods.push("HEAD");
  return [...new Set(methods)];
}
