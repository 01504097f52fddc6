// Builds the OpenAPI 3.1 document from the access table and the endpoints' own zod schemas: one source of truth.
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiOverride,
  type ZodOpenApiResponsesObject,
  type oas31,
} from "zod-openapi";
import type { AccessLevel } from "#core/access.ts";
import { API_BASE_PATH, endpointTable, type EndpointRow } from "./endpoint-table.ts";
import { endpointTags, type Endpoint } from "./endpoint.ts";
import { endpoints } from "./endpoints/index.ts";
import { problemKinds, problemTypeUri, type ProblemKind } from "./problem.ts";
import { IDEMPOTENCY_KEY_FORMAT } from "./idempotency.ts";
import { Problem } from "./schemas.ts";
import { webhookPathItems } from "./webhook-events.ts";

export type OpenApiDocument = oas31.OpenAPIObject;

export const API_VERSION = "1.0.0";

/** Who may call an endpoint, in the words the document uses (the reference page translates them). */
export const accessDescriptions: Record<AccessLevel, string> = {
  public: "Anyone; no token needed.",
  guest: "Only callers without a token.",
  "signed-in": "Anyone with a valid access token.",
  trainer: "Trainers and hub admins.",
  "partner-admin": "Partner admins and hub admins.",
  admin: "Hub admins only.",
};

const tagDescriptions: Record<(typeof endpointTags)[number], string> = {
  Authentication: "Getting an access token.",
  "Your account": "The caller's own profile and tokens.",
  People: "Accounts and roles, for hub admins.",
  Courses: "The forms of IPS training the hub offers.",
  Sessions: "Runs of a course: dates, place, seats and the people registered.",
  Registrations: "Registering, applying, the waitlist and offers.",
  Credentials: "Certificates as Open Badges 3.0 credentials: yours, verifying one, revoking one.",
  // — evaluations —
  Evaluations: "What participants said after trainings, as totals only: a group under five answers is withheld.",
  // — journal —
  "Your journal": "The caller's own private journal and intentions; nobody else's, whatever the caller's role.",
  // — partners —
  Partners:
    "Partner organizations: their staff, as each person shares it, sponsored seat blocks, and the in-house trainings their organizational trainers report.",
  Impact: "Aggregate figures of the hub's trainings; every count of people under 5 is withheld.",
  Circles: "Co-reflection circles: yours, their meetings, and your answer for each date.",
  // trainers (issue 10)
  Trainers: "Trainers and their standing, computed from what the hub records by the hub's own requirement set.",
  Reference: "This API's own description.",
  // — webhooks —
  Webhooks:
    "Subscriptions that POST signed messages (Standard Webhooks) to another system when something changes; the bodies are under `webhooks`.",
};

const RetryAfter = z.string().meta({ description: "Seconds to wait before trying again.", examples: ["120"] });
const WwwAuthenticate = z.string().meta({
  description: 'How to authenticate: `Bearer`, with `error="invalid_token"` when the token sent is not valid.',
  examples: ['Bearer realm="api"'],
});

function problemResponse(kind: ProblemKind, description: string) {
  return {
    description,
    content: { "application/problem+json": { schema: Problem } },
    ...(kind === "unauthorized" ? { headers: z.object({ "WWW-Authenticate": WwwAuthenticate }) } : {}),
    ...(kind === "rate-limited" ? { headers: z.object({ "Retry-After": RetryAfter }) } : {}),
  };
}

/** The problems an endpoint can answer with: implied by its access level and body, plus its own. */
export function problemsOf(row: Pick<EndpointRow, "access">, endpoint: Endpoint): Array<[ProblemKind, string]> {
  const problems = new Map<ProblemKind, string>();
  if (endpoint.request?.body) {
    problems.set("malformed-request", "The body is not valid JSON.");
    problems.set("unsupported-media-type", "The body was not sent as `application/json`.");
    problems.set("invalid", "Some fields need attention; `errors` lists each one with its path.");
  }
  if (endpoint.request?.query && !problems.has("invalid"))
    problems.set("invalid", "A query parameter is not valid; `errors` names each one.");
  if (row.access !== "public")
    problems.set("unauthorized", "No access token was sent, or it is not valid (revoked, expired or mistyped).");
  if (row.access === "admin" || row.access === "trainer" || row.access === "partner-admin") {
    problems.set(
      "forbidden",
      `The token is valid but its owner may not do this (${accessDescriptions[row.access].toLowerCase().replace(/\.$/, "")}).`,
    );
  }
  for (const [kind, description] of Object.entries(endpoint.problems ?? {}) as Array<[ProblemKind, string]>)
    problems.set(kind, description);
  return [...problems].sort(([a], [b]) => problemKinds[a].status - problemKinds[b].status);
}

