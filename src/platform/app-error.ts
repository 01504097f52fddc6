// One application error with a code; the API maps it to problem+json and pages to a translated message.
export type AppErrorCode =
  | "not_found"
  | "forbidden"
  | "unauthorized"
  | "conflict"
  | "invalid"
  | "rate_limited"
  | "unavailable";

/** `message` is a message key (or plain text); `values` fill its placeholders, such as the {min} of "at least {min} characters". */
export type FieldError = { path: string; message: string; values?: Record<string, number | string> };

const BRAND = Symbol.for("ips-hub.AppError");

export class AppError extends Error {
  readonly [BRAND] = true;
  constructor(
    readonly code: AppErrorCode,
    message: string,
    /** `values` fill the placeholders of `message` when it is a message key. */
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number; values?: Record<string, number | string> } = {},
  ) {
    super(message);
    this.name = "AppError";
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
