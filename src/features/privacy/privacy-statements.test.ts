// The privacy page says only what is true today: who sees sensitive answers is the registration form's own sentence,
// the journal's promises are the journal page's own words, the pages it sends people to exist, and nothing is
// promised for "soon".
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales } from "#core/locale.ts";
import { translator } from "#i18n/translate.ts";
import { consentWording } from "./consent-wording.ts";
import { privacyStatements } from "./privacy-statements.ts";

const routes = readFileSync(new URL("../../web/routes.ts", import.meta.url), "utf8");

describe("privacy statements", () => {
  it("states who sees sensitive answers in the registration form's words", () => {
    expect(privacyStatements.sensitive.items).toContain("myTrainings.register.consent.what");
    expect(consentWording.registration_answers.shownWith).toContain("myTrainings.register.consent.what");
  });

  it("describes the journal with the journal page's own words", () => {
    expect(privacyStatements.journal.items.every((key) => key.startsWith("journal.privacy."))).toBe(true);
  });

  it.each(Object.values(privacyStatements).filter((s) => "link" in s))("links to a page that exists: $id", (s) => {
    const path = (s as { link: { to: string } }).link.to.replace(/^\//, "");
    expect(routes).toContain(`route("${path}",`);
  });

  it.each(locales)("%s: promises nothing for later", (locale) => {
    const t = translator(locale);
    const text = Object.values(privacyStatements)
      .flatMap((s) => s.items.map((key) => t(key)))
      .join(" ");
    expect(text).not.toMatch(
      /\b(soon|coming|when the journal arrives|until then|pronto|cuando llegue|mientras tanto)\b/i,
    );
  });
});
