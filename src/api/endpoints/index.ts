// Every endpoint implementation, by the operation id the access table names it with.
import type { Endpoint } from "../endpoint.ts";
import type { OperationId } from "../endpoint-table.ts";
import { issueToken } from "./issue-token.ts";
import { showMe } from "./show-me.ts";
import { listMyTokens } from "./list-my-tokens.ts";
import { revokeMyToken } from "./revoke-my-token.ts";
import { createUser } from "./create-user.ts";
import { showUser } from "./show-user.ts";
import { openApiDocument } from "./openapi-document.ts";
// — courses and sessions, admin (H1) —
// — catalog (H2) —
// — registrations (H6) —

export const endpoints: Record<OperationId, Endpoint> = {
  issueToken,
  showMe,
  listMyTokens,
  revokeMyToken,
  createUser,
  showUser,
  // — courses and sessions, admin (H1) —
  // — catalog (H2) —
  // — registrations (H6) —
  openApiDocument,
};
