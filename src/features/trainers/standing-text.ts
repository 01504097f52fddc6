// A standing said in words, the same on the trainer's page, in reminder mail and in the API's summary: the status and
// what comes next ("Active until 14 March 2027: lead or co-lead one training before then.").
import type { Locale } from "#core/locale.ts";
import type { Standing } from "#core/trainer-standing.ts";
import { longDate } from "#i18n/format.ts";
import { translator } from "#i18n/translate.ts";

export type StandingWords = { status: string; next: string[] };

export function standingWords(locale: Locale, standing: Standing, timeZone?: string): StandingWords {
  const t = translator(locale);
  const date = (value: Date) => longDate(locale, timeZone, value);
  const next: string[] = [];
  const step = standing.next;
  switch (step.kind) {
    case "earn_credential":
      next.push(t("trainers.next.earn_credential"));
      break;
    case "co_train":
      next.push(t("trainers.next.co_train", { remaining: step.remaining }));
      break;
    case "keep_active":
      next.push(t(`trainers.next.keep.${step.clock}`, { date: date(step.by) }));
      break;
    case "return_from_lapse":
      for (const clock of step.overdue) next.push(t(`trainers.next.lapse.${clock}`));
      if (standing.changesAt) next.push(t("trainers.next.lapse.alumniOn", { date: date(standing.changesAt) }));
      break;
    case "override":
      next.push(
        step.until
          ? t("trainers.next.override.until", { date: date(step.until), reason: standing.overrideReason ?? "" })
          : t("trainers.next.override.open", { reason: standing.overrideReason ?? "" }),
      );
      break;
  }
  return { status: t(`trainers.status.${standing.status}`), next };
}
