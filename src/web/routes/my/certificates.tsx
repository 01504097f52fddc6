// "My certificates": each credential the person holds, with its status and downloads — the PDF (Letter or A4), the
// Open Badges credential as .json (with its embedded proof, what wallets import) and .jwt — its public verification
// page, an "Add to LinkedIn" link, and how to put it into the Learner Credential Wallet.
import { Link } from "react-router";
import type { Route } from "./+types/certificates";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formatCredentialCode } from "#core/credential-code.ts";
import { linkedInAddUrl } from "#core/open-badges.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { translator } from "#i18n/translate.ts";
import { readHubSettingsForPages } from "#features/hub/hub-settings.ts";
import { listMyCredentials } from "#features/credentials/list-my-credentials.ts";
import { categoryLabel } from "#features/credentials/credential-content.ts";
import type { PublicStatus } from "#features/credentials/read-credential.ts";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { calendarDateRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { pageTitle } from "../public/lib/page-meta.ts";
import credentialStyles from "../../styles/credentials.css?url";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: credentialStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "credentials.mine.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const t = translator(locale);
  const publicUrl = services.config.publicUrl;
  const [credentials, hub] = await Promise.all([
    listMyCredentials(services.db, { userId: viewer!.userId, publicUrl, now: services.now() }),
    readHubSettingsForPages(services.db),
  ]);
  return {
    credentials: credentials.map((c) => {
      const course = localizedField(c, "courseTitle", locale);
      return {
        id: c.id,
        code: c.code,
        status: c.publicStatus,
        statusChangedAt: c.statusChangedAt,
        issuedAt: c.issuedAt,
        validUntil: c.validUntil,
        attendedMinutes: c.attendedMinutes,
        activityStartDate: c.activityStartDate,
        activityEndDate: c.activityEndDate,
        course,
        categories: c.categories.map((category) => ({
          label: categoryLabel(t, category.category),
          minutes: category.minutes,
        })),
        verifyUrl: c.verifyUrl,
        pdfUrl: c.pdfUrl,
        jsonUrl: c.jsonUrl,
        jwtUrl: c.jwtUrl,
        linkedInUrl:
          c.publicStatus === "valid"
            ? linkedInAddUrl({
                name: course,
                organizationName: hub.name,
                issuedAt: c.issuedAt,
                expiresAt: c.validUntil,
                certUrl: c.verifyUrl,
                certId: formatCredentialCode(c.code),
              })
            : null,
      };
    }),
  };
}

const statusKeys: Record<PublicStatus, MessageKey> = {
  valid: "credentials.status.valid",
  revoked: "credentials.status.revoked",
  expired: "credentials.status.expired",
  superseded: "credentials.status.superseded",
};

/** A pill class per status, reusing the admin pages' colours: valid reads as active, the others as quiet. */
const statusClass: Record<PublicStatus, string> = {
  valid: "status-active",
  revoked: "status-revoked",
  expired: "status-expired",
  superseded: "status-superseded",
};

export default function MyCertificates({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const hours = (minutes: number) =>
    t("credentials.hours", { hours: format.number(minutes / 60, { maximumFractionDigits: 2 }) });
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("credentials.mine.title")}</h1>
      <p className="lede">{t("credentials.mine.lede")}</p>
      {loaderData.credentials.length === 0 ? (
        <div className="card">
          <p>{t("credentials.mine.empty")}</p>
          <p>{t("credentials.mine.notCompleted")}</p>
          <p>
            <Link to="/my/trainings">{t("credentials.mine.emptyLink")}</Link>
          </p>
        </div>
      ) : (
        <ul className="certificate-list">
          {loaderData.credentials.map((c) => (
            <li key={c.id} className="card">
              <article aria-labelledby={`certificate-${c.id}`}>
                <h2 id={`certificate-${c.id}`}>{c.course}</h2>
                <p>
                  <span className={`pill ${statusClass[c.status]}`}>{t(statusKeys[c.status])}</span>{" "}
                  {c.status !== "valid" && c.status !== "expired" && c.statusChangedAt ? (
                    <span className="muted">
                      {t("credentials.mine.statusSince", { date: format.date(c.statusChangedAt) })}
                    </span>
                  ) : null}
                </p>
                <dl className="details compact">
                  <div>
                    <dt>{t("credentials.verify.dates")}</dt>
                    <dd>{calendarDateRange(locale, c.activityStartDate, c.activityEndDate, "medium")}</dd>
                  </div>
                  <div>
                    <dt>{t("credentials.verify.hours")}</dt>
                    <dd>{hours(c.attendedMinutes)}</dd>
                  </div>
                  {c.categories.length ? (
                    <div>
                      <dt>{t("credentials.verify.categories")}</dt>
                      <dd>
                        {c.categories.map((category) => `${category.label}: ${hours(category.minutes)}`).join(" · ")}
                      </dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t("credentials.verify.issued")}</dt>
                    <dd>{format.date(c.issuedAt, { dateStyle: "medium" })}</dd>
                  </div>
                  <div>
                    <dt>{t("credentials.verify.code")}</dt>
                    <dd>
                      <code>{formatCredentialCode(c.code)}</code>
                    </dd>
                  </div>
                </dl>
                <ul
                  className="certificate-downloads"
                  aria-label={t("credentials.mine.downloads", { course: c.course })}
                >
                  <li>
                    <a href={c.pdfUrl} download className="button">
                      {t("credentials.mine.pdfLetter")}
                    </a>
                  </li>
                  <li>
                    <a href={`${c.pdfUrl}?size=a4`} download>
                      {t("credentials.mine.pdfA4")}
                    </a>
                  </li>
                  <li>
                    <a href={c.jsonUrl} download>
                      {t("credentials.mine.json")}
                    </a>
                  </li>
                  <li>
                    <a href={c.jwtUrl} download>
                      {t("credentials.mine.jwt")}
                    </a>
                  </li>
                  <li>
                    <a href={c.verifyUrl}>{t("credentials.mine.verify")}</a>
                  </li>
                  {c.linkedInUrl ? (
                    <li>
                      <a href={c.linkedInUrl} rel="noreferrer noopener" target="_blank">
                        {t("credentials.mine.linkedIn")}
                        <span className="visually-hidden"> {t("credentials.mine.newWindow")}</span>
                      </a>
                    </li>
                  ) : null}
                </ul>
              </article>
            </li>
          ))}
        </ul>
      )}
      {loaderData.credentials.length > 0 ? (
        <section className="card" aria-labelledby="wallet-title">
          <h2 id="wallet-title">{t("credentials.mine.wallet.title")}</h2>
          <p>{t("credentials.mine.wallet.body")}</p>
          <p>
            <a href="https://lcw.app" rel="noreferrer noopener">
              {t("credentials.mine.wallet.link")}
            </a>
          </p>
        </section>
      ) : null}
      {loaderData.credentials.length > 0 ? <p className="muted">{t("credentials.mine.notCompleted")}</p> : null}
      <p className="muted">{t("credentials.mine.about")}</p>
    </div>
  );
}
