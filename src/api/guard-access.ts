// The one access check every API endpoint passes through: the level from the endpoint table, decided by #core/access.ts.
import type { RequestHandler } from "express";
import { decideAccess, type AccessLevel } from "#core/access.ts";
import type { Services } from "#platform/services.ts";
import { authenticateBearer, invalidTokenProblem } from "./authenticate.ts";
import { sendProblem } from "./problem.ts";

/** Deny by default: a level that is missing or unknown is refused for everyone, signed in or not. */
export function guardAccess(services: Services, level: AccessLevel | undefined): RequestHandler {
  const publicUrl = services.config.publicUrl;
  return async (req, res, next) => {
    // Public endpoints never read credentials, so a stale token cannot lock a client out of getting a new one.
    if (level === "public") {
      res.locals.viewer = null;
      return next();
    }
    const bearer = await authenticateBearer(services, req.get("authorization"));
    if (bearer.kind === "invalid") {
      return sendProblem(req, res, publicUrl, "unauthorized", invalidTokenProblem);
    }
    const viewer = bearer.kind === "viewer" ? bearer.viewer : null;
    switch (decideAccess(viewer, level)) {
      case "allow":
        res.locals.viewer = viewer;
        return next();
      case "sign-in":
        return sendProblem(req, res, publicUrl, "unauthorized", {
          detail: "Send a personal access token in the Authorization header, as: Bearer <token>.",
        });
      case "go-home":
      case "forbidden":
        return sendProblem(req, res, publicUrl, "forbidden", {
          detail: "Your roles do not give you access to this endpoint.",
        });
    }
  };
}
