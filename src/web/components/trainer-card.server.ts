// A consenting trainer's public profile worded for the page's language, for the card in trainer-card.tsx (loaders only).
import type { Locale } from "#core/locale.ts";
import { localizedWithLang } from "#i18n/localized.ts";
import { trainerPhotoPath, type PublicTrainer } from "#features/trainers/list-trainers.ts";
import type { TrainerCardView } from "./trainer-card.tsx";

export function trainerCardView(trainer: PublicTrainer, locale: Locale): TrainerCardView {
  return {
    userId: trainer.userId,
    name: trainer.name,
    pronouns: trainer.pronouns,
    bio: localizedWithLang({ en: trainer.bioEn, es: trainer.bioEs }, locale),
    languages: trainer.languages,
    regions: trainer.regions,
    photo: trainer.photoUpdatedAt ? trainerPhotoPath(trainer.userId, trainer.photoUpdatedAt) : null,
  };
}
