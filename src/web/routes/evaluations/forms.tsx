// /admin/evaluation-forms: the hub's evaluation form and each course's own, edited as plain fields (one fieldset per
// question, an empty one to add a question); works without JavaScript.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/forms";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { localizedField } from "#i18n/localized.ts";
import { translator } from "#i18n/translate.ts";
import type { DraftQuestion } from "#core/evaluation-forms.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import { HUB_SCOPE, ownForm, formForCourse } from "#features/evaluations/evaluation-forms.ts";
import { resetEvaluationForm, saveEvaluationForm } from "#features/evaluations/save-evaluation-form.ts";
import { defaultEvaluationForm } from "#core/evaluation-forms.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import evaluationStyles from "../../styles/evaluations.css?url";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: evaluationStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "evaluations.forms.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const ctx = appContext(context);
  const url = new URL(request.url);
  const courses = await listCourses(ctx.services.db, { includeArchived: false, now: ctx.services.now() });
  const asked = url.searchParams.get("scope") ?? HUB_SCOPE;
  const scope = courses.some((c) => c.id === asked) ? asked : HUB_SCOPE;
  const own = await ownForm(ctx.services.db, scope);
  const form = own ?? (scope === HUB_SCOPE ? defaultEvaluationForm : await formForCourse(ctx.services.db, scope));
  return {
    scope,
    hubScope: HUB_SCOPE,
    usingHub: scope !== HUB_SCOPE && own === null,
    saved: url.searchParams.get("saved") === "1",
    courses: courses.map((c) => ({ id: c.id, title: localizedField(c, "title", ctx.locale) })),
    form: {
      shareOpenText: form.shareOpenText,
      questions: form.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        labelEn: q.label.en,
        labelEs: q.label.es,
        options: q.kind === "choice" ? q.options.map((o) => `${o.label.en} | ${o.label.es}`).join("\n") : "",
      })),
    },
  };
}

const draftFields = ["id", "kind", "labelEn", "labelEs", "options"] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const fields = formFields(form);
  const scope = fields.scope ?? HUB_SCOPE;
  if (fields.intent === "reset") {
    await resetEvaluationForm(ctx.services, ctx.viewer, scope, actorOf(ctx));
    return redirect(`/admin/evaluation-forms?scope=${encodeURIComponent(scope)}&saved=1`);
  }
  const count = Math.min(Number.parseInt(fields.count ?? "0", 10) || 0, 40);
  const drafts: DraftQuestion[] = [];
  for (let index = 0; index <= count; index += 1) {
    const prefix = `q${index}.`;
    if (fields[`${prefix}remove`]) continue;
    const draft = Object.fromEntries(draftFields.map((name) => [name, fields[prefix + name] ?? ""])) as DraftQuestion;
    // The empty row at the end adds nothing unless something was written in it.
    if (index === count && !draft.labelEn.trim() && !draft.labelEs.trim()) continue;
    drafts.push(draft);
  }
  const result = await attempt<unknown, FormState>(
    () =>
      saveEvaluationForm(
        ctx.services,
        ctx.viewer,
        { scope, drafts, shareOpenText: fields.shareOpenText === "on" },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values: fields },
  );
  if (!result.ok) return result.response;
  return redirect(`/admin/evaluation-forms?scope=${encodeURIComponent(scope)}&saved=1`);
}

export default function EvaluationForms({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const values = state?.values;
  const rows = [...loaderData.form.questions, { id: "", kind: "rating", labelEn: "", labelEs: "", options: "" }];
  const count = loaderData.form.questions.length;
  const value = (index: number, name: (typeof draftFields)[number]) =>
    values ? (values[`q${index}.${name}`] ?? "") : rows[index]![name];
  return (
    <div className="page narrow">
      <h1>{t("evaluations.forms.title")}</h1>
      <p className="lede">{t("evaluations.forms.lede")}</p>
      {loaderData.saved && !state ? <Notice>{t("evaluations.forms.saved")}</Notice> : null}
      <Form method="get" className="card">
        <SelectField name="scope" label={t("evaluations.forms.which")} defaultValue={loaderData.scope}>
          <option value={loaderData.hubScope}>{t("evaluations.forms.hub")}</option>
          {loaderData.courses.map((course) => (
            <option key={course.id} value={course.id}>
              {course.title}
            </option>
          ))}
        </SelectField>
        <button type="submit">{t("evaluations.forms.open")}</button>
      </Form>
      {loaderData.usingHub ? <p className="what-next">{t("evaluations.forms.usingHub")}</p> : null}
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" key={loaderData.scope}>
        <input type="hidden" name="scope" value={loaderData.scope} />
        <input type="hidden" name="count" value={count} />
        {rows.map((row, index) => (
          <fieldset className="field evaluation-question" key={`${row.id}-${index}`}>
            <legend>
              {index < count ? t("evaluations.forms.question", { n: index + 1 }) : t("evaluations.forms.newQuestion")}
            </legend>
            <input type="hidden" name={`q${index}.id`} value={row.id} />
            <SelectField
              name={`q${index}.kind`}
              label={t("evaluations.forms.kind")}
              defaultValue={value(index, "kind")}
            >
              <option value="rating">{t("evaluations.forms.kind.rating")}</option>
              <option value="choice">{t("evaluations.forms.kind.choice")}</option>
              <option value="text">{t("evaluations.forms.kind.text")}</option>
            </SelectField>
            <TextField
              name={`q${index}.labelEn`}
              label={t("evaluations.forms.labelEn")}
              lang="en"
              defaultValue={value(index, "labelEn")}
              error={errors[`q${index}.labelEn`]}
            />
            <TextField
              name={`q${index}.labelEs`}
              label={t("evaluations.forms.labelEs")}
              lang="es"
              defaultValue={value(index, "labelEs")}
            />
            <TextAreaField
              name={`q${index}.options`}
              label={t("evaluations.forms.options")}
              rows={3}
              defaultValue={value(index, "options")}
              error={errors[`q${index}.options`]}
            />
            {index < count ? <CheckboxField name={`q${index}.remove`} label={t("evaluations.forms.remove")} /> : null}
          </fieldset>
        ))}
        <CheckboxField
          name="shareOpenText"
          label={t("evaluations.forms.shareOpenText")}
          defaultChecked={values ? values.shareOpenText === "on" : loaderData.form.shareOpenText}
        />
        <SubmitButton>{t("evaluations.forms.save")}</SubmitButton>
      </Form>
      {loaderData.scope !== loaderData.hubScope && !loaderData.usingHub ? (
        <Form method="post">
          <input type="hidden" name="scope" value={loaderData.scope} />
          <input type="hidden" name="intent" value="reset" />
          <button type="submit" className="secondary">
            {t("evaluations.forms.reset")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
