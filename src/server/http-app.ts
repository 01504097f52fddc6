// The HTTP application: headers, logs, health, the JSON API and the React Router pages, in that order.
import { randomUUID } from "node:crypto";
import path from "node:path";
import compression from "compression";
import express, { type Request, type Response } from "express";
import { pinoHttp } from "pino-http";
import { parse as parseCookies } from "cookie";
import type { createRequestHandler } from "@react-router/express";
import type { RouterContext, RouterContextProvider, ServerBuild } from "react-router";
import type { Services } from "#platform/services.ts";
import { LANGUAGE_COOKIE, chooseLocale } from "#core/locale.ts";
import { checkHealth } from "#features/health/check-health.ts";
import { viewerFromSession } from "#features/access/load-viewer.ts";
import { createApiRouter } from "#api/router.ts";
import { API_BASE_PATH } from "#api/endpoint-table.ts";
import { authenticateBearer, invalidTokenProblem } from "#api/authenticate.ts";
import { sendProblem } from "#api/problem.ts";
import type { ViewerProfile } from "#features/access/load-viewer.ts";
import { refuseCrossSiteRequests, securityHeaders } from "./security.ts";
import { pageStamps } from "./page-stamps.ts";
import { limitBody, MAX_FORM_BODY_BYTES, MAX_UPLOAD_BODY_BYTES } from "./body-limits.ts";
import { createSharedPageCache } from "./shared-page-cache.ts";
import { ISSUER_PROFILE_HEADERS, readIssuerProfile } from "#features/credentials/issuer-profile.ts";
import type { RequestContext } from "#web/request-context.ts";
import { routeAccessFor, routeMatchFor } from "#web/route-access.ts";
import { unavailableResponse } from "#web/unavailable-page.server.ts";
import { isDatabaseUnreachable } from "#db/connection-errors.ts";
import { labelRoute } from "#platform/metrics.ts";
import { metricsEndpoint, recordRequestMetrics } from "./metrics.ts";

export const APP_VERSION = process.env.npm_package_version ?? "0.1.0";

/** What src/web/entry.server.tsx exports besides the renderer. */
type BuildWithContext = ServerBuild & {
  entry: {
    module: {
      requestContext: RouterContext<RequestContext>;
      RouterContextProvider: typeof RouterContextProvider;
      createRequestHandler: typeof createRequestHandler;
    };
  };
};

export type HttpAppOptions = {
  services: Services;
  /** The React Router server build; a function so development can hand in a fresh one per request. */
  getBuild: () => Promise<ServerBuild>;
  /** Folder of the built client assets (build/client); absent in development, where Vite serves them. */
  clientDir?: string;
  /** Vite's middlewares in development. */
  devMiddleware?: express.RequestHandler;
  /**
   * How React Router serves pages; development mode puts an error's message and stack (with SQL and its parameters)
   * in a 500 page. Defaults to the hub's NODE_ENV; src/server/start.ts (`npm start`, `npm run demo`) asks for "production".
   */
  pageMode?: "production" | "development";
};

