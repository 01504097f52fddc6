// "Support now": crisis lines and peer-run warmlines from the hub's own list, one tap to call or text.
import type { Route } from "./+types/support";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { smsHref, telHref, webLink } from "#core/contact-links.ts";
import { listSupportResources } from "#features/hub/list-support-resources.ts";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "./lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "public.support.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  const resources = await listSupportResources(services.db, { locale });
  return {
    resources: resources.map((resource) => ({
      ...resource,
      telLink: telHref(resource.phone),
      smsLink: smsHref(resource.sms),
      web: webLink(resource.url),
    })),
  };
}

export default function Support({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { resources } = loaderData;
  return (
    <div className="page">
      <h1>{t("public.support.title")}</h1>
      <p className="lede">{t("public.support.lede")}</p>
      <p>{t("public.support.warmline")}</p>

      {resources.length === 0 ? (
        <div className="card empty-state">
          <h2>{t("public.support.empty.title")}</h2>
          <p>{t("public.support.empty.body")}</p>
        </div>
      ) : (
        <ul className="support-list" aria-label={t("public.support.listLabel")}>
          {resources.map((resource) => (
            <li key={resource.id} className="card support-resource">
              <h2>
                {resource.name}
                {resource.peerRun ? (
                  <>
                    {" "}
                    <span className="pill peer-run">{t("public.support.peerRun")}</span>
                  </>
                ) : null}
              </h2>
              <p>{resource.description}</p>
              <ul className="support-actions">
                {resource.telLink ? (
                  <li>
                    <a className="button" href={resource.telLink}>
                      {t("public.support.call", { number: resource.phone })}
                    </a>
                  </li>
                ) : null}
                {resource.smsLink ? (
                  <li>
                    <a className="button secondary" href={resource.smsLink}>
                      {t("public.support.text", { number: resource.sms })}
                    </a>
                  </li>
                ) : null}
                {resource.web ? (
                  <li>
                    <a href={resource.web.href} rel="noreferrer">
                      {t("public.support.website", { site: resource.web.label })}
                    </a>
                  </li>
                ) : null}
              </ul>
              <dl className="support-facts">
                {resource.hours ? <Detail term={t("public.support.hours")}>{resource.hours}</Detail> : null}
                <Detail term={t("public.support.checked")}>
                  <time dateTime={resource.lastVerifiedOn}>
                    {format.date(`${resource.lastVerifiedOn}T00:00:00Z`, { timeZone: "UTC" })}
                  </time>
                </Detail>
              </dl>
            </li>
          ))}
        </ul>
      )}

      <section className="support-notes" aria-labelledby="support-notes-title">
        <h2 id="support-notes-title">{t("public.support.notes.title")}</h2>
        <ul>
          <li>{t("public.support.notes.peerRun")}</li>
          <li>{t("public.support.notes.quickExit")}</li>
          <li>{t("public.support.notes.history")}</li>
          <li>{t("public.support.notes.hub")}</li>
        </ul>
      </section>
    </div>
  );
}
