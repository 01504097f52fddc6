// A trainer's own profile (two-language bio, languages, regions, pronouns, their consent to be shown publicly) and their
// reminder choice. Only the trainer edits it; it is shown to others only with `isPublic`.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { hasRole, isHubAdmin, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { consentChange } from "#core/privacy-consent.ts";
import { MAX_PROFILE_PRONOUNS_LENGTH } from "#core/limits.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { parseInput, problem } from "#features/validation/parse-input.ts";
import { markConsentsWithdrawn, recordConsents } from "#features/privacy/consent-records.ts";

export const MAX_TRAINER_BIO_LENGTH = 2000;
const MAX_LIST_ITEMS = 10;
const MAX_LIST_ITEM_LENGTH = 60;

/** "English, Spanish" → ["English", "Spanish"]: a list typed as one line, the way people write it. */
const commaList = z
  .string()
  .default("")
  .transform((text) =>
    text
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(MAX_LIST_ITEM_LENGTH, problem("trainers.profile.errors.itemTooLong")))
      .max(MAX_LIST_ITEMS, problem("trainers.profile.errors.tooMany")),
  );

export const trainerProfileInput = z.object({
  bioEn: z.string().trim().max(MAX_TRAINER_BIO_LENGTH, problem("trainers.profile.errors.bioTooLong")).default(""),
  bioEs: z.string().trim().max(MAX_TRAINER_BIO_LENGTH, problem("trainers.profile.errors.bioTooLong")).default(""),
  languages: commaList,
  regions: commaList,
  pronouns: z
    .string()
    .trim()
    .max(MAX_PROFILE_PRONOUNS_LENGTH, problem("trainers.profile.errors.pronounsTooLong"))
    .default(""),
  isPublic: z.boolean().default(false),
});

export type TrainerProfile = {
  bioEn: string;
  bioEs: string;
  languages: string[];
  regions: string[];
  pronouns: string | null;
  isPublic: boolean;
  remindersOff: boolean;
};

const empty: TrainerProfile = {
  bioEn: "",
  bioEs: "",
  languages: [],
  regions: [],
  pronouns: null,
  isPublic: false,
  remindersOff: false,
};

function requireTrainer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError("unauthorized", { detail: "Sign in first" });
  if (!hasRole(viewer, "trainer") && !isHubAdmin(viewer)) throw new AppError("forbidden", { detail: "Trainers only" });
  return viewer;
}

export async function readMyTrainerProfile(
  services: Pick<Services, "db">,
  viewer: Viewer | null,
): Promise<TrainerProfile> {
  const me = requireTrainer(viewer);
  const [row] = await services.db
    .select()
    .from(schema.trainerProfile)
    .where(eq(schema.trainerProfile.userId, me.userId));
  return row ? { ...row } : empty;
}

export async function updateMyTrainerProfile(
  services: Pick<Services, "db" | "now">,
  /** `locale`: the language the consent to be shown publicly was asked in (privacy consent records). */
  request: { viewer: Viewer | null; input: unknown; locale?: Locale },
  actor: AuditActor,
): Promise<TrainerProfile> {
  const me = requireTrainer(request.viewer);
  const input = parseInput(trainerProfileInput, request.input);
  const values = { ...input, pronouns: input.pronouns || null };
  const now = services.now();
  return services.db.transaction(async (tx) => {
    const [before] = await tx
      .select({ isPublic: schema.trainerProfile.isPublic })
      .from(schema.trainerProfile)
      .where(eq(schema.trainerProfile.userId, me.userId))
      .for("update");
    // Showing the profile publicly is a consent: recorded when given, ended when taken back.
    const change = consentChange(before?.isPublic ?? false, values.isPublic);
    if (change === "grant")
      await recordConsents(tx, [
        { userId: me.userId, purpose: "trainer_public_profile", locale: request.locale ?? "en", at: now },
      ]);
    else if (change === "withdraw")
      await markConsentsWithdrawn(tx, { userId: me.userId, purpose: "trainer_public_profile", at: now });
    const [row] = await tx
      .insert(schema.trainerProfile)
      .values({ userId: me.userId, ...values })
      .onConflictDoUpdate({ target: schema.trainerProfile.userId, set: values })
      .returning();
    // The consent is what matters to others; the text itself is the trainer's and stays out of the log.
    await recordAudit(tx, actor, {
      action: "trainer.profile_update",
      targetType: "user",
      targetId: me.userId,
      summary: { isPublic: values.isPublic },
    });
    return { ...row! };
  });
}

export async function setStandingReminders(
  services: Pick<Services, "db">,
  request: { viewer: Viewer | null; remindersOff: boolean },
): Promise<void> {
  const me = requireTrainer(request.viewer);
  await services.db
    .insert(schema.trainerProfile)
    .values({ userId: me.userId, remindersOff: request.remindersOff })
    .onConflictDoUpdate({ target: schema.trainerProfile.userId, set: { remindersOff: request.remindersOff } });
}
