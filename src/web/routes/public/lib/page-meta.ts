// Page titles in the page's language: "Sign in · Cascadia IPS Hub".
import { isLocale } from "#core/locale.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";

type RootData = { locale?: string; hub?: { name?: string } };
type Match = { id: string; loaderData?: unknown } | undefined;

export function pageTitle(matches: ReadonlyArray<Match>, key: MessageKey): Array<{ title: string }> {
  const root = matches.find((match) => match?.id === "root")?.loaderData as RootData | undefined;
  const t = translator(isLocale(root?.locale) ? root.locale : "en");
  return [{ title: `${t(key)} · ${root?.hub?.name ?? DEFAULT_HUB_NAME}` }];
}
