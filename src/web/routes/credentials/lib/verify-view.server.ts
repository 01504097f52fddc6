// The verify page's facts as the words it shows, formatted once on the server with formatters kept between requests
// (the page is the target of every certificate's QR code, so it is built to be cheap).
import type { Locale } from "#core/locale.ts";
import { calendarDateRange, hoursFigure, longDate } from "#i18n/format.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { categoryLabel } from "#features/credentials/credential-content.ts";
import type { readCredentialForVerification } from "#features/credentials/read-credential.ts";

type Found = NonNullable<Awaited<ReturnType<typeof readCredentialForVerification>>>;

function hours(locale: Locale, minutes: number): string {
  return translator(locale)("credentials.hours", { hours: hoursFigure(locale, minutes) });
}

export function verifyView(found: Found, locale: Locale, timeZone: string) {
  const t = translator(locale);
  const statusDate = found.statusChangedAt ?? (found.status === "expired" ? found.validUntil : null);
  return {
    code: found.code,
    status: found.status,
    statusDate: statusDate ? longDate(locale, timeZone, statusDate) : "",
    replacementCode: found.replacementCode,
    displayName: found.displayName,
    course: localizedField(found, "courseTitle", locale),
    dates: `${calendarDateRange(locale, found.activityStartDate, found.activityEndDate)} · ${found.inPerson ? t("credentials.inPerson") : t("credentials.online")}`,
    hours: t("credentials.hoursOf", {
      earned: hours(locale, found.attendedMinutes),
      available: hours(locale, found.contactMinutes),
    }),
    categories: found.categories
      .map((category) => `${categoryLabel(t, category.category)}: ${hours(locale, category.minutes)}`)
      .join(" · "),
    issuer: found.providerNumber
      ? `${found.issuerName} · ${t("credentials.verify.provider", { number: found.providerNumber })}`
      : found.issuerName,
    issuerName: found.issuerName,
    deliveredBy: found.deliveredBy?.trim() || null,
    issued: longDate(locale, timeZone, found.issuedAt),
    validUntil: found.validUntil ? longDate(locale, timeZone, found.validUntil) : null,
  };
}
