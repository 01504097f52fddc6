// Who is calling the API: the person behind a personal access token sent as `Authorization: Bearer <token>`.
import type { Services } from "#platform/services.ts";
import { viewerFromBearer, type ViewerProfile } from "#features/access/load-viewer.ts";
import type { ProblemOptions } from "./problem.ts";

export type BearerResult = { kind: "none" } | { kind: "invalid" } | { kind: "viewer"; viewer: ViewerProfile };

/**
 * No Bearer credentials at all is "none" (the caller is a stranger); a token that is unknown, revoked or
 * expired, or belongs to someone whose email is not confirmed, is "invalid" (RFC 6750 `invalid_token`).
 */
export async function authenticateBearer(services: Services, authorization: string | undefined): Promise<BearerResult> {
  if (!authorization || !/^Bearer\s/i.test(authorization)) return { kind: "none" };
  const viewer = await viewerFromBearer(services, authorization.trim());
  if (!viewer || !viewer.emailVerified) return { kind: "invalid" };
  return { kind: "viewer", viewer };
}

/** The 401 answer to a token that is not valid, wherever one is accepted (the API, and the files it points to). */
export const invalidTokenProblem: ProblemOptions = {
  bearerError: "invalid_token",
  detail: "The access token is not valid: it may be mistyped, revoked or expired. Ask for a new one.",
};
