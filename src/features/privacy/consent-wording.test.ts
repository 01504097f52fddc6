// The words a consent records must be the words the person saw: the current version of each purpose's wording holds,
// in order, every piece of text the asking page shows — in both languages. Changing a page's words without a new
// version (and a new message key) fails here.
import { describe, expect, it } from "vitest";
import { consentPurposes } from "#core/privacy-consent.ts";
import { locales } from "#core/locale.ts";
import { en } from "#i18n/messages/en.ts";
import { translator } from "#i18n/translate.ts";
import { consentWording, wordingKey } from "./consent-wording.ts";

describe("consent wording", () => {
  it.each(locales.flatMap((locale) => consentPurposes.map((purpose) => [locale, purpose] as const)))(
    "%s: the current %s wording is what the page shows",
    (locale, purpose) => {
      const t = translator(locale);
      const { version, shownWith } = consentWording[purpose];
      for (let v = 1; v <= version; v += 1) expect(Object.hasOwn(en, wordingKey(purpose, v))).toBe(true);
      const wording = t(wordingKey(purpose, version));
      let from = 0;
      for (const key of shownWith) {
        const at = wording.indexOf(t(key), from);
        expect(at, `${key} in ${wordingKey(purpose, version)}`).toBeGreaterThanOrEqual(from);
        from = at + t(key).length;
      }
    },
  );
});
