// One verification check in plain words, in the reader's language (dates through the caller's formatter).
import type { MessageKey, Translate } from "#i18n/translate.ts";
import type { AnyCheck } from "./verify-any-credential.ts";

export function describeCheck(t: Translate, check: AnyCheck, formatDate: (iso: string) => string): string {
  const values = { ...check.values };
  for (const name of ["from", "until"] as const) if (values[name]) values[name] = formatDate(values[name]);
  return t(`credentials.check.${check.reason}` as MessageKey, values);
}

export function checkTitleKey(check: Pick<AnyCheck, "name">): MessageKey {
  return `credentials.check.name.${check.name}` as MessageKey;
}
