// Retention settings (decision 0040): how long each kind of personal data and log is kept before the daily purge.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/settings-retention";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { defaultRetention, retentionCategories, retentionPeriods, retentionUnits } from "#core/retention.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { updateRetentionSettings } from "#features/hub/update-retention-settings.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.retention.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const periods = retentionPeriods((await readHubSettings(services.db)).retention);
  return { periods, saved: flag(new URL(request.url), "saved") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = Object.fromEntries(retentionCategories.map((category) => [category, fields[category] ?? ""]));
  const change = { viewer: ctx.viewer, now: ctx.services.now(), form: values };
  const result = await attempt(
    () => updateRetentionSettings(ctx.services.db, change, actorOf(ctx)),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/settings/retention?saved=1");
}

export default function RetentionSettings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  return (
    <AdminPage title={t("admin.retention.title")} narrow>
      {loaderData.saved && !state ? <Notice>{t("admin.retention.saved")}</Notice> : null}
      <p className="lede">{t("admin.retention.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        {retentionCategories.map((category) => (
          <TextField
            key={category}
            name={category}
            label={t(`admin.retention.category.${category}`)}
            hint={t("admin.retention.default", {
              value: `${defaultRetention[category]} (${t(`admin.retention.${retentionUnits[category]}`)})`,
            })}
            error={errors[category]}
            defaultValue={state?.values?.[category] ?? String(loaderData.periods[category])}
            inputMode="numeric"
            pattern="[0-9]*"
            required
          />
        ))}
        <SubmitButton>{t("admin.retention.save")}</SubmitButton>
      </Form>
    </AdminPage>
  );
}
