// A person's privacy page: each consent they gave, with the words they saw, its version and time, withdrawable with a
// calm account of what withdrawing does; "download my data", prepared in the background and sent by email; and the way
// to "delete my account" (privacy-delete.tsx).
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/privacy";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { listMyConsents } from "#features/privacy/list-my-consents.ts";
import { wordingKey } from "#features/privacy/consent-wording.ts";
import { withdrawConsent } from "#features/privacy/withdraw-consent.ts";
import { listMyDataExports, requestDataExport } from "#features/privacy/request-data-export.ts";
import { ConfirmAction, ErrorSummary, Notice, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountNav } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "privacy.title");

const notices = ["withdrawn", "exportRequested", "expired", "notReady", "notFound"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const [consents, exports] = await Promise.all([
    listMyConsents(services, viewer),
    listMyDataExports(services, viewer),
  ]);
  return {
    // The words are shown in the language they were agreed in, whatever the page's language is now.
    consents: consents.map((consent) => ({
      ...consent,
      wording: translator(consent.wordingLocale)(wordingKey(consent.purpose, consent.wordingVersion)),
      course: consent.course ? localizedField(consent.course, "title", locale) : null,
    })),
    exports,
    notice: oneOf(notices, new URL(request.url).searchParams.get("notice")),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const actor = actorOf(ctx);
  const intent = fields.intent === "export" ? "export" : "withdraw";
  const result = await attempt(
    async () =>
      intent === "export"
        ? requestDataExport(ctx.services, { viewer: ctx.viewer }, actor)
        : withdrawConsent(ctx.services, { viewer: ctx.viewer, consentId: fields.consentId ?? "" }, actor),
    translator(ctx.locale),
    { form: intent },
  );
  if (!result.ok) return result.response;
  throw redirect(`/account/privacy?notice=${intent === "export" ? "exportRequested" : "withdrawn"}`);
}

export default function Privacy({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState(actionData);
  const { consents, exports, notice } = loaderData;
  const latest = exports[0];
  return (
    <div className="page">
      <AccountNav />
      <div className="narrow">
        <h1>{t("privacy.title")}</h1>
        <p className="lede">{t("privacy.lede")}</p>
        {notice && !state ? (
          <Notice>
            {notice === "withdrawn"
              ? t("privacy.consents.withdrawn")
              : notice === "exportRequested"
                ? t("privacy.export.requested")
                : notice === "expired"
                  ? t("privacy.export.expired")
                  : notice === "notReady"
                    ? t("privacy.export.notReady")
                    : t("privacy.export.notFound")}
          </Notice>
        ) : null}
        {state ? <ErrorSummary formError={state.formError} /> : null}

        <section aria-labelledby="consents-title" className="stack">
          <h2 id="consents-title">{t("privacy.consents.title")}</h2>
          {consents.length === 0 ? <p className="card">{t("privacy.consents.empty")}</p> : null}
          {consents.map((consent) => (
            <article key={consent.id} className="card" aria-labelledby={`consent-${consent.id}`}>
              <h3 id={`consent-${consent.id}`}>{t(`privacy.purpose.${consent.purpose}`)}</h3>
              {consent.course ? <p>{t("privacy.consents.registration", { course: consent.course })}</p> : null}
              {consent.organization ? (
                <p>{t("privacy.consents.organization", { organization: consent.organization })}</p>
              ) : null}
              <p className="muted">
                {t("privacy.consents.given", {
                  date: format.dateTime(new Date(consent.grantedAt)),
                  version: consent.wordingVersion,
                  language: t(`privacy.language.${consent.wordingLocale}`),
                })}
              </p>
              {consent.recordedByStaff ? <p className="muted">{t("privacy.consents.recordedByStaff")}</p> : null}
              <figure>
                <figcaption>{t("privacy.consents.wordingLabel")}</figcaption>
                <blockquote lang={consent.wordingLocale}>{consent.wording}</blockquote>
              </figure>
              {consent.earlierWording ? <p className="muted">{t("privacy.consents.earlierWording")}</p> : null}
              <ConfirmAction
                label={t("privacy.consents.withdraw")}
                context={t(`privacy.purpose.${consent.purpose}`)}
                explanation={
                  <>
                    <strong>{t("privacy.consents.whatWithdrawingDoes")}:</strong>{" "}
                    {t(`privacy.withdraw.${consent.effect}`)}
                  </>
                }
                confirmLabel={t("privacy.consents.withdraw")}
                fields={{ intent: "withdraw", consentId: consent.id }}
              />
            </article>
          ))}
        </section>

        <section aria-labelledby="export-title" className="stack">
          <h2 id="export-title">{t("privacy.export.title")}</h2>
          <p>{t("privacy.export.lede")}</p>
          {latest && !latest.readyAt ? (
            <p className="card">
              {t("privacy.export.pending", { time: format.dateTime(new Date(latest.requestedAt)) })}
            </p>
          ) : latest?.readyAt ? (
            <p className="card">{t("privacy.export.ready", { time: format.dateTime(new Date(latest.expiresAt)) })}</p>
          ) : null}
          <Form method="post">
            <input type="hidden" name="intent" value="export" />
            <SubmitButton>{t("privacy.export.request")}</SubmitButton>
          </Form>
        </section>

        <section aria-labelledby="delete-title" className="stack">
          <h2 id="delete-title">{t("deletion.section.title")}</h2>
          <p>{t("deletion.section.lede")}</p>
          <p>
            <Link to="/account/privacy/delete">{t("deletion.section.link")}</Link>
          </p>
        </section>
      </div>
    </div>
  );
}
