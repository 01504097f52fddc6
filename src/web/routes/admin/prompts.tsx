// The reflection prompt library, for hub admins: each prompt with its principle and task in both languages; add one,
// edit one, stop offering one (entries that used it keep it).
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/prompts";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { ipsPrinciples, ipsTasks, MAX_PROMPT_LENGTH } from "#core/journal.ts";
import { listPrompts, type Prompt } from "#features/prompts/list-prompts.ts";
import { savePrompt, setPromptActive } from "#features/prompts/manage-prompts.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { ipsTagKey } from "../../components/ips-tags.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "prompts.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, locale } = appContext(context);
  return {
    prompts: await listPrompts(services.db, { locale, includeHidden: true }),
    done: oneOf(["saved"] as const, new URL(request.url).searchParams.get("done")),
  };
}

type PageState = FormState & { form?: string };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const id = fields.id || null;
  if (fields.intent === "active") {
    const result = await attempt(
      () =>
        setPromptActive(
          ctx.services,
          { viewer: ctx.viewer, id: id ?? "", active: fields.active === "true" },
          actorOf(ctx),
        ),
      t,
      { form: `prompt-${id}` },
    );
    if (!result.ok) return result.response;
    throw redirect("/admin/prompts?done=saved");
  }
  if (fields.intent !== "save") return data<PageState>({ formError: t("admin.errors.conflict") }, { status: 400 });
  const values = {
    principle: fields.principle ?? "",
    task: fields.task ?? "",
    textEn: fields.textEn ?? "",
    textEs: fields.textEs ?? "",
    sortOrder: fields.sortOrder ?? "0",
  };
  const result = await attempt(() => savePrompt(ctx.services, { viewer: ctx.viewer, id, ...values }, actorOf(ctx)), t, {
    form: id ? `prompt-${id}` : "new",
    values,
  });
  if (!result.ok) return result.response;
  throw redirect("/admin/prompts?done=saved");
}

function PromptFields({ prefix, prompt, state }: { prefix: string; prompt?: Prompt; state?: PageState }) {
  const t = useT();
  const errors = state?.errors ?? {};
  const kept = state?.values;
  return (
    <>
      <SelectField
        name="principle"
        id={`${prefix}-principle`}
        label={t("prompts.principle")}
        error={errors.principle}
        defaultValue={kept?.principle ?? prompt?.principle ?? ""}
      >
        <option value="">{t("prompts.none")}</option>
        {ipsPrinciples.map((code) => (
          <option key={code} value={code}>
            {t(ipsTagKey(code))}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="task"
        id={`${prefix}-task`}
        label={t("prompts.task")}
        error={errors.task}
        defaultValue={kept?.task ?? prompt?.task ?? ""}
      >
        <option value="">{t("prompts.none")}</option>
        {ipsTasks.map((code) => (
          <option key={code} value={code}>
            {t(ipsTagKey(code))}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="textEn"
        id={`${prefix}-textEn`}
        lang="en"
        label={t("prompts.textEn")}
        error={errors.textEn}
        defaultValue={kept?.textEn ?? prompt?.textEn ?? ""}
        maxLength={MAX_PROMPT_LENGTH}
        rows={3}
        required
      />
      <TextAreaField
        name="textEs"
        id={`${prefix}-textEs`}
        lang="es"
        label={t("prompts.textEs")}
        error={errors.textEs}
        defaultValue={kept?.textEs ?? prompt?.textEs ?? ""}
        maxLength={MAX_PROMPT_LENGTH}
        rows={3}
        required
      />
      <TextField
        name="sortOrder"
        id={`${prefix}-sortOrder`}
        inputMode="numeric"
        label={t("prompts.sortOrder")}
        error={errors.sortOrder}
        defaultValue={kept?.sortOrder ?? String(prompt?.sortOrder ?? 0)}
      />
    </>
  );
}

export default function Prompts({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState<PageState>(actionData);
  const tags = (prompt: Prompt) =>
    [prompt.principle, prompt.task].flatMap((code) => (code ? [t(ipsTagKey(code))] : [])).join(" · ");
  return (
    <AdminPage title={t("prompts.title")}>
      <p className="lede">{t("prompts.lede")}</p>
      {loaderData.done && !state ? <Notice>{t("prompts.saved")}</Notice> : null}
      {state && !state.form ? <ErrorSummary formError={state.formError} /> : null}
      <section aria-labelledby="prompt-list" className="stack">
        <h2 id="prompt-list">{t("prompts.list")}</h2>
        {loaderData.prompts.length === 0 ? <p className="card">{t("prompts.empty")}</p> : null}
        <ul className="plain-list stack">
          {loaderData.prompts.map((prompt) => {
            const mine = state?.form === `prompt-${prompt.id}` ? state : undefined;
            return (
              <li key={prompt.id} className="card stack-tight">
                <p className="muted">
                  {tags(prompt)}
                  {prompt.active ? null : ` · ${t("prompts.hidden")}`}
                </p>
                <p>{prompt.text}</p>
                <details open={Boolean(mine)}>
                  <summary>
                    {t("prompts.edit")}
                    <span className="visually-hidden">: {prompt.text}</span>
                  </summary>
                  {mine ? <ErrorSummary errors={mine.errors} formError={mine.formError} /> : null}
                  <Form method="post" className="stack" noValidate>
                    <input type="hidden" name="intent" value="save" />
                    <input type="hidden" name="id" value={prompt.id} />
                    <PromptFields prefix={`prompt-${prompt.id}`} prompt={prompt} state={mine} />
                    <button type="submit" className="primary">
                      {t("prompts.save")}
                    </button>
                  </Form>
                </details>
                <Form method="post">
                  <input type="hidden" name="intent" value="active" />
                  <input type="hidden" name="id" value={prompt.id} />
                  <input type="hidden" name="active" value={prompt.active ? "false" : "true"} />
                  <button type="submit" className="secondary">
                    {t(prompt.active ? "prompts.hide" : "prompts.show")}
                    <span className="visually-hidden">: {prompt.text}</span>
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="add-prompt" className="narrow stack">
        <h2 id="add-prompt">{t("prompts.add.title")}</h2>
        {state?.form === "new" ? <ErrorSummary errors={state.errors} formError={state.formError} /> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="save" />
          <PromptFields prefix="new" state={state?.form === "new" ? state : undefined} />
          <SubmitButton>{t("prompts.add.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
