// Ends this browser's session; returns the cookies that clear it.
import type { Services } from "#platform/services.ts";
import { cookiesFrom } from "./auth-responses.ts";

export async function signOut(services: Services, input: { headers: Headers }): Promise<Headers> {
  const { headers } = await services.auth.api.signOut({ headers: input.headers, returnHeaders: true });
  return cookiesFrom(headers);
}
