// The public trainers page: only trainers who chose to be shown, with what they chose to show.
import type { Route } from "./+types/trainers";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listPublicTrainers } from "#features/trainers/list-trainers.ts";
import { useT } from "../../components/i18n.tsx";
import { TrainerCard } from "../../components/trainer-card.tsx";
import { trainerCardView } from "../../components/trainer-card.server.ts";
import { pageTitle } from "./lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.public.pageTitle");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  return { trainers: (await listPublicTrainers(services)).map((trainer) => trainerCardView(trainer, locale)) };
}

export default function Trainers({ loaderData }: Route.ComponentProps) {
  const t = useT();
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
              <TrainerCard trainer={trainer} heading="h2" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