/** Every POST takes an Idempotency-Key (api/idempotency.ts). */
const idempotencyHeader = z.object({
  "Idempotency-Key": z.string().regex(IDEMPOTENCY_KEY_FORMAT).optional().meta({
    description:
      "Send a new unique value (a UUID) with a request you may retry. A retry with the same key and the same request gets the first answer again, with the header `Idempotent-Replayed: true`, instead of doing the work twice; the same key with a different request answers 422; while the first is still running, 409. Answers are kept for 24 hours.",
    example: "5f0c7c1e-9d2b-4e4b-8f7a-2a6d3f1c9b10",
  }),
});

function operationFor(row: EndpointRow, endpoint: Endpoint): ZodOpenApiOperationObject {
  const { response } = endpoint;
  const responses: ZodOpenApiResponsesObject = {
    [String(response.status) as `2${string}`]: {
      description: response.description,
      ...(response.schema ? { content: { "application/json": { schema: response.schema } } } : {}),
      ...(response.headers ? { headers: response.headers } : {}),
    },
  };
  for (const [kind, description] of problemsOf(row, endpoint)) {
    responses[String(problemKinds[kind].status) as `4${string}`] = problemResponse(kind, description);
  }
  return {
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: `${endpoint.description}\n\n**Who may call it:** ${accessDescriptions[row.access]}`,
    security: row.access === "public" ? [] : [{ bearerAuth: [] }],
    "x-access": row.access,
    ...(endpoint.request?.params || endpoint.request?.query || row.method === "post"
      ? {
          requestParams: {
            ...(endpoint.request?.params ? { path: endpoint.request.params as z.ZodObject } : {}),
            ...(endpoint.request?.query ? { query: endpoint.request.query as z.ZodObject } : {}),
            ...(row.method === "post" ? { header: idempotencyHeader } : {}),
          },
        }
      : {}),
    ...(endpoint.request?.body
      ? { requestBody: { required: true, content: { "application/json": { schema: endpoint.request.body } } } }
      : {}),
    responses,
  };
}

/**
 * `format` already says "email" or "date-time", so zod's long regexes only add noise; and responses stay open
 * to new fields (no `additionalProperties: false`), so adding a field later breaks no client. Zod leaves out the
 * examples of a schema that transforms (a use case's trimmed text) when it describes input, in case they show the
 * output; ours show what a client sends, so they are put back.
 */
const tidySchema: ZodOpenApiOverride = ({ zodSchema, jsonSchema, io }) => {
  if (jsonSchema.format === "email" || jsonSchema.format === "date-time") delete jsonSchema.pattern;
  if (io === "input" && jsonSchema.examples === undefined) {
    const examples = z.globalRegistry.get(zodSchema)?.examples;
    if (examples) jsonSchema.examples = examples as unknown[];
  }
  if (io === "output" && jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
};

const cache = new Map<string, OpenApiDocument>();

/** The whole document for a hub at `publicUrl`; built once per address, since it only changes with the code. */
export function buildOpenApiDocument(publicUrl: string): OpenApiDocument {
  const cached = cache.get(publicUrl);
  if (cached) return cached;
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const row of endpointTable as readonly EndpointRow[]) {
    const endpoint = endpoints[row.operationId as keyof typeof endpoints];
    (paths[row.path] ??= {})[row.method] = operationFor(row, endpoint);
  }
  const problemList = (Object.keys(problemKinds) as ProblemKind[])
    .map(
      (kind) => `- \`${problemTypeUri(publicUrl, kind)}\` (${problemKinds[kind].status}): ${problemKinds[kind].title}`,
    )
    .join("\n");
  const document = createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "IPS Hub API",
        version: API_VERSION,
        description:
          "The JSON API of an IPS Hub. Authenticate with a personal access token (`Authorization: Bearer <token>`), " +
          "created on your account page or with `POST /auth/token`. Requests and responses are JSON; " +
          "errors are RFC 9457 problem details (`application/problem+json`). Times are UTC, in RFC 3339 form.\n\n" +
          `Problem types:\n${problemList}`,
      },
      servers: [{ url: `${publicUrl}${API_BASE_PATH}`, description: "This hub" }],
      tags: endpointTags.map((name) => ({ name, description: tagDescriptions[name] })),
      paths,
      webhooks: webhookPathItems(),
      components: {
        securitySchemes: {
          bearerAuth: {
            type: "http",
            scheme: "bearer",
            description: "A personal access token (starts with `iph_`), from the account page or `POST /auth/token`.",
          },
        },
        schemas: { Problem },
      },
    },
    { override: tidySchema },
  );
  cache.set(publicUrl, document);
  return document;
}
