// The database's own refusals of what was sent, as the application's refusals: a reference to a row that is not
// there, a duplicate, a value the column cannot hold. Read once here, for the API's problems and the pages' forms.
import { AppError } from "#platform/app-error.ts";

/**
 * SQLSTATE codes PostgreSQL (and PGlite, which is PostgreSQL) answers when the data sent is at fault, not the server.
 * Anything else (a lost connection, a bug in a query) stays a real failure.
 */
const refusalFor: Record<string, AppError["code"]> = {
  // A foreign key naming a row that does not exist: what was named is not found.
  "23503": "not_found",
  // A unique constraint: the thing already exists.
  "23505": "conflict",
  // A value the column's rules refuse: a check, a NOT NULL, text that is not a uuid/number/date, too long,
  // out of range, a NUL byte in text (22021) or in JSON (22P05), an index entry too large (54000).
  "23514": "invalid",
  "23502": "invalid",
  "22P02": "invalid",
  "22001": "invalid",
  "22003": "invalid",
  "22007": "invalid",
  "22008": "invalid",
  "22021": "invalid",
  "22P05": "invalid",
  "54000": "invalid",
};

const says = {
  not_found: { key: "admin.errors.notFound" },
  conflict: { key: "admin.errors.conflict" },
  invalid: { key: "admin.errors.invalid" },
} as const;

/** The SQLSTATE of this error or of one it wraps (Drizzle wraps the driver's error in `cause`). */
export function sqlStateOf(error: unknown, depth = 0): string | null {
  if (!error || typeof error !== "object" || depth > 5) return null;
  const { code, cause } = error as { code?: unknown; cause?: unknown };
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  return sqlStateOf(cause, depth + 1);
}

/** The refusal a database error stands for, or null when it is not the sender's mistake. */
export function databaseRefusal(error: unknown): AppError | null {
  const state = sqlStateOf(error);
  const code = state ? refusalFor[state] : undefined;
  if (!code) return null;
  return new AppError(code, says[code as keyof typeof says]);
}
