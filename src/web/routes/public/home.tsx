// The hub's home page: who the hub is, what IPS is in a few lines, and one clear next step.
import { Link } from "react-router";
import type { Route } from "./+types/home";
import type { RouteHandle } from "#web/route-handle.ts";
import { DEFAULT_HUB_NAME } from "#core/hub-defaults.ts";
import { Notice } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { PrincipleShift, principles } from "../../components/ips-principles.tsx";
import { NextStepLink } from "../../components/next-step-link.tsx";
import { useHubName, useRootData } from "../../root.tsx";
import { LocalizedText } from "../../components/localized-text.tsx";
import { localized, type Localized } from "#i18n/localized.ts";
import { isLocale } from "#core/locale.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => {
  const root = matches.find((match) => match?.id === "root")?.loaderData as
    { locale?: string; hub?: { name: string; tagline: Localized } } | undefined;
  const name = root?.hub?.name ?? DEFAULT_HUB_NAME;
  const tagline = root?.hub ? localized(root.hub.tagline, isLocale(root.locale) ? root.locale : "en") : "";
  return [{ title: name }, ...(tagline ? [{ name: "description", content: tagline }] : [])];
};

export function loader({ request }: Route.LoaderArgs) {
  return { signedOut: new URL(request.url).searchParams.get("signedOut") === "1" };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const root = useRootData();
  const hubName = useHubName();
  const signedIn = Boolean(root?.viewer);
  return (
    <div className="page home">
      {loaderData.signedOut && !signedIn ? <Notice>{t("public.home.signedOut")}</Notice> : null}
      <section className="home-hero" aria-labelledby="home-title">
        <div className="home-hero-text">
          <h1 id="home-title">{hubName}</h1>
          <LocalizedText
            as="p"
            className="lede"
            text={root?.hub.tagline ?? { en: "", es: "" }}
            empty={<p className="lede">{t("public.home.taglineFallback")}</p>}
          />
          <p className="home-intro">{t("public.home.intro")}</p>
          <p className="actions">
            <Link className="button" to="/trainings">
              {t("catalog.home.action")}
            </Link>
            <Link className="button secondary" to="/learn">
              {t("public.home.learnAction")}
            </Link>
            <NextStepLink className="button secondary" />
          </p>
        </div>
        <div className="home-shifts">
          <h2 id="shifts-title">{t("public.home.shifts.title")}</h2>
          <ul>
            {principles.map(({ from, to }) => (
              <li key={to}>
                <PrincipleShift from={from} to={to} />
              </li>
            ))}
          </ul>
          <Link to="/learn">{t("public.home.shifts.link")}</Link>
        </div>
      </section>

      <section aria-labelledby="ips-title">
        <h2 id="ips-title">{t("public.home.ips.title")}</h2>
        <p>{t("public.home.ips.body1")}</p>
        <p>{t("public.home.ips.body2")}</p>
      </section>

      <section aria-labelledby="here-title">
        <h2 id="here-title">{t("public.home.here.title")}</h2>
        <ul className="grid home-cards">
          <li className="card">
            <h3>{t("public.home.here.learn.title")}</h3>
            <p>{t("public.home.here.learn.body")}</p>
            <Link to="/learn">{t("public.home.here.learn.link")}</Link>
          </li>
          <li className="card">
            <h3>{t("public.home.here.train.title")}</h3>
            <p>{t("public.home.here.train.body")}</p>
            {signedIn ? null : <Link to="/sign-up">{t("public.home.here.train.link")}</Link>}
          </li>
          <li className="card">
            <h3>{t("public.home.here.practice.title")}</h3>
            <p>{t("public.home.here.practice.body")}</p>
          </li>
          <li className="card">
            <h3>{t("public.home.here.support.title")}</h3>
            <p>{t("public.home.here.support.body")}</p>
            <Link to="/support">{t("public.home.here.support.link")}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