export function createHttpApp(options: HttpAppOptions): express.Express {
  const { services } = options;
  const production = services.config.env === "production";
  const app = express();
  app.disable("x-powered-by");
  // Express would hash every body it sends for an ETag. API answers are "no-store" and pages carry a fresh nonce, so no
  // such tag could ever match; files that have a version say so themselves (assets, a trainer's photo).
  app.set("etag", false);
  app.set("trust proxy", services.config.trustProxy);

  app.use(
    pinoHttp({
      logger: services.logger,
      genReqId: (req, res) => {
        const incoming = req.headers["x-request-id"];
        const id = typeof incoming === "string" && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader("X-Request-Id", id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url?.startsWith("/assets/") ?? false },
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url?.split("?")[0],
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "info",
    }),
  );
  app.use(recordRequestMetrics());
  app.use(securityHeaders(production, API_BASE_PATH));
  app.use(compression());

  if (options.devMiddleware) app.use(options.devMiddleware);
  if (options.clientDir) {
    app.use("/assets", (_req, res, next) => {
      labelRoute(res, "/assets/*");
      next();
    });
    app.use("/assets", express.static(path.join(options.clientDir, "assets"), { immutable: true, maxAge: "1y" }));
    // Files at the top (favicon.svg) all have an extension; a page's path never names a file, so it
    // skips the disk lookup that would otherwise cost every page request a stat call.
    const rootFiles = express.static(options.clientDir, { maxAge: "1h", index: false });
    app.use((req, res, next) => {
      if (!path.extname(req.path)) return next();
      // A file at the top; when there is none, the page handler below names the route instead.
      labelRoute(res, "/*.file");
      rootFiles(req, res, next);
    });
  }

  app.get("/healthz", async (_req, res) => {
    labelRoute(res, "/healthz");
    const health = await checkHealth(services.database, APP_VERSION);
    res.status(health.status === "ok" ? 200 : 503).json(health);
  });

  app.get("/metrics", metricsEndpoint(services));

  app.use(refuseCrossSiteRequests([services.config.publicUrl]));
  app.use(API_BASE_PATH, createApiRouter(services));
  // The issuer id is the hub's address: a wallet or verifier asking it for JSON gets the issuer's Profile (decision 0027).
  app.get("/", async (req, res, next) => {
    res.vary("Accept");
    if (!wantsJsonLd(req.headers.accept)) return next();
    labelRoute(res, "/");
    try {
      res.set(ISSUER_PROFILE_HEADERS).send(JSON.stringify(await readIssuerProfile(services), null, 2));
    } catch (error) {
      next(error);
    }
  });

  // One handler per build: production builds once; development hands in a new build after each edit.
  const handlers = new WeakMap<ServerBuild, express.RequestHandler>();
  const handlerFor = (build: BuildWithContext) => {
    let handler = handlers.get(build);
    if (!handler) {
      const { requestContext, RouterContextProvider: Provider, createRequestHandler } = build.entry.module;
      handler = createRequestHandler({
        build,
        mode: options.pageMode ?? (production ? "production" : "development"),
        getLoadContext: (_req, res) => {
          const provider = new Provider();
          provider.set(requestContext, res.locals.requestContext as RequestContext);
          return provider;
        },
      });
      handlers.set(build, handler);
    }
    return handler;
  };

  const sharedPages = createSharedPageCache();
  // `use`, not a path pattern: Express would decode the pattern's parameter and fail on a malformed "%E0%A4%A" before
  // the page could answer it (src/web/route-access.ts refuses such addresses as pages do).
  app.use(async (req, res, next) => {
    try {
      const build = (await options.getBuild()) as BuildWithContext;
      const { handle, params, pattern } = routeMatchFor(build, req.path);
      if (pattern) labelRoute(res, pattern);
      else delete res.locals.routePattern;
      if (!limitBody(req, res, handle?.acceptsFiles ? MAX_UPLOAD_BODY_BYTES : MAX_FORM_BODY_BYTES)) return;
      // The files the JSON API points to open with the API's token; a token that is not valid gets the API's answer.
      let tokenViewer: ViewerProfile | null = null;
      if (handle?.acceptsApiToken) {
        const bearer = await authenticateBearer(services, req.get("authorization"));
        if (bearer.kind === "invalid")
          return sendProblem(req, res, services.config.publicUrl, "unauthorized", invalidTokenProblem);
        if (bearer.kind === "viewer") tokenViewer = bearer.viewer;
      }
      const context = await requestContextFor(req, res, services, build, tokenViewer);
      res.locals.requestContext = context;
      // Says which layer answered: the access policy (forbidden, sign-in) or the page itself (allow).
      res.setHeader("X-Access-Decision", context.access);
      // Not while developing: each edit brings a new build, and a copy of the old one would hide it.
      const seconds = services.config.env === "development" ? undefined : handle?.sharedCacheSeconds;
      const key = sharedPages.keyFor(req, context, seconds);
      // Read before the page renders, so a change racing the render leaves a copy whose stamp no longer matches.
      const stamp = key && handle?.sharedCacheStamp ? await pageStamps[handle.sharedCacheStamp](params, services) : "";
      if (key && stamp !== null && (await sharedPages.answer(res, { key, nonce: context.cspNonce, stamp }, seconds!)))
        return;
      await handlerFor(build)(req, res, next);
    } catch (error) {
      next(error);
    }
  });

  app.use((error: unknown, req: Request, res: Response, _next: express.NextFunction) => {
    if (isDatabaseUnreachable(error)) {
      req.log?.warn({ err: error }, "page request while the database is unreachable");
      if (res.headersSent) return;
      const locale = chooseLocale({
        cookie: parseCookies(req.headers.cookie ?? "")[LANGUAGE_COOKIE],
        acceptLanguage: req.headers["accept-language"],
      });
      return void sendWebResponse(res, unavailableResponse(locale));
    }
    req.log?.error({ err: error }, "request failed");
    if (res.headersSent) return;
    res.status(500).type("text/plain").send("Something went wrong on our side. Please try again in a moment.");
  });
  return app;
}

async function requestContextFor(
  req: Request,
  res: Response,
  services: Services,
  build: ServerBuild,
  tokenViewer: ViewerProfile | null,
): Promise<RequestContext> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  const viewer =
    tokenViewer ??
    (await viewerFromSession(services, headers, (cookies) => {
      for (const cookie of cookies) res.append("Set-Cookie", cookie);
    }));
  const cookies = parseCookies(req.headers.cookie ?? "");
  const locale = chooseLocale({
    saved: viewer?.locale,
    cookie: cookies[LANGUAGE_COOKIE],
    acceptLanguage: req.headers["accept-language"],
  });
  return {
    services,
    viewer,
    locale,
    timeZone: viewer?.timeZone ?? "America/Los_Angeles",
    requestId: String(req.id),
    clientIp: req.ip ?? "",
    cspNonce: String(res.locals.cspNonce),
    access: routeAccessFor(build, req.path, viewer),
  };
}

async function sendWebResponse(res: Response, response: globalThis.Response) {
  res.status(response.status);
  for (const [name, value] of response.headers) res.setHeader(name, value);
  res.send(await response.text());
}

/** A client that asks for JSON(-LD) and not for a page (a browser's Accept always names text/html). */
export function wantsJsonLd(accept: string | undefined): boolean {
  const value = (accept ?? "").toLowerCase();
  return /application\/(ld\+)?json/.test(value) && !value.includes("text/html");
}
