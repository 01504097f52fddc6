// Tells "the database can't be reached" apart from every other failure, once, for the API, the pages and /healthz.

/** Network failures on the way to PostgreSQL (node's socket errors). */
const networkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);

/**
 * PostgreSQL's own words for it: class 08 (connection exception), the server shutting down or starting up (57P01-03),
 * and no connection slot left (53300).
 */
const serverCodes = /^(08\w{3}|57P0[123]|53300)$/;

/** What node-postgres and PGlite say when there is no connection to be had (no code of their own). */
const messages = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /cannot use a pool after calling end/i,
  /pglite is closed/i,
  /connection refused/i,
];

/** True when this error, or one it wraps (Drizzle's query error, an AggregateError from connecting), is a lost database. */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === "string" && (networkCodes.has(code) || serverCodes.test(code))) return true;
  if (typeof message === "string" && messages.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnreachable(inner, depth + 1))) return true;
  return isDatabaseUnreachable(cause, depth + 1);
}

/** How long a caller should wait before trying again while the database is away. */
export const DATABASE_RETRY_AFTER_SECONDS = 30;

/**
 * Runs `work` again while the database is unreachable, waiting longer each time (up to `maxDelayMs`), for at most
 * `withinMs` in all; any other failure, or the time running out, reaches the caller. For writes that record what has
 * already happened outside the database (a mail handed to the SMTP server, a job finished): given up at the first
 * failure, the job would be run again when its lease ran out and the mail sent twice.
 */
export async function retryWhileUnreachable<T>(
  work: () => Promise<T>,
  options: { withinMs: number; maxDelayMs?: number; sleep?: (ms: number) => Promise<void> },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxDelayMs = options.maxDelayMs ?? 5000;
  let waited = 0;
  let delay = 250;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isDatabaseUnreachable(error) || waited + delay > options.withinMs) throw error;
      await sleep(delay);
      waited += delay;
      delay = Math.min(maxDelayMs, delay * 2);
    }
  }
}
