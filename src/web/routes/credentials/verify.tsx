// /verify/:code, the target of a certificate's QR code: says whether the certificate is valid, revoked, expired or replaced,
// with what it certifies. Public, and shows only the name the person chose — never their email or legal name.
import { data, Link } from "react-router";
import type { Route } from "./+types/verify";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { formatCredentialCode } from "#core/credential-code.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { readCredentialForVerification, type PublicStatus } from "#features/credentials/read-credential.ts";
import { verifyView } from "./lib/verify-view.server.ts";
import { Detail } from "../../components/detail.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageDescription, pageTitle } from "../public/lib/page-meta.ts";
import { CodeForm } from "./lib/code-form.tsx";
import credentialStyles from "../../styles/credentials.css?url";

// Kept for visitors for a few seconds (most of its cost is the framework's render), but shown again only while the
// certificate's verdict is unchanged: a revocation, re-issue or expiry shows on the next request (decision 0013).
export const handle: RouteHandle = { access: "public", sharedCacheSeconds: 10, sharedCacheStamp: "credentialVerdict" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: credentialStyles }];

export const meta: Route.MetaFunction = ({ matches }) => [
  ...pageTitle(matches, "credentials.verify.title"),
  ...pageDescription(matches, "credentials.verify.description"),
  { name: "robots", content: "noindex" },
];

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, locale, timeZone } = appContext(context);
  const found = await readCredentialForVerification(services.db, { code: params.code, now: services.now() });
  if (!found) return data({ found: false as const, code: params.code.slice(0, 40) }, { status: 404 });
  return { found: true as const, credential: verifyView(found, locale, timeZone) };
}

const statusKeys: Record<PublicStatus, { title: MessageKey; body: MessageKey }> = {
  valid: { title: "credentials.verify.valid.title", body: "credentials.verify.valid.body" },
  revoked: { title: "credentials.verify.revoked.title", body: "credentials.verify.revoked.body" },
  expired: { title: "credentials.verify.expired.title", body: "credentials.verify.expired.body" },
  superseded: { title: "credentials.verify.superseded.title", body: "credentials.verify.superseded.body" },
};

export default function Verify({ loaderData }: Route.ComponentProps) {
  const t = useT();
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
        <p>{t(keys.body, { date: c.statusDate, issuer: c.issuerName })}</p>
        {c.status === "superseded" && c.replacementCode ? (
          <p>
            <Link to={`/verify/${c.replacementCode}`}>
              {t("credentials.verify.superseded.link", { code: formatCredentialCode(c.replacementCode) })}
            </Link>
          </p>
        ) : null}
      </section>

      <dl className="details">
        <Detail term={t("credentials.verify.name")}>{c.displayName}</Detail>
        <Detail term={t("credentials.verify.course")}>{c.course}</Detail>
        <Detail term={t("credentials.verify.dates")}>{c.dates}</Detail>
        <Detail term={t("credentials.verify.hours")}>{c.hours}</Detail>
        {c.categories ? <Detail term={t("credentials.verify.categories")}>{c.categories}</Detail> : null}
        {c.deliveredBy ? <Detail term={t("credentials.verify.deliveredBy")}>{c.deliveredBy}</Detail> : null}
        <Detail term={t("credentials.verify.issuer")}>{c.issuer}</Detail>
        <Detail term={t("credentials.verify.issued")}>{c.issued}</Detail>
        {c.validUntil ? <Detail term={t("credentials.verify.validUntil")}>{c.validUntil}</Detail> : null}
        <Detail term={t("credentials.verify.code")}>
          <code>{formatCredentialCode(c.code)}</code>
        </Detail>
      </dl>
      <p className="muted">{t("credentials.verify.signed")}</p>
    </div>
  );
}
