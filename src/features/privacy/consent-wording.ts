// The wording of each consent the hub asks for, by version: the one place a version is raised when the words change.
// Each version's text is kept in the messages under its own key, so a consent always shows what was agreed to.
import type { ConsentPurpose } from "#core/privacy-consent.ts";
import type { MessageKey } from "#i18n/translate.ts";

type Wording = {
  /** The version asked for now; raise it (and add the next message key) whenever the words shown change. */
  version: number;
  /** Where the words are shown when asking, in order: the current version's text must hold each of them. */
  shownWith: readonly MessageKey[];
};

export const consentWording: Readonly<Record<ConsentPurpose, Wording>> = {
  registration_answers: {
    version: 2,
    shownWith: ["myTrainings.register.consent.what", "myTrainings.register.consent.label"],
  },
  partner_sharing: { version: 2, shownWith: ["partners.mine.lede"] },
  trainer_public_profile: { version: 1, shownWith: ["trainers.profile.isPublic", "trainers.profile.isPublicHint"] },
  testimonial: { version: 2, shownWith: ["impact.testimonials.consent", "impact.testimonials.consentHint"] },
  impact_county: { version: 2, shownWith: ["impact.county.hint", "impact.county.whatHappens"] },
};

/** The message key holding a purpose's words at a version. */
export function wordingKey(purpose: ConsentPurpose, version: number): MessageKey {
  return `privacy.wording.${purpose}.v${version}` as MessageKey;
}

/** The version of a purpose's wording asked for now. */
export function currentWordingVersion(purpose: ConsentPurpose): number {
  return consentWording[purpose].version;
}
