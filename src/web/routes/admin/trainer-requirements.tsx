// The hub's requirement set for trainer standing, edited by admins: the level's name in both languages and the numbers
// every trainer's computed standing follows. Until it is saved the seeded default applies, and the page says so.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/trainer-requirements";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { longDate } from "#i18n/format.ts";
import { requireAdmin } from "#features/access/require-admin.ts";
import { readRequirementSet } from "#features/trainers/requirement-set.ts";
import { updateRequirementSet } from "#features/trainers/manage-standing.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.admin.rules.title");

/** The numbers of the set, in the order the form asks for them; the optional ones may be left empty. */
const numberFields = [
  { name: "apprenticeCoTrainings", max: 20, optional: false },
  { name: "activeMonthsAfterTraining", max: 240, optional: false },
  { name: "coReflectionEveryMonths", max: 240, optional: true },
  { name: "refresherEveryMonths", max: 240, optional: true },
  { name: "alumniAfterLapsedMonths", max: 240, optional: false },
  { name: "returnMonths", max: 240, optional: false },
  { name: "alumniReturnCoTrainings", max: 20, optional: false },
  { name: "remindDaysBefore", max: 365, optional: false },
] as const;
const fieldNames = ["levelEn", "levelEs", ...numberFields.map((field) => field.name)] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  requireAdmin(viewer);
  const set = await readRequirementSet(services.db);
  const values: Record<string, string> = {};
  for (const name of fieldNames) {
    const value = set[name];
    values[name] = value === null || value === undefined ? "" : String(value);
  }
  return {
    values,
    edited: set.edited,
    updatedOn: set.edited && set.updatedAt ? longDate(locale, timeZone, set.updatedAt) : null,
    saved: new URL(request.url).searchParams.get("done") === "saved",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = Object.fromEntries(fieldNames.map((name) => [name, fields[name] ?? ""]));
  const result = await attempt(
    () => updateRequirementSet(ctx.services, { viewer: ctx.viewer, input: values }, actorOf(ctx)),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/trainers/requirements?done=saved");
}

export default function TrainerRequirements({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const values = state?.values ?? loaderData.values;
  return (
    <AdminPage
      title={t("trainers.admin.rules.title")}
      back={{ to: "/admin/trainers", label: t("trainers.admin.back") }}
    >
      {loaderData.saved && !state ? <Notice>{t("trainers.admin.rules.saved")}</Notice> : null}
      <p className="lede">{t("trainers.rules.hubChoice")}</p>
      <p className="muted">
        {loaderData.updatedOn
          ? t("trainers.admin.rules.updatedOn", { date: loaderData.updatedOn })
          : t("trainers.admin.rules.default")}
      </p>
      <section className="narrow card" aria-labelledby="rules-form-title">
        <h2 id="rules-form-title">{t("trainers.admin.rules.formTitle")}</h2>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <Form method="post" className="stack" noValidate>
          <fieldset className="field">
            <legend>{t("trainers.admin.rules.level")}</legend>
            <TextField
              name="levelEn"
              label={t("trainers.admin.rules.levelEn")}
              error={errors.levelEn}
              defaultValue={values.levelEn}
              maxLength={80}
              lang="en"
              required
            />
            <TextField
              name="levelEs"
              label={t("trainers.admin.rules.levelEs")}
              error={errors.levelEs}
              defaultValue={values.levelEs}
              maxLength={80}
              lang="es"
              required
            />
          </fieldset>
          {numberFields.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              type="number"
              inputMode="numeric"
              min={1}
              max={field.max}
              step={1}
              label={t(`trainers.admin.rules.${field.name}` as MessageKey)}
              error={errors[field.name]}
              defaultValue={values[field.name]}
              required={!field.optional}
            />
          ))}
          <SubmitButton>{t("trainers.admin.rules.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
