// The verify page's facts as the words it shows, formatted once on the server with formatters kept between requests
// (the page is the target of every certificate's QR code, so it is built to be cheap).
import type { Locale } from "#core/locale.ts";
import { dateRange } from "#core/date-range.ts";
import { translator } from "#i18n/translate.ts";
import { categoryLabel, courseTitle } from "#features/credentials/credential-facts.ts";
import type { readCredentialForVerification } from "#features/credentials/read-credential.ts";

type Found = NonNullable<Awaited<ReturnType<typeof readCredentialForVerification>>>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function day(locale: Locale, timeZone: string, value: Date): string {
  const key = `${locale}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone });
    dateFormats.set(key, format);
  }
  return format.format(value);
}

function hours(locale: Locale, minutes: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return translator(locale)("credentials.hours", { hours: format.format(minutes / 60) });
}

export function verifyView(found: Found, locale: Locale, timeZone: string) {
  const t = translator(locale);
  const statusDate = found.statusChangedAt ?? (found.status === "expired" ? found.validUntil : null);
  return {
    code: found.code,
    status: found.status,
    statusDate: statusDate ? day(locale, timeZone, statusDate) : "",
    replacementCode: found.replacementCode,
    displayName: found.displayName,
    course: courseTitle({ titleEn: found.courseTitleEn, titleEs: found.courseTitleEs }, locale),
    dates: `${dateRange(locale, found.activityStartDate, found.activityEndDate)} · ${found.inPerson ? t("credentials.inPerson") : t("credentials.online")}`,
    hours: t("credentials.hoursOf", { earned: hours(locale, found.attendedMinutes), available: hours(locale, found.contactMinutes) }),
    categories: found.categories.map((category) => `${categoryLabel(t, category.category)}: ${hours(locale, category.minutes)}`).join(" · "),
    issuer: found.providerNumber ? `${found.issuerName} · ${t("credentials.verify.provider", { number: found.providerNumber })}` : found.issuerName,
    issuerName: found.issuerName,
    issued: day(locale, timeZone, found.issuedAt),
    validUntil: found.validUntil ? day(locale, timeZone, found.validUntil) : null,
  };
}
