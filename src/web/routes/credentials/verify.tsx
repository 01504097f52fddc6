// /verify/:code, the target of a certificate's QR code: says whether the certificate is valid, revoked, expired or replaced,
// with what it certifies. Public, and shows only the name the person chose — never their email or legal name.
import { data, Link } from "react-router";
import type { Route } from "./+types/verify";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formatCredentialCode } from "#core/credential-code.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { readCredentialForVerification, type PublicStatus } from "#features/credentials/read-credential.ts";
import { categoryLabel, courseTitle } from "#features/credentials/credential-facts.ts";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { dateRange } from "#core/date-range.ts";
import { pageTitle } from "../public/page-meta.ts";
import { CodeForm } from "./code-form.tsx";
import credentialStyles from "../../styles/credentials.css?url";

export const handle: RouteHandle = { access: "public" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: credentialStyles }];

export const meta: Route.MetaFunction = ({ matches }) => [...pageTitle(matches, "credentials.verify.title"), { name: "robots", content: "noindex" }];

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const found = await readCredentialForVerification(services.db, { code: params.code, now: services.now() });
  if (!found) return data({ found: false as const, code: params.code.slice(0, 40) }, { status: 404 });
  const t = translator(locale);
  const { courseTitleEn, courseTitleEs, categories, ...credential } = found;
  return {
    found: true as const,
    credential: {
      ...credential,
      course: courseTitle({ titleEn: courseTitleEn, titleEs: courseTitleEs }, locale),
      categories: categories.map((category) => ({ label: categoryLabel(t, category.category), minutes: category.minutes })),
    },
  };
}

const statusKeys: Record<PublicStatus, { title: MessageKey; body: MessageKey }> = {
  valid: { title: "credentials.verify.valid.title", body: "credentials.verify.valid.body" },
  revoked: { title: "credentials.verify.revoked.title", body: "credentials.verify.revoked.body" },
  expired: { title: "credentials.verify.expired.title", body: "credentials.verify.expired.body" },
  superseded: { title: "credentials.verify.superseded.title", body: "credentials.verify.superseded.body" },
};

export default function Verify({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  if (!loaderData.found) {
    return (
      <div className="page narrow">
        <h1>{t("credentials.verify.notFound.title")}</h1>
        <p className="lede">{t("credentials.verify.notFound.body", { code: loaderData.code })}</p>
        <CodeForm />
      </div>
    );
  }
  const c = loaderData.credential;
  const keys = statusKeys[c.status];
  const number = (minutes: number) => t("credentials.hours", { hours: format.number(minutes / 60, { maximumFractionDigits: 2 }) });
  return (
    <div className="page narrow">
      <h1>{t("credentials.verify.title")}</h1>
      <section className={`verify-status verify-${c.status}`} aria-labelledby="verify-status-title">
        <h2 id="verify-status-title">
          <span className="verify-mark" aria-hidden="true">
            {c.status === "valid" ? "✓" : "!"}
          </span>{" "}
          {t(keys.title)}
        </h2>
        <p>
          {t(keys.body, {
            date: c.statusChangedAt ? format.date(c.statusChangedAt) : c.validUntil ? format.date(c.validUntil) : "",
            issuer: c.issuerName,
          })}
        </p>
        {c.status === "superseded" && c.replacementCode ? (
          <p>
            <Link to={`/verify/${c.replacementCode}`}>{t("credentials.verify.superseded.link", { code: formatCredentialCode(c.replacementCode) })}</Link>
          </p>
        ) : null}
      </section>

      <dl className="details">
        <Detail term={t("credentials.verify.name")}>{c.displayName}</Detail>
        <Detail term={t("credentials.verify.course")}>{c.course}</Detail>
        <Detail term={t("credentials.verify.dates")}>
          {dateRange(locale, c.activityStartDate, c.activityEndDate)}
          {" · "}
          {c.inPerson ? t("credentials.inPerson") : t("credentials.online")}
        </Detail>
        <Detail term={t("credentials.verify.hours")}>{t("credentials.hoursOf", { earned: number(c.attendedMinutes), available: number(c.contactMinutes) })}</Detail>
        {c.categories.length ? (
          <Detail term={t("credentials.verify.categories")}>{c.categories.map((category) => `${category.label}: ${number(category.minutes)}`).join(" · ")}</Detail>
        ) : null}
        <Detail term={t("credentials.verify.issuer")}>
          {c.issuerName}
          {c.providerNumber ? ` · ${t("credentials.verify.provider", { number: c.providerNumber })}` : null}
        </Detail>
        <Detail term={t("credentials.verify.issued")}>{format.date(c.issuedAt)}</Detail>
        {c.validUntil ? <Detail term={t("credentials.verify.validUntil")}>{format.date(c.validUntil)}</Detail> : null}
        <Detail term={t("credentials.verify.code")}>
          <code>{formatCredentialCode(c.code)}</code>
        </Detail>
      </dl>
      <p className="muted">{t("credentials.verify.signed")}</p>
    </div>
  );
}
