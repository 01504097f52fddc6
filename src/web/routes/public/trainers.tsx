// The public trainers page: only trainers who chose to be shown, with what they chose to show.
import type { Route } from "./+types/trainers";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { localizedField } from "#i18n/localized.ts";
import { listPublicTrainers } from "#features/trainers/list-trainers.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "./lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.public.pageTitle");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return { trainers: await listPublicTrainers(services) };
}

export default function Trainers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page">
      <h1>{t("trainers.public.pageTitle")}</h1>
      <p className="lede">{t("trainers.public.intro")}</p>
      {loaderData.trainers.length === 0 ? (
        <p className="card empty-state">{t("trainers.public.empty")}</p>
      ) : (
        <ul className="plain-list">
          {loaderData.trainers.map((trainer) => (
            <li key={trainer.userId} className="card">
              <h2>
                {trainer.name}
                {trainer.pronouns ? <span className="muted"> ({trainer.pronouns})</span> : null}
              </h2>
              {localizedField(trainer, "bio", locale) ? <p>{localizedField(trainer, "bio", locale)}</p> : null}
              {trainer.languages.length ? (
                <p>
                  <strong>{t("trainers.public.languages")}:</strong> {trainer.languages.join(", ")}
                </p>
              ) : null}
              {trainer.regions.length ? (
                <p>
                  <strong>{t("trainers.public.regions")}:</strong> {trainer.regions.join(", ")}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
