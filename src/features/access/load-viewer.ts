// Who is asking: a browser session (cookie) or an API token (Bearer), with the roles they hold.
import { eq, sql, type SQL } from "drizzle-orm";
import type { Services } from "#platform/services.ts";
import { SESSION_REFRESH_SECONDS, SESSION_SECONDS } from "#platform/auth.ts";
import { cookieValue, sessionCookieSettings, verifiedToken } from "#platform/session-cookie.ts";
import { schema, type Executor } from "#db/client.ts";
import { preparedFor } from "#db/prepared.ts";
import type { RoleGrant, Viewer } from "#core/access.ts";
import {
  hashToken,
  isPersonalAccessToken,
  liveTokenWithHash,
  markTokenUsed,
} from "#features/tokens/personal-access-tokens.ts";

export type ViewerProfile = Viewer & { locale: string; timeZone: string; pronouns: string | null };

export async function rolesOf(db: Executor, userId: string): Promise<RoleGrant[]> {
  const grants = await db
    .select({ role: schema.roleGrant.role, organizationId: schema.roleGrant.organizationId })
    .from(schema.roleGrant)
    .where(eq(schema.roleGrant.userId, userId));
  return grants;
}

/**
 * The person's grants as one JSON array inside the same query as the person, so a request learns who is asking in one
 * round trip; in the order the people pages use (role, then organization name).
 */
// Written with its own aliases: drizzle leaves columns unqualified in a one-table select, which would be ambiguous here.
const rolesOfViewer: SQL<RoleGrant[]> = sql<RoleGrant[]>`coalesce((
  select json_agg(json_build_object('role', grant_row.role, 'organizationId', grant_row.organization_id) order by grant_row.role, org.name)
  from ${schema.roleGrant} grant_row left join ${schema.organization} org on org.id = grant_row.organization_id
  where grant_row.user_id = ${schema.user}.id), '[]'::json)`;

const viewerColumns = {
  userId: schema.user.id,
  email: schema.user.email,
  name: schema.user.name,
  emailVerified: schema.user.emailVerified,
  locale: schema.user.locale,
  timeZone: schema.user.timeZone,
  pronouns: schema.user.pronouns,
  roles: rolesOfViewer,
};

async function profileFor(db: Executor, userId: string): Promise<ViewerProfile | null> {
  const [viewer] = await db.select(viewerColumns).from(schema.user).where(eq(schema.user.id, userId));
  return viewer ?? null;
}

/**
 * Reads the session cookie; people who have not confirmed their email are not signed in.
 * Most requests take one query (see `viewerFromSessionRow`); otherwise better-auth reads the session, and may renew or
 * clear the cookie while doing so: those Set-Cookie values go to `forwardCookies`.
 */
export async function viewerFromSession(
  services: Services,
  headers: Headers,
  forwardCookies: (setCookies: string[]) => void = () => undefined,
): Promise<ViewerProfile | null> {
  const cookie = headers.get("cookie");
  if (!cookie || !cookie.includes("ips.session_token")) return null;
  const fast = await viewerFromSessionRow(services, cookie);
  if (fast !== undefined) return fast;
  const { headers: responseHeaders, response: session } = await services.auth.api.getSession({
    headers,
    returnHeaders: true,
  });
  forwardCookies(responseHeaders.getSetCookie());
  if (!session || !session.user.emailVerified) return null;
  return profileFor(services.db, session.user.id);
}

// Every signed-in request runs it: built once, prepared on each connection.
const sessionViewerQuery = preparedFor((db) =>
  db
    .select({ ...viewerColumns, expiresAt: schema.session.expiresAt })
    .from(schema.session)
    .innerJoin(schema.user, eq(schema.user.id, schema.session.userId))
    .where(eq(schema.session.token, sql.placeholder("token")))
    .prepare("viewer_from_session"),
);

// Every API request runs it: built once, prepared on each connection.
const bearerViewerQuery = preparedFor((db) => {
  const pat = schema.personalAccessToken;
  return db
    .select({ ...viewerColumns, tokenId: pat.id, lastUsedAt: pat.lastUsedAt })
    .from(pat)
    .innerJoin(schema.user, eq(schema.user.id, pat.userId))
    .where(liveTokenWithHash(sql.placeholder("hash"), sql.placeholder("now")))
    .prepare("viewer_from_bearer");
});

const SESSION_MS = SESSION_SECONDS * 1000;
const REFRESH_MS = SESSION_REFRESH_SECONDS * 1000;

/**
 * The session, its person and their roles in one query, when better-auth would only have read them: the cookie's
 * signature checks out (docs/decisions/0030-one-query-session-read.md), the session exists, has not expired and is not
 * due for renewal (a session signed in "not remembered" never is). Undefined means "ask better-auth": it then clears a bad cookie, deletes an expired session or renews
 * a due one, exactly as before. The clock is the real one, as better-auth's.
 */
async function viewerFromSessionRow(services: Services, cookie: string): Promise<ViewerProfile | null | undefined> {
  const settings = await sessionCookieSettings(services.auth);
  // A cached copy of the session in a cookie is not used here; better-auth clears it.
  if (cookieValue(cookie, settings.dataCookie) !== null) return undefined;
  const value = cookieValue(cookie, settings.sessionCookie);
  const token = value === null ? null : verifiedToken(value, settings.secret);
  if (token === null) return undefined;
  const [row] = await sessionViewerQuery(services.db).execute({ token });
  if (!row) return undefined;
  const { expiresAt, ...viewer } = row;
  const now = Date.now();
  if (expiresAt.getTime() <= now) return undefined;
  // better-auth never renews a session whose sign-in asked not to be remembered (a signed `dont_remember` cookie).
  const dontRemember = cookieValue(cookie, settings.dontRememberCookie);
  const renews = dontRemember === null || verifiedToken(dontRemember, settings.secret) === null;
  if (renews && expiresAt.getTime() - SESSION_MS + REFRESH_MS <= now) return undefined;
  return viewer.emailVerified ? viewer : null;
}

/**
 * The person behind a live token (not revoked, not expired), read with their roles in one query. Marking the token used
 * is not part of the answer: it is sent without waiting (at most once a minute per token) and a failure is only logged.
 */
export async function viewerFromBearer(
  services: Services,
  authorization: string | null,
): Promise<ViewerProfile | null> {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token || !isPersonalAccessToken(token)) return null;
  const now = services.now();
  const [row] = await bearerViewerQuery(services.db).execute({ hash: hashToken(token), now: now.toISOString() });
  if (!row) return null;
  const { tokenId, lastUsedAt, ...viewer } = row;
  markTokenUsed(services.db, { tokenId, lastUsedAt, now }).catch((error: unknown) =>
    services.logger.warn({ err: error, tokenId }, "could not record when a token was last used"),
  );
  return viewer;
}
