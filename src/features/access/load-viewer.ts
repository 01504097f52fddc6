// Who is asking: a browser session (cookie) or an API token (Bearer), with the roles they hold.
import { eq } from "drizzle-orm";
import type { Services } from "#platform/services.ts";
import { schema, type Executor } from "#db/client.ts";
import type { RoleGrant, Viewer } from "#core/access.ts";
import { authenticateToken } from "#features/tokens/personal-access-tokens.ts";

export type ViewerProfile = Viewer & { locale: string; timeZone: string };

export async function rolesOf(db: Executor, userId: string): Promise<RoleGrant[]> {
  const grants = await db
    .select({ role: schema.roleGrant.role, organizationId: schema.roleGrant.organizationId })
    .from(schema.roleGrant)
    .where(eq(schema.roleGrant.userId, userId));
  return grants;
}

async function profileFor(db: Executor, userId: string): Promise<ViewerProfile | null> {
  const [person] = await db.select().from(schema.user).where(eq(schema.user.id, userId));
  if (!person) return null;
  return {
    userId: person.id,
    email: person.email,
    name: person.name,
    emailVerified: person.emailVerified,
    locale: person.locale,
    timeZone: person.timeZone,
    roles: await rolesOf(db, person.id),
  };
}

/**
 * Reads the session cookie; people who have not confirmed their email are not signed in.
 * better-auth may renew or clear the cookie while reading it: those Set-Cookie values go to `forwardCookies`.
 */
export async function viewerFromSession(
  services: Services,
  headers: Headers,
  forwardCookies: (setCookies: string[]) => void = () => undefined,
): Promise<ViewerProfile | null> {
  const cookie = headers.get("cookie");
  if (!cookie || !cookie.includes("ips.session_token")) return null;
  const { headers: responseHeaders, response: session } = await services.auth.api.getSession({ headers, returnHeaders: true });
  forwardCookies(responseHeaders.getSetCookie());
  if (!session || !session.user.emailVerified) return null;
  return profileFor(services.db, session.user.id);
}

export async function viewerFromBearer(services: Services, authorization: string | null): Promise<ViewerProfile | null> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match) return null;
  const userId = await authenticateToken(services.db, match[1]!, services.now());
  return userId ? profileFor(services.db, userId) : null;
}
