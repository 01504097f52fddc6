// The public partner directory: listed partner organizations, each with only what it chose to publish.
import type { Route } from "./+types/directory";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listPartnerDirectory } from "#features/partners/directory.ts";
import { useT } from "../../components/i18n.tsx";
import { LocalizedText } from "../../components/localized-text.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partners.directory.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return { partners: await listPartnerDirectory(services.db) };
}

export default function PartnerDirectory({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { partners } = loaderData;
  return (
    <div className="page">
      <h1>{t("partners.directory.title")}</h1>
      <p className="lede">{t("partners.directory.lede")}</p>
      {partners.length === 0 ? (
        <p className="card">{t("partners.directory.empty")}</p>
      ) : (
        <ul className="stack plain-list">
          {partners.map((partner) => {
            // What the partner wrote about itself, in the reader's language or else the other one, marked (decision 0041).
            const description =
              partner.descriptionEn !== undefined
                ? { en: partner.descriptionEn, es: partner.descriptionEs ?? "" }
                : null;
            return (
              <li key={partner.slug} className="card" aria-labelledby={`partner-${partner.slug}`}>
                <h2 id={`partner-${partner.slug}`}>{partner.name}</h2>
                {description ? <LocalizedText as="p" text={description} /> : null}
                <dl className="facts">
                  {partner.counties ? (
                    <>
                      <dt>{t("partners.directory.counties")}</dt>
                      <dd>{partner.counties.join(", ")}</dd>
                    </>
                  ) : null}
                  {partner.website ? (
                    <>
                      <dt>{t("partners.directory.website")}</dt>
                      <dd>
                        <a href={partner.website} rel="noopener noreferrer">
                          {partner.website.replace(/^https?:\/\//, "")}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </dl>
                <ul>
                  {partner.staffTrained !== undefined ? (
                    <li>{t("partners.directory.staffTrained", { count: partner.staffTrained })}</li>
                  ) : null}
                  {partner.organizationalTrainers !== undefined ? (
                    <li>{t("partners.directory.organizationalTrainers", { count: partner.organizationalTrainers })}</li>
                  ) : null}
                  {partner.coReflectionInPlace ? <li>{t("partners.directory.coReflection")}</li> : null}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      <p className="muted">{t("partners.directory.figuresNote")}</p>
    </div>
  );
}
