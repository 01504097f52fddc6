// Text people wrote in both of the hub's languages (a tagline, a session's notes), shown in the reader's language. When
// that one was left empty the other is shown instead, marked with its lang, so screen readers pronounce it rightly and
// the Spanish pages test can tell a marked fallback from a missing translation (decision 0041).
import type { Localized } from "#i18n/localized.ts";
import { localizedWithLang } from "#i18n/localized.ts";
import { useLocale } from "./i18n.tsx";

type Props = {
  text: Localized;
  /** The element to render; a span by default so it fits inside running text. */
  as?: "span" | "p" | "div";
  className?: string;
  /** What to show when neither language has any text; nothing by default. */
  empty?: React.ReactNode;
};

export function LocalizedText({ text, as: Tag = "span", className, empty = null }: Props) {
  const locale = useLocale();
  const shown = localizedWithLang(text, locale);
  if (!shown.text) return empty;
  return (
    <Tag className={className} lang={shown.lang === locale ? undefined : shown.lang}>
      {shown.text}
    </Tag>
  );
}
