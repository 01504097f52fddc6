// Outside CE hours people added, for an admin to check against the evidence and mark checked. Hours added with another
// hub's digital credential that did not count by themselves show why, and what the verifier found.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/outside-hours";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { hoursFromMinutes } from "#core/decimal-input.ts";
import { listUnverifiedOutsideHours, verifyOutsideHours } from "#features/certifications/outside-hours.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { checkTitleKey, describeCheck } from "#features/credentials/describe-check.ts";
import type { AnyCheck } from "#features/credentials/verify-any-credential.ts";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "certifications.admin.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return {
    entries: await listUnverifiedOutsideHours(services.db),
    verified: new URL(request.url).searchParams.has("verified"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const result = await attempt(
    () => verifyOutsideHours(ctx.services, { viewer: ctx.viewer, id: fields.id ?? "" }, actorOf(ctx)),
    translator(ctx.locale),
    {},
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/outside-hours?verified=1");
}

export default function OutsideHours({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState(actionData);
  return (
    <AdminPage title={t("certifications.admin.title")}>
      <p className="lede">{t("certifications.admin.lede")}</p>
      {loaderData.verified && !state ? <Notice>{t("certifications.admin.verified")}</Notice> : null}
      <ErrorSummary errors={errors} formError={state?.formError} />
      {loaderData.entries.length === 0 ? (
        <p className="card">{t("certifications.admin.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={loaderData.entries}
          rowKey={(entry) => entry.id}
          columns={[
            {
              label: t("certifications.admin.person"),
              rowHeader: true,
              cell: (entry) => `${entry.personName} (${entry.personEmail})`,
            },
            { label: t("certifications.ledger.what"), cell: (entry) => `${entry.title} — ${entry.provider}` },
            {
              label: t("certifications.ledger.date"),
              cell: (entry) => format.date(`${entry.completedOn}T12:00:00Z`, { dateStyle: "medium", timeZone: "UTC" }),
            },
            {
              label: t("certifications.ledger.hours"),
              cell: (entry) =>
                [
                  hoursFromMinutes(entry.minutes),
                  ...entry.categories.map(
                    (c) => `${t(`certifications.category.${c.category}` as MessageKey)} ${hoursFromMinutes(c.minutes)}`,
                  ),
                ].join(" · "),
            },
            {
              label: t("certifications.ledger.where"),
              cell: (entry) => t(entry.inPerson ? "certifications.ledger.inPerson" : "certifications.ledger.online"),
            },
            {
              label: t("certifications.ledger.evidence"),
              cell: (entry) =>
                entry.verification ? (
                  <div className="stack-tight break-anywhere">
                    <strong>{t("certifications.admin.credential")}</strong>
                    {entry.queueReason ? (
                      <span>
                        {t("trust.queue.reason")}: {t(`trust.reason.${entry.queueReason}` as MessageKey)}
                      </span>
                    ) : null}
                    {entry.verification.issuer ? (
                      <span>
                        {t("trust.queue.issuer", {
                          issuer: entry.verification.issuer.name
                            ? `${entry.verification.issuer.name} (${entry.verification.issuer.id})`
                            : entry.verification.issuer.id,
                        })}
                      </span>
                    ) : null}
                    <ul className="check-list">
                      {(entry.verification.checks as AnyCheck[]).map((check) => (
                        <li key={check.name}>
                          <strong>{t(checkTitleKey(check))}:</strong>{" "}
                          {describeCheck(t, check, (iso) => format.date(new Date(iso), { dateStyle: "long" }))}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : (
                  <a href={`/my/certifications/evidence/${entry.id}`}>
                    {entry.evidenceName ?? t("certifications.ledger.evidence")}
                  </a>
                ),
            },
            {
              label: t("certifications.admin.verify"),
              cell: (entry) => (
                <Form method="post">
                  <input type="hidden" name="id" value={entry.id} />
                  <button type="submit" className="secondary">
                    {t("certifications.admin.verify")}
                    <span className="visually-hidden"> {entry.title}</span>
                  </button>
                </Form>
              ),
            },
          ]}
        />
      )}
    </AdminPage>
  );
}
