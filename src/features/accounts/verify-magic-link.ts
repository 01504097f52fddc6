// Uses a sign-in link: the token works once, within its time, and starts a session.
import type { Services } from "#platform/services.ts";
import { cookiesFrom, redirectErrorCode } from "./auth-responses.ts";

export type MagicLinkResult = { status: "signed-in"; cookies: Headers } | { status: "invalid" };

export async function verifyMagicLink(
  services: Services,
  input: { token: string; headers: Headers },
): Promise<MagicLinkResult> {
  if (!input.token) return { status: "invalid" };
  try {
    // No callbackURL: success answers with data and the session cookie; every failure is a 302 with ?error=.
    const { headers } = await services.auth.api.magicLinkVerify({
      query: { token: input.token },
      headers: input.headers,
      returnHeaders: true,
    });
    return { status: "signed-in", cookies: cookiesFrom(headers) };
  } catch (error) {
    if (redirectErrorCode(error) !== null) return { status: "invalid" };
    throw error;
  }
}
