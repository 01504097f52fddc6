// The page's language and time zone for components: useT() translates, useFormat() formats dates and numbers; the language choices.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { languageNames, locales, type Locale } from "#core/locale.ts";
import { formatters, type Formatters } from "#i18n/format.ts";
import { translator, type Translate } from "#i18n/translate.ts";

type I18n = { locale: Locale; timeZone: string };
const I18nContext = createContext<I18n>({ locale: "en", timeZone: "America/Los_Angeles" });

export function I18nProvider({ locale, timeZone, children }: I18n & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, timeZone }), [locale, timeZone]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

// One translator per language for the whole process (src/i18n/translate.ts), so nothing is kept per component.
export function useT(): Translate {
  return translator(useContext(I18nContext).locale);
}

export function useFormat(): Formatters {
  const { locale, timeZone } = useContext(I18nContext);
  return useMemo(() => formatters(locale, timeZone), [locale, timeZone]);
}

/** The choices of a language select, each written in its own language. */
export function LanguageOptions() {
  return (
    <>
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {languageNames[locale]}
        </option>
      ))}
    </>
  );
}
