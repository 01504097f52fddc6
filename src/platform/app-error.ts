// One application error with a code; the API maps it to problem+json and pages to a translated message.
import type { MessageKey } from "#i18n/translate.ts";

export type AppErrorCode =
  "not_found" | "forbidden" | "unauthorized" | "conflict" | "invalid" | "rate_limited" | "unavailable";

/** Fill a message's placeholders, such as the {min} of "at least {min} characters". */
export type MessageValues = Record<string, number | string>;

/**
 * What an error says, said explicitly: a message key (with its values) that pages translate and the API reads in
 * English, or a plain detail in English for callers that have no translation (the CLI, API-only checks).
 */
export type ErrorMessage = { key: MessageKey; values?: MessageValues } | { detail: string };

/** One field that needs attention: a message key with its values, or a plain detail. */
export type FieldError =
  | { path: string; message: MessageKey; values?: MessageValues; detail?: undefined }
  | { path: string; detail: string; message?: undefined; values?: undefined };

const BRAND = Symbol.for("ips-hub.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;
  /** Set when the error says why with a message key; `details.values` fill it. */
  readonly key: MessageKey | undefined;
  /** Set when the error says why in plain English only. */
  readonly detail: string | undefined;
  readonly details: { fields?: FieldError[]; retryAfterSeconds?: number; values?: MessageValues };
  readonly code: AppErrorCode;
  constructor(
    code: AppErrorCode,
    says: ErrorMessage,
    details: { fields?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    // `message` stays the key or the detail, for logs and for tests that name the refusal.
    super("key" in says ? says.key : says.detail);
    this.name = "AppError";
    this.code = code;
    this.key = "key" in says ? says.key : undefined;
    this.detail = "detail" in says ? says.detail : undefined;
    this.details = "key" in says && says.values ? { ...details, values: says.values } : details;
  }

  /** What this error says, to build another one that says the same (with other field paths, say). */
  get says(): ErrorMessage {
    return this.key ? { key: this.key, values: this.details.values } : { detail: this.detail ?? this.message };
  }
}

/** Works across module copies (the web bundle and the server each load their own). */
export function isAppError(error: unknown): error is AppError {
  return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true;
}

export const httpStatusFor: Record<AppErrorCode, number> = {
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  conflict: 409,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
};
