// Every API error as RFC 9457 problem details: AppError codes, invalid input, malformed JSON and the rest map here once.
import type { NextFunction, Request, Response } from "express";
import type { z } from "zod";
import { httpStatusFor, isAppError, type FieldError } from "#platform/app-error.ts";
import { translator } from "#i18n/translate.ts";
import { issueAsFieldError } from "#features/validation/parse-input.ts";
import { databaseRefusal } from "#features/validation/database-refusals.ts";
import type { Logger } from "#platform/logger.ts";
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnreachable } from "#db/connection-errors.ts";
import type { FieldProblemBody, ProblemBody } from "./schemas.ts";

/** The kinds of problem the API answers with; each has a section on the reference page (`/api/docs#problem-<kind>`). */
export const problemKinds = {
  "malformed-request": { status: 400, title: "The request could not be read" },
  unauthorized: { status: 401, title: "Authentication required" },
  forbidden: { status: 403, title: "Not allowed" },
  "not-found": { status: 404, title: "Not found" },
  "method-not-allowed": { status: 405, title: "Method not allowed" },
  conflict: { status: 409, title: "Conflict with the current state" },
  "too-large": { status: 413, title: "Request body too large" },
  "unsupported-media-type": { status: 415, title: "Send JSON" },
  invalid: { status: 422, title: "Some fields need attention" },
  "rate-limited": { status: 429, title: "Too many attempts" },
  internal: { status: 500, title: "Something went wrong on our side" },
  unavailable: { status: 503, title: "Temporarily unavailable" },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof problemKinds;

export function problemKindForStatus(status: number): ProblemKind | undefined {
  return (Object.keys(problemKinds) as ProblemKind[]).find((kind) => problemKinds[kind].status === status);
}

export type ProblemOptions = {
  detail?: string;
  errors?: FieldProblemBody[];
  retryAfterSeconds?: number;
  /** For 401: the RFC 6750 error code, e.g. "invalid_token". */
  bearerError?: string;
  allow?: string[];
};

/** Where problem `type` URIs point: the reference page on this hub. */
export function problemTypeUri(publicUrl: string, kind: ProblemKind): string {
  return `${publicUrl}/api/docs#problem-${kind}`;
}

export function sendProblem(
  req: Request,
  res: Response,
  publicUrl: string,
  kind: ProblemKind,
  options: ProblemOptions = {},
): void {
  const { status, title } = problemKinds[kind];
  const body: ProblemBody = {
    type: problemTypeUri(publicUrl, kind),
    title,
    status,
    ...(options.detail ? { detail: options.detail } : {}),
    instance: req.originalUrl.split("?")[0],
    ...(options.errors?.length ? { errors: options.errors } : {}),
  };
  if (status === 401) {
    res.setHeader(
      "WWW-Authenticate",
      options.bearerError ? `Bearer realm="api", error="${options.bearerError}"` : `Bearer realm="api"`,
    );
  }
  if (options.retryAfterSeconds !== undefined)
    res.setHeader("Retry-After", String(Math.max(1, Math.ceil(options.retryAfterSeconds))));
  if (options.allow) res.setHeader("Allow", options.allow.join(", "));
  res.setHeader("Cache-Control", "no-store");
  res.status(status).type("application/problem+json").send(JSON.stringify(body));
}

const english = translator("en");

/** A field error in plain English: its message key read in English, or its detail as it is. */
function fieldText(field: FieldError): string {
  return field.message === undefined ? field.detail : english(field.message, field.values);
}

/**
 * Zod's issues as field problems, made plain where a field is missing or unexpected; a schema taken from a use case
 * names message keys, read here in English. Input values never reach the answer.
 */
export function fieldProblemsFromZod(error: z.ZodError): FieldProblemBody[] {
  const pathOf = (path: PropertyKey[]) => path.map(String).join(".");
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: pathOf([...issue.path, key]),
        message: "This field is not part of the request; check its spelling",
      }));
    }
    // Only known when parsed with `reportInput`.
    if (issue.code === "invalid_type" && "input" in issue && issue.input === undefined) {
      return [{ path: pathOf(issue.path), message: "This field is required" }];
    }
    const field = issueAsFieldError(issue);
    return [{ path: field.path, message: fieldText(field) }];
  });
}

/** Field errors from a use case's checks as field problems, in plain English. */
export function fieldProblemsOf(fields: FieldError[]): FieldProblemBody[] {
  return fields.map((field) => ({ path: field.path, message: fieldText(field) }));
}

/** The last handler of the API router: turns anything thrown into a problem response, never a stack trace. */
export function problemErrorHandler(publicUrl: string, logger: Logger) {
  return (thrown: unknown, req: Request, res: Response, _next: NextFunction) => {
    if (res.headersSent) return;
    // The database refusing what was sent (a reference to no row, a duplicate, a NUL byte) is the sender's mistake.
    const error = isAppError(thrown) ? thrown : (databaseRefusal(thrown) ?? thrown);
    if (isAppError(error)) {
      const kind = problemKindForStatus(httpStatusFor[error.code]) ?? "internal";
      const wait = error.details.retryAfterSeconds;
      const said = error.key ? english(error.key, error.details.values) : (error.detail ?? error.message);
      sendProblem(req, res, publicUrl, kind, {
        detail: wait ? `${said.replace(/\.?$/, ".")} Try again in ${Math.ceil(wait)} seconds.` : said,
        errors: error.details.fields && fieldProblemsOf(error.details.fields),
        retryAfterSeconds: error.details.retryAfterSeconds,
      });
      return;
    }
    // body-parser marks its errors with a `type` and an HTTP status.
    const parserError = error as { type?: string; status?: number };
    if (parserError.type === "entity.parse.failed") {
      return sendProblem(req, res, publicUrl, "malformed-request", { detail: "The body is not valid JSON." });
    }
    if (parserError.type === "entity.too.large") {
      return sendProblem(req, res, publicUrl, "too-large", {
        detail: "The body is larger than this endpoint accepts.",
      });
    }
    if (parserError.type === "encoding.unsupported" || parserError.type === "charset.unsupported") {
      return sendProblem(req, res, publicUrl, "unsupported-media-type", { detail: "Send the body as UTF-8 JSON." });
    }
    if (typeof parserError.status === "number" && parserError.status >= 400 && parserError.status < 500) {
      return sendProblem(req, res, publicUrl, "malformed-request", { detail: "The request could not be read." });
    }
    if (isDatabaseUnreachable(error)) {
      (req.log ?? logger).warn({ err: error }, "API request while the database is unreachable");
      return sendProblem(req, res, publicUrl, "unavailable", {
        detail: "The hub can't reach its database right now. Try again shortly.",
        retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
      });
    }
    (req.log ?? logger).error({ err: error }, "API request failed");
    sendProblem(req, res, publicUrl, "internal", {
      detail: "Please try again in a moment. If it keeps happening, tell the hub's team.",
    });
  };
}
