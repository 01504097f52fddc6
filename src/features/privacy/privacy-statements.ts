// What the public privacy page promises about sensitive answers, the journal and a person's own data, taken from the
// words the pages that do these things show (or naming where they are), so the promise and the place cannot drift.
import type { MessageKey } from "#i18n/translate.ts";
import { consentWording } from "./consent-wording.ts";

export type PrivacyStatement = {
  id: string;
  title: MessageKey;
  items: readonly MessageKey[];
  /** Where a signed-in person does it today. */
  link?: { to: string; label: MessageKey };
};

/** The registration form's own sentence about who sees what is kept with a registration (its consent wording). */
export const sensitiveAnswersWording: MessageKey = consentWording.registration_answers.shownWith[0]!;

export const privacyStatements = {
  sensitive: {
    id: "sensitive",
    title: "public.privacy.sensitive.title",
    items: ["public.privacy.sensitive.optional", sensitiveAnswersWording],
  },
  // The journal page's own words on what the hub can and cannot see.
  journal: {
    id: "journal",
    title: "public.privacy.journal.title",
    items: ["journal.privacy.cannot", "journal.privacy.can", "journal.privacy.shred"],
    link: { to: "/my/journal", label: "public.privacy.journal.open" },
  },
  yourData: {
    id: "export-delete",
    title: "public.privacy.yourData.title",
    items: ["public.privacy.yourData.export", "public.privacy.yourData.delete", "public.privacy.yourData.kept"],
    link: { to: "/account/privacy", label: "public.privacy.yourData.open" },
  },
} as const satisfies Record<string, PrivacyStatement>;
