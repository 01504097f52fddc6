// Who may call which API endpoint: the one access table, read by the router's guard, the OpenAPI document and the route-walk test.
import type { AccessLevel } from "#core/access.ts";

/** Every path below is relative to this prefix. */
export const API_BASE_PATH = "/api/v1";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type EndpointRow = {
  method: HttpMethod;
  /** OpenAPI style, relative to API_BASE_PATH: `/me/tokens/{id}`. */
  path: string;
  /** Checked with `decideAccess` before the endpoint runs; a row without a level is refused. */
  access: AccessLevel;
  /** Names the implementation in `endpoints/` and the operation in the OpenAPI document. */
  operationId: string;
};

export const endpointTable = [
  { method: "post", path: "/auth/token", access: "public", operationId: "issueToken" },
  { method: "get", path: "/me", access: "signed-in", operationId: "showMe" },
  { method: "get", path: "/me/tokens", access: "signed-in", operationId: "listMyTokens" },
  { method: "delete", path: "/me/tokens/{id}", access: "signed-in", operationId: "revokeMyToken" },
  { method: "post", path: "/users", access: "admin", operationId: "createUser" },
  { method: "get", path: "/users/{id}", access: "admin", operationId: "showUser" },
  // — courses and sessions, admin (H1) —
  // — catalog (H2) —
  // — registrations (H6) —
  { method: "get", path: "/openapi.json", access: "public", operationId: "openApiDocument" },
] as const satisfies readonly EndpointRow[];

export type OperationId = (typeof endpointTable)[number]["operationId"];
export type AccessOf<Id extends OperationId> = Extract<(typeof endpointTable)[number], { operationId: Id }>["access"];

/** `/me/tokens/{id}` → `/me/tokens/:id`, the form express matches. */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}
