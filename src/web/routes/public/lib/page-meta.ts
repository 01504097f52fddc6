// Page titles in the page's language: "Sign in · Cascadia IPS Hub".
import { isLocale } from "#core/locale.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";

type RootData = { locale?: string; hub?: { name?: string } };
type Match = { id: string; loaderData?: unknown } | undefined;

/** A page's <meta name="description"> in the page's language, for search results and shared links. */
export function pageDescription(
  matches: ReadonlyArray<Match>,
  key: MessageKey,
): Array<{ name: string; content: string }> {
  const root = matches.find((match) => match?.id === "root")?.loaderData as RootData | undefined;
  const t = translator(isLocale(root?.locale) ? root.locale : "en");
  return [{ name: "description", content: t(key, { hub: root?.hub?.name ?? DEFAULT_HUB_NAME }) }];
}

export function pageTitle(matches: ReadonlyArray<Match>, key: MessageKey): Array<{ title: string }> {
  const root = matches.find((match) => match?.id === "root")?.loaderData as RootData | undefined;
  const t = translator(isLocale(root?.locale) ? root.locale : "en");
  return [{ title: `${t(key)} · ${root?.hub?.name ?? DEFAULT_HUB_NAME}` }];
}
