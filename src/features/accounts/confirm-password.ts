// Asks a signed-in person for their password again before something that cannot be undone (deleting the account). The
// check is a guess like any sign-in, so it counts in the same place (password-guard.ts).
import { and, eq } from "drizzle-orm";
import { schema } from "#db/client.ts";
import type { Services } from "#platform/services.ts";
import { guardPassword } from "./password-guard.ts";

export type PasswordCheck = "right" | "wrong" | "none";

/** Whether `password` is the person's own; "none" when they have no password (they sign in by link only). */
export async function confirmOwnPassword(
  services: Pick<Services, "db" | "auth" | "config" | "now">,
  input: { userId: string; email: string; password: string; ip: string },
): Promise<PasswordCheck> {
  const [credential] = await services.db
    .select({ hash: schema.account.password })
    .from(schema.account)
    .where(and(eq(schema.account.userId, input.userId), eq(schema.account.providerId, "credential")));
  if (!credential?.hash) return "none";
  const auth = await services.auth.$context;
  const { passwordRight } = await guardPassword(services, { email: input.email, ip: input.ip }, async () => ({
    passwordRight: await auth.password.verify({ hash: credential.hash!, password: input.password }),
  }));
  return passwordRight ? "right" : "wrong";
}
