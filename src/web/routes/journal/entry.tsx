// One journal entry: read it (safe Markdown), edit it, or remove it (with undo on the journal page).
import { data, Link, redirect } from "react-router";
import { Form } from "react-router";
import type { Route } from "./+types/entry";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { UNDO_WINDOW_MINUTES } from "#core/journal.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { readMyEntry } from "#features/journal/read-journal.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { removeEntry } from "#features/journal/remove-entry.ts";
import { attempt, formFields, type FormState, orNotFound, readForm } from "#web/form-state.server.ts";
import { ConfirmAction, ErrorSummary, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { IpsTagList } from "../../components/ips-tags.tsx";
import { Markdown } from "../../components/markdown.tsx";
import { renderMarkdown } from "../../components/markdown.server.ts";
import { pageTitle } from "../public/lib/page-meta.ts";
import { JournalPage } from "./lib/journal-nav.tsx";
import journalStyles from "../../styles/journal.css?url";
import { EntryFields } from "./lib/entry-fields.tsx";
import { readEntryForm } from "./lib/entry-form.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: journalStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "journal.entry.edit");

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const [entry, prompts] = await Promise.all([
    orNotFound(readMyEntry(services, viewer, params.id)),
    listPrompts(services.db, { locale, includeHidden: true }),
  ]);
  const prompt = entry.promptId ? prompts.find((p) => p.id === entry.promptId) : undefined;
  return {
    entry,
    html: renderMarkdown(entry.text),
    promptText: prompt?.text ?? null,
    prompts: prompts.filter((p) => p.active || p.id === entry.promptId),
  };
}

type PageState = FormState & { form?: "edit" | "remove" };

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  if (fields.intent === "remove") {
    const result = await attempt(() => removeEntry(ctx.services, { viewer: ctx.viewer, id: params.id }), t, {
      form: "remove",
    });
    if (!result.ok) return result.response;
    throw redirect(`/my/journal?removed=${encodeURIComponent(params.id)}`);
  }
  if (fields.intent !== "save")
    return data<PageState>({ formError: t("admin.errors.conflict"), form: "remove" }, { status: 400 });
  const read = readEntryForm(form);
  const result = await attempt(
    () => writeEntry(ctx.services, { viewer: ctx.viewer, id: params.id, ...read.input }),
    t,
    { values: read.values, form: "edit" },
  );
  if (!result.ok) return result.response;
  throw redirect("/my/journal?done=updated");
}

export default function JournalEntry({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState<PageState>(actionData);
  const { entry } = loaderData;
  const date = format.date(`${entry.writtenOn}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const kept = state?.form === "edit" ? state.values : undefined;
  return (
    <JournalPage title={t("journal.entry.title", { date })}>
      <p>
        <Link to="/my/journal">{t("journal.entry.back")}</Link>
      </p>
      <article className="card stack">
        {loaderData.promptText ? (
          <p className="muted">
            {t("journal.entry.prompt")}: {loaderData.promptText}
          </p>
        ) : null}
        <Markdown html={loaderData.html} />
        <IpsTagList principles={entry.principles} tasks={entry.tasks} free={entry.tags} />
      </article>

      <section aria-labelledby="edit-title" className="narrow stack">
        <h2 id="edit-title">{t("journal.entry.edit")}</h2>
        {state ? <ErrorSummary errors={errors} formError={state.formError} /> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="save" />
          <EntryFields
            prompts={loaderData.prompts}
            errors={state?.form === "edit" ? errors : {}}
            values={{
              text: kept?.text ?? entry.text,
              writtenOn: kept?.writtenOn ?? entry.writtenOn,
              promptId: kept?.promptId ?? entry.promptId ?? "",
              tags: kept?.tags ?? entry.tags.join(", "),
              principles: kept ? (kept.principles?.split(",") ?? []) : entry.principles,
              tasks: kept ? (kept.tasks?.split(",") ?? []) : entry.tasks,
            }}
          />
          <SubmitButton>{t("journal.entry.save")}</SubmitButton>
        </Form>
      </section>

      <ConfirmAction
        label={t("journal.entry.remove")}
        explanation={t("journal.entry.removeExplain", { minutes: UNDO_WINDOW_MINUTES })}
        confirmLabel={t("journal.entry.remove")}
        fields={{ intent: "remove" }}
      />
    </JournalPage>
  );
}
