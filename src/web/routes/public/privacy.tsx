// Privacy in plain words: what the hub keeps, who sees it, and the only two cookies it sets.
import type { Route } from "./+types/privacy";
import { Link } from "react-router";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { privacyStatements, type PrivacyStatement } from "#features/privacy/privacy-statements.ts";
import { listQuestionRetention } from "#features/privacy/question-retention.ts";
import { localizedField } from "#i18n/localized.ts";
import { retentionCategories, retentionPeriods, retentionUnits } from "#core/retention.ts";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "./lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "public.privacy.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const hub = await readHubSettings(services.db);
  // The periods in force, as the daily purge reads them (decision 0040), with the questions that keep their own.
  return {
    contactEmail: hub.contactEmail,
    retention: retentionPeriods(hub.retention),
    questionRetention: await listQuestionRetention(services.db),
  };
}

const sections: Array<{
  id: string;
  title: MessageKey;
  items: readonly MessageKey[];
  link?: PrivacyStatement["link"];
}> = [
  {
    id: "what-we-keep",
    title: "public.privacy.keep.title",
    items: [
      "public.privacy.keep.account",
      "public.privacy.keep.settings",
      "public.privacy.keep.optional",
      "public.privacy.keep.training",
    ],
  },
  {
    id: "who-sees-it",
    title: "public.privacy.who.title",
    items: [
      "public.privacy.who.you",
      "public.privacy.who.staff",
      "public.privacy.who.trainers",
      "public.privacy.who.partners",
      "public.privacy.who.nobodyElse",
    ],
  },
  { id: "legal-name", title: "public.privacy.legalName.title", items: ["public.privacy.legalName.body"] },
  // — what is true today, from the pages that do it (issue 15 item 11): privacy-statements.ts —
  privacyStatements.sensitive,
  privacyStatements.journal,
  privacyStatements.yourData,
  // — end of what is true today —
  {
    id: "cookies",
    title: "public.privacy.cookies.title",
    items: ["public.privacy.cookies.session", "public.privacy.cookies.language", "public.privacy.cookies.none"],
  },
  { id: "email", title: "public.privacy.email.title", items: ["public.privacy.email.body"] },
];

export default function Privacy({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="page prose">
      <h1>{t("public.privacy.title")}</h1>
      <p className="lede">{t("public.privacy.lede")}</p>
      <nav aria-label={t("public.privacy.contents")} className="card toc">
        <h2>{t("public.privacy.contents")}</h2>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{t(section.title)}</a>
            </li>
          ))}
          <li>
            <a href="#retention">{t("public.privacy.retention.title")}</a>
          </li>
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-title`}>
          <h2 id={`${section.id}-title`}>{t(section.title)}</h2>
          {section.items.length === 1 ? (
            <p>{t(section.items[0]!)}</p>
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{t(item)}</li>
              ))}
            </ul>
          )}
          {section.link ? (
            <p>
              <Link to={section.link.to}>{t(section.link.label)}</Link>
            </p>
          ) : null}
        </section>
      ))}
      <section id="retention" aria-labelledby="retention-title">
        <h2 id="retention-title">{t("public.privacy.retention.title")}</h2>
        <p>{t("public.privacy.retention.lede")}</p>
        <ul>
          {retentionCategories.map((category) => (
            <li key={category}>
              {t(`admin.retention.category.${category}`)}:{" "}
              {t(`public.privacy.retention.${retentionUnits[category]}`, { count: loaderData.retention[category] })}
            </li>
          ))}
        </ul>
        {loaderData.questionRetention.length > 0 ? (
          <>
            <p>{t("public.privacy.retention.questionsLede")}</p>
            <ul>
              {loaderData.questionRetention.map((question, index) => (
                <li key={index}>
                  {t("public.privacy.retention.question", {
                    question: localizedField(question, "label", locale),
                    course: localizedField(question, "courseTitle", locale),
                    months: question.months,
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="questions-title">
        <h2 id="questions-title">{t("public.privacy.questions.title")}</h2>
        <p>
          {loaderData.contactEmail ? (
            <>
              {t("public.privacy.questions.write")}{" "}
              <a href={`mailto:${loaderData.contactEmail}`}>{loaderData.contactEmail}</a>
            </>
          ) : (
            t("public.privacy.questions.admin")
          )}
        </p>
      </section>
    </div>
  );
}
