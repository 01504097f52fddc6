// Testimonials: the consent wording a person agrees to (versioned, so each row says which words they saw), how they
// chose to be named, and the name that choice shows.

/**
 * How a testimonial names the consent words its writer agreed to, from the version the consent wordings keep
 * (src/features/privacy/consent-wording.ts, the one place a version is raised).
 */
export function testimonialConsentWording(version: number): string {
  return `testimonial-consent-v${version}`;
}

export const attributions = ["name", "first_name", "anonymous"] as const;
export type Attribution = (typeof attributions)[number];

export const MAX_TESTIMONIAL_LENGTH = 1200;

/** How many testimonials the public page shows at most, newest approved first. */
export const SHOWN_TESTIMONIALS = 12;

/** The name a testimonial shows for an attribution choice; null means "anonymous". */
export function attributedName(name: string, attribution: Attribution): string | null {
  const trimmed = name.trim().replace(/\s+/gu, " ");
  if (attribution === "anonymous" || trimmed === "") return null;
  if (attribution === "first_name") return trimmed.split(" ")[0]!;
  return trimmed;
}
