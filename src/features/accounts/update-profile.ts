// Saves a person's chosen name, legal name, pronouns, language and time zone, and records which ones changed.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema, type Executor } from "#db/client.ts";
import { AppError } from "#platform/app-error.ts";
import { locales } from "#core/locale.ts";
import { isSupportedTimeZone } from "#core/time-zones.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { optionalText, parseInput, problem, requiredText } from "#features/validation/parse-input.ts";
import { requestCredentialReissue } from "#features/credentials/reissue-credentials.ts";
import { MAX_LEGAL_NAME_LENGTH, MAX_PROFILE_PRONOUNS_LENGTH } from "#core/limits.ts";

export const profileInput = z.object({
  name: requiredText(
    MAX_CHOSEN_NAME_LENGTH,
    problem("account.profile.errors.nameMissing"),
    problem("account.profile.errors.nameTooLong"),
  ),
  legalName: optionalText(MAX_LEGAL_NAME_LENGTH, problem("account.profile.errors.legalNameTooLong")),
  pronouns: optionalText(MAX_PROFILE_PRONOUNS_LENGTH, problem("account.profile.errors.pronounsTooLong")),
  locale: z.enum(locales, problem("account.profile.errors.locale")),
  timeZone: z.string().refine((zone) => isSupportedTimeZone(zone), problem("account.profile.errors.timeZone")),
});

/** As a form sends it: every field is text, checked here. */
export type ProfileChange = Record<keyof z.input<typeof profileInput>, string>;
const editable = ["name", "legalName", "pronouns", "locale", "timeZone"] as const;

export async function updateProfile(
  db: Executor,
  input: { userId: string } & ProfileChange,
  actor: AuditActor,
): Promise<{ changed: Array<(typeof editable)[number]> }> {
  const profile = parseInput(profileInput, input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(schema.user).where(eq(schema.user.id, input.userId)).for("update");
    if (!current) throw new AppError("not_found", { detail: "No such person" });
    const changed = editable.filter((field) => (current[field] ?? null) !== profile[field]);
    if (changed.length === 0) return { changed };
    await tx.update(schema.user).set(profile).where(eq(schema.user.id, input.userId));
    // Which fields changed, and only the values that are not personal (a legal name or pronouns never go in the log).
    const summary: Record<string, unknown> = { changed };
    if (changed.includes("locale")) summary.locale = profile.locale;
    if (changed.includes("timeZone")) summary.timeZone = profile.timeZone;
    await recordAudit(tx, actor, { action: "profile.update", targetType: "user", targetId: input.userId, summary });
    // Certificates carry the legal name (or the chosen one when none is given), and the verify page the chosen one.
    if (changed.includes("legalName") || changed.includes("name")) await requestCredentialReissue(tx, input.userId);
    return { changed };
  });
}
