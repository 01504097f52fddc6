// Saves the language a signed-in person chose, so every page and email follows it.
import { eq } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import type { Locale } from "#core/locale.ts";

export async function setLocale(db: Executor, input: { userId: string; locale: Locale }): Promise<void> {
  await db.update(schema.user).set({ locale: input.locale }).where(eq(schema.user.id, input.userId));
}
