// Security headers (CSP with a per-request nonce, no inline scripts) and cross-origin request refusal (CSRF).
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import helmet from "helmet";

/**
 * Pages get a Content-Security-Policy naming this request's script nonce. The JSON API serves no documents, so its
 * answers get a fixed policy that allows nothing, and no nonce is made for them (a random number per request that an
 * API answer never uses: issue 16's profile of `GET /api/v1/me`).
 */
export function securityHeaders(production: boolean, apiPath: string) {
  const common = {
    strictTransportSecurity: production ? { maxAge: 63072000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "same-origin" as const },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" as const },
  };
  const pages = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "https:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
        ...(production ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
  });
  const api = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { "default-src": ["'none'"], "frame-ancestors": ["'none'"] },
    },
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path === apiPath || req.path.startsWith(`${apiPath}/`)) return api(req, res, next);
    res.locals.cspNonce = randomBytes(16).toString("base64");
    pages(req, res, next);
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses state-changing requests a browser sent from another site. Browsers mark every request with
 * Sec-Fetch-Site (or at least Origin), and a page on another site cannot forge either; clients that are
 * not browsers send neither and carry no ambient cookies worth stealing. See docs/decisions/0006.
 */
export function refuseCrossSiteRequests(allowedOrigins: string[]) {
  const allowed = new Set(allowedOrigins.map((origin) => origin.toLowerCase()));
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const fetchSite = req.get("sec-fetch-site");
    if (fetchSite) {
      if (fetchSite === "same-origin" || fetchSite === "none") return next();
      return refuse(res);
    }
    const origin = req.get("origin");
    if (!origin || origin === "null") return origin === "null" ? refuse(res) : next();
    const own = `${req.protocol}://${req.get("host")}`.toLowerCase();
    if (origin.toLowerCase() === own || allowed.has(origin.toLowerCase())) return next();
    return refuse(res);
  };
}

function refuse(res: Response) {
  res
    .status(403)
    .type("application/problem+json")
    .send(
      JSON.stringify({
        type: "about:blank",
        title: "Cross-site request refused",
        status: 403,
        detail: "This request came from another site and was not accepted.",
      }),
    );
}
