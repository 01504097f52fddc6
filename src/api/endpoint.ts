// The shape of one API endpoint: its documentation, request and response schemas, and the handler that calls one use case.
import type { z } from "zod";
import type { Services } from "#platform/services.ts";
import type { ViewerProfile } from "#features/access/load-viewer.ts";
import type { AuditActor } from "#features/audit/record-audit.ts";
import type { AccessOf, OperationId } from "./endpoint-table.ts";
import type { ProblemKind } from "./problem.ts";

/** Sections of the reference, in the order the reference page shows them. */
export const endpointTags = [
  "Authentication",
  "Your account",
  "People",
  "Courses",
  "Sessions",
  "Registrations",
  "Credentials",
  // — evaluations —
  "Evaluations",
  // — journal —
  "Your journal",
  // — partners —
  "Partners",
  "Impact",
  "Circles",
  // trainers (issue 10)
  "Trainers",
  "Reference",
  // — webhooks —
  "Webhooks",
] as const;
export type EndpointTag = (typeof endpointTags)[number];

/** Public endpoints never look at credentials; every other level guarantees a signed-in viewer. */
type ViewerFor<Access> = Access extends "public" | "guest" ? null : ViewerProfile;

type Parsed<Schema> = Schema extends z.ZodType ? z.output<Schema> : undefined;

export type EndpointContext<Id extends OperationId, Body, Params, Query = undefined> = {
  services: Services;
  viewer: ViewerFor<AccessOf<Id>>;
  body: Parsed<Body>;
  params: Parsed<Params>;
  /** The query string, parsed by `request.query` (a wrong value answers 422 before the handler runs). */
  query: Parsed<Query>;
  /** The caller as the audit log names them: who, from which address, in which request. */
  actor: AuditActor;
  clientIp: string;
};

export type EndpointOutput<Response> = {
  body: Parsed<Response>;
  headers?: Record<string, string>;
};

export type EndpointDefinition<Id extends OperationId, Body, Params, Response, Query = undefined> = {
  operationId: Id;
  tag: EndpointTag;
  summary: string;
  /** Plain English; Markdown is allowed (OpenAPI renders CommonMark). */
  description: string;
  /** `query` parses the query string: an object of optional fields (values arrive as strings; use z.coerce for numbers). */
  request?: { body?: Body; params?: Params; query?: Query };
  response: {
    status: 200 | 201 | 204;
    description: string;
    schema?: Response;
    /** Headers the success response carries, documented in the OpenAPI document. */
    headers?: z.ZodObject;
  };
  /**
   * Problems this endpoint can answer with besides those every endpoint of its kind has
   * (401/403 from its access level; 400/415/422 when it takes a body), with what they mean here.
   */
  problems?: Partial<Record<ProblemKind, string>>;
  handle(context: EndpointContext<Id, Body, Params, Query>): Promise<EndpointOutput<Response>>;
};

/** What the router and the document builder see: the same endpoint, with its types erased. */
export type Endpoint = {
  operationId: OperationId;
  tag: EndpointTag;
  summary: string;
  description: string;
  request?: { body?: z.ZodType; params?: z.ZodType; query?: z.ZodType };
  response: { status: 200 | 201 | 204; description: string; schema?: z.ZodType; headers?: z.ZodObject };
  problems?: Partial<Record<ProblemKind, string>>;
  handle(
    context: EndpointContext<OperationId, z.ZodType, z.ZodType, z.ZodType>,
  ): Promise<{ body: unknown; headers?: Record<string, string> }>;
};

export function defineEndpoint<
  Id extends OperationId,
  Body extends z.ZodType | undefined = undefined,
  Params extends z.ZodType | undefined = undefined,
  Response extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(definition: EndpointDefinition<Id, Body, Params, Response, Query>): Endpoint {
  return definition as unknown as Endpoint;
}
