// Prerequisites done elsewhere: what people declared (who gave the training, when, and their evidence), oldest first,
// for a hub admin to approve, so the person can register for the next course, or to decline. A digital credential that
// did not count by itself shows why, and what the verifier found.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/prerequisites";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { decideOutsideCompletion, listPendingOutsideCompletions } from "#features/registration/outside-completions.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { checkTitleKey, describeCheck } from "#features/credentials/describe-check.ts";
import type { AnyCheck } from "#features/credentials/verify-any-credential.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { orRefused } from "./lib/roster-access.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.prerequisites.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  // The page's access is "admin"; the check is repeated here because the list itself does not ask who reads it.
  const pending = await orRefused(
    (async () => {
      requireAdmin(viewer);
      return listPendingOutsideCompletions(services.db);
    })(),
  );
  return {
    pending,
    done: oneOf(["approved", "declined"] as const, new URL(request.url).searchParams.get("done")),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const approve = fields.intent === "approve";
  const result = await attempt(
    () => decideOutsideCompletion(ctx.services, { viewer: ctx.viewer, id: fields.id ?? "", approve }, actorOf(ctx)),
    translator(ctx.locale),
    { form: fields.id ?? "" },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/prerequisites?done=${approve ? "approved" : "declined"}`);
}

export default function Prerequisites({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState(actionData);
  const { pending, done } = loaderData;
  return (
    <AdminPage title={t("roster.prerequisites.title")}>
      <p className="lede">{t("roster.prerequisites.lede")}</p>
      {done && !state ? (
        <Notice>{t(done === "approved" ? "roster.prerequisites.approved" : "roster.prerequisites.declined")}</Notice>
      ) : null}
      {state ? <ErrorSummary formError={state.formError} /> : null}
      {pending.length === 0 ? (
        <p className="card empty-state">{t("roster.prerequisites.empty")}</p>
      ) : (
        <ol className="queue-list">
          {pending.map((row) => (
            <li key={row.id} className="card queue-item">
              <h2 className="queue-title">{row.personName}</h2>
              <p className="muted break-anywhere">{row.personEmail}</p>
              <dl className="details compact">
                <Detail term={t("roster.prerequisites.course")}>{localizedField(row, "courseTitle", locale)}</Detail>
                <Detail term={t("roster.prerequisites.provider")}>{row.provider}</Detail>
                <Detail term={t("roster.prerequisites.completedOn")}>
                  {format.date(`${row.completedOn}T12:00:00Z`, { timeZone: "UTC" })}
                </Detail>
                <Detail term={t("roster.prerequisites.declared")}>{format.dateTime(row.createdAt)}</Detail>
              </dl>
              <h3>{t("roster.prerequisites.evidence")}</h3>
              <p className="pre-line break-anywhere">{row.evidence}</p>
              {row.queueReason ? (
                <>
                  <h3>{t("trust.queue.reason")}</h3>
                  <p>{t(`trust.reason.${row.queueReason}` as MessageKey)}</p>
                </>
              ) : null}
              {row.verification ? (
                <>
                  <h3>{t("trust.queue.report")}</h3>
                  {row.verification.issuer ? (
                    <p className="break-anywhere">
                      {t("trust.queue.issuer", {
                        issuer: row.verification.issuer.name
                          ? `${row.verification.issuer.name} (${row.verification.issuer.id})`
                          : row.verification.issuer.id,
                      })}
                    </p>
                  ) : null}
                  <ul className="check-list break-anywhere">
                    {(row.verification.checks as AnyCheck[]).map((check) => (
                      <li key={check.name}>
                        <strong>{t(checkTitleKey(check))}:</strong>{" "}
                        {describeCheck(t, check, (iso) => format.date(new Date(iso), { dateStyle: "long" }))}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <Form method="post" className="actions">
                <input type="hidden" name="id" value={row.id} />
                <button type="submit" name="intent" value="approve" className="primary">
                  {t("roster.prerequisites.approve")}
                  <span className="visually-hidden"> · {row.personName}</span>
                </button>
                <button type="submit" name="intent" value="decline" className="danger">
                  {t("roster.prerequisites.decline")}
                  <span className="visually-hidden"> · {row.personName}</span>
                </button>
              </Form>
            </li>
          ))}
        </ol>
      )}
    </AdminPage>
  );
}
