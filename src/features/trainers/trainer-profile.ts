// A trainer's own profile (two-language bio, languages, regions, pronouns, an optional photo, their consent to be shown
// publicly) and their reminder choice. Only the trainer edits it; it is shown to others only with `isPublic`.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { schema } from "#db/client.ts";
import { hasRole, isHubAdmin, type Viewer } from "#core/access.ts";
import type { Locale } from "#core/locale.ts";
import { consentChange } from "#core/privacy-consent.ts";
import { MAX_PROFILE_PRONOUNS_LENGTH } from "#core/limits.ts";
import { checkPhoto, photoETag, type PhotoType } from "#core/trainer-photo.ts";
import { AppError } from "#platform/app-error.ts";
import type { Services } from "#platform/services.ts";
import { recordAudit, type AuditActor } from "#features/audit/record-audit.ts";
import { invalid, parseInput, problem } from "#features/validation/parse-input.ts";
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
  /** When the photo was last replaced (its version in the photo's address); null without a photo. */
  photoUpdatedAt: Date | null;
};

const empty: TrainerProfile = {
  bioEn: "",
  bioEs: "",
  languages: [],
  regions: [],
  pronouns: null,
  isPublic: false,
  remindersOff: false,
  photoUpdatedAt: null,
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
    .select({ profile: schema.trainerProfile, photoUpdatedAt: schema.trainerPhoto.updatedAt })
    .from(schema.user)
    .leftJoin(schema.trainerProfile, eq(schema.trainerProfile.userId, schema.user.id))
    .leftJoin(schema.trainerPhoto, eq(schema.trainerPhoto.userId, schema.user.id))
    .where(eq(schema.user.id, me.userId));
  return { ...(row?.profile ?? empty), photoUpdatedAt: row?.photoUpdatedAt ?? null };
}

/** A photo as uploaded: its bytes (the name the browser sent is not kept: the photo is served under the trainer's id). */
export type PhotoUpload = { bytes: Uint8Array } | null;

export async function updateMyTrainerProfile(
  services: Pick<Services, "db" | "now">,
  /** `locale`: the language the consent to be shown publicly was asked in (privacy consent records). */
  request: { viewer: Viewer | null; input: unknown; locale?: Locale; photo?: PhotoUpload; removePhoto?: boolean },
  actor: AuditActor,
): Promise<TrainerProfile> {
  const me = requireTrainer(request.viewer);
  const input = parseInput(trainerProfileInput, request.input);
  let photo: { bytes: Buffer; type: PhotoType } | null = null;
  if (request.photo && request.photo.bytes.length > 0) {
    const check = checkPhoto(request.photo.bytes);
    if (!check.ok)
      throw invalid([
        {
          path: "photo",
          message: problem(
            check.problem === "too_large"
              ? "trainers.profile.errors.photoTooLarge"
              : "trainers.profile.errors.photoType",
          ),
        },
      ]);
    photo = { bytes: Buffer.from(request.photo.bytes), type: check.type };
  }
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
    let photoUpdatedAt: Date | null;
    if (photo) {
      await tx
        .insert(schema.trainerPhoto)
        .values({ userId: me.userId, ...photo, updatedAt: now })
        .onConflictDoUpdate({ target: schema.trainerPhoto.userId, set: { ...photo, updatedAt: now } });
      photoUpdatedAt = now;
    } else if (request.removePhoto) {
      await tx.delete(schema.trainerPhoto).where(eq(schema.trainerPhoto.userId, me.userId));
      photoUpdatedAt = null;
    } else {
      const [kept] = await tx
        .select({ updatedAt: schema.trainerPhoto.updatedAt })
        .from(schema.trainerPhoto)
        .where(eq(schema.trainerPhoto.userId, me.userId));
      photoUpdatedAt = kept?.updatedAt ?? null;
    }
    // The consent is what matters to others; the text and the picture are the trainer's and stay out of the log.
    await recordAudit(tx, actor, {
      action: "trainer.profile_update",
      targetType: "user",
      targetId: me.userId,
      summary: {
        isPublic: values.isPublic,
        ...(photo ? { photo: "replaced" } : request.removePhoto ? { photo: "removed" } : {}),
      },
    });
    return { ...row!, photoUpdatedAt };
  });
}

export type TrainerPhotoFile = {
  bytes: Buffer;
  type: PhotoType;
  etag: string;
  updatedAt: Date;
  shownPublicly: boolean;
};

/**
 * A trainer's photo for whoever asks while the trainer consents to be shown, and for the trainer themself always (to
 * see what they uploaded); anyone else, and a photo that does not exist, finds nothing.
 */
export async function readTrainerPhoto(
  services: Pick<Services, "db">,
  viewer: Viewer | null,
  userId: string,
): Promise<TrainerPhotoFile> {
  const [row] = await services.db
    .select({
      bytes: schema.trainerPhoto.bytes,
      type: schema.trainerPhoto.type,
      updatedAt: schema.trainerPhoto.updatedAt,
      isPublic: schema.trainerProfile.isPublic,
    })
    .from(schema.trainerPhoto)
    .leftJoin(schema.trainerProfile, eq(schema.trainerProfile.userId, schema.trainerPhoto.userId))
    .where(eq(schema.trainerPhoto.userId, userId));
  const shownPublicly = row?.isPublic === true;
  if (!row || (!shownPublicly && viewer?.userId !== userId))
    throw new AppError("not_found", { detail: "No such photo" });
  return {
    bytes: Buffer.from(row.bytes),
    type: row.type,
    updatedAt: row.updatedAt,
    shownPublicly,
    etag: photoETag(userId, row.updatedAt, shownPublicly),
  };
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
