// Where a form may send a person afterwards: only a path on this site, never another site.

/**
 * Returns `value` when it is a same-site path ("/account?x=1"), else `fallback`.
 * Refused: absolute URLs, protocol-relative "//host", "/\host" (browsers read "\" as "/"),
 * and anything with control characters or whitespace that a browser might strip or reinterpret.
 */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/")) return fallback;
  if (value.startsWith("//") || value.startsWith("/\\")) return fallback;
  // Tabs and newlines are removed by URL parsers, which could turn "/\t/evil" into "//evil".
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\u0000-\u001f\u007f\s\\]/.test(value)) return fallback;
  // A Location header carries only Latin-1, so "/trainings?q=é" or "/cursos/ñ" would fail the answer: characters past
  // ASCII are percent-encoded (as a browser would), and a broken surrogate pair, which can't be, is refused.
  try {
    return value.replace(/[^\x20-\x7e]+/gu, (run) => encodeURIComponent(run));
  } catch {
    return fallback;
  }
}

const REGISTRATION_PATH =
  /^\/trainings\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/register(?:[?#]|$)/i;

/** The session a return path registers for ("/trainings/<id>/register"), or null for any other path. */
export function registrationSessionOf(path: string): string | null {
  return REGISTRATION_PATH.exec(path)?.[1]?.toLowerCase() ?? null;
}

/** The path with one more query parameter, keeping what it had (`withParam("/a?x=1", "welcome", "1")`). */
export function withParam(path: string, name: string, value: string): string {
  const hash = path.indexOf("#");
  const [base, fragment] = hash === -1 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
  const separator = base.includes("?") ? "&" : "?";
  return `${base}${separator}${encodeURIComponent(name)}=${encodeURIComponent(value)}${fragment}`;
}
