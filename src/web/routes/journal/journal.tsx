// The private practice journal: what the hub can and cannot see, writing an entry (with a prompt and tags), the
// entries, undo after removing one, taking a copy, and deleting the journal. Works without JavaScript.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/journal";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { utcToZoned } from "#core/local-time.ts";
import { UNDO_WINDOW_MINUTES } from "#core/journal.ts";
import { listPrompts } from "#features/prompts/list-prompts.ts";
import { journalFootprint, listMyEntries, recentlyRemovedEntry } from "#features/journal/read-journal.ts";
import { writeEntry } from "#features/journal/write-entry.ts";
import { restoreEntry } from "#features/journal/remove-entry.ts";
import { deleteJournal } from "#features/journal/delete-journal.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { ConfirmAction, ErrorSummary, Notice, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { IpsTagList } from "../../components/ips-tags.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { JournalPage } from "./lib/journal-nav.tsx";
import journalStyles from "../../styles/journal.css?url";
import { EntryFields } from "./lib/entry-fields.tsx";
import { readEntryForm } from "./lib/entry-form.server.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: journalStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "journal.title");

const notices = {
  saved: "journal.saved",
  restored: "journal.restored",
  deleted: "journal.deleted",
  updated: "journal.updated",
} as const satisfies Record<string, MessageKey>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const params = new URL(request.url).searchParams;
  const removedId = params.get("removed");
  const [entries, prompts, footprint, undoable] = await Promise.all([
    listMyEntries(services, viewer),
    listPrompts(services.db, { locale }),
    journalFootprint(services, viewer),
    removedId ? recentlyRemovedEntry(services, viewer, removedId) : Promise.resolve(false),
  ]);
  const done = params.get("done");
  return {
    entries: entries.map((entry) => ({
      id: entry.id,
      writtenOn: entry.writtenOn,
      excerpt: entry.text.length > 160 ? `${entry.text.slice(0, 160)}…` : entry.text,
      principles: entry.principles,
      tasks: entry.tasks,
      tags: entry.tags,
    })),
    prompts,
    footprint,
    today: utcToZoned(services.now(), timeZone).date,
    undo: undoable ? removedId : null,
    notice: done && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : null,
  };
}

type PageState = FormState & { form?: "write" | "other" };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  switch (fields.intent) {
    case "write": {
      const read = readEntryForm(form);
      const result = await attempt(() => writeEntry(ctx.services, { viewer: ctx.viewer, ...read.input }), t, {
        values: read.values,
        form: "write",
      });
      if (!result.ok) return result.response;
      throw redirect("/my/journal?done=saved");
    }
    case "undo": {
      const result = await attempt(() => restoreEntry(ctx.services, { viewer: ctx.viewer, id: fields.id ?? "" }), t, {
        form: "other",
      });
      if (!result.ok) return result.response;
      throw redirect("/my/journal?done=restored");
    }
    case "delete-journal": {
      await deleteJournal(ctx.services, { viewer: ctx.viewer }, actorOf(ctx));
      throw redirect("/my/journal?done=deleted");
    }
    default:
      return data<PageState>({ formError: t("admin.errors.conflict"), form: "other" }, { status: 400 });
  }
}

export default function Journal({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState<PageState>(actionData);
  const day = (iso: string) => format.date(`${iso}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const kept = state?.form === "write" ? state.values : undefined;
  const { footprint } = loaderData;
  return (
    <JournalPage title={t("journal.title")}>
      <p className="lede">{t("journal.lede")}</p>
      {loaderData.notice && !state ? <Notice>{t(loaderData.notice)}</Notice> : null}
      {loaderData.undo && !state ? (
        <Notice>
          <p>{t("journal.removed", { minutes: UNDO_WINDOW_MINUTES })}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="undo" />
            <input type="hidden" name="id" value={loaderData.undo} />
            <button type="submit" className="secondary">
              {t("journal.undo")}
            </button>
          </Form>
        </Notice>
      ) : null}
      {state?.form === "other" ? <ErrorSummary formError={state.formError} /> : null}

      <section aria-labelledby="privacy-title" className="card stack">
        <h2 id="privacy-title">{t("journal.privacy.title")}</h2>
        <p>{t("journal.privacy.cannot")}</p>
        <p>{t("journal.privacy.can")}</p>
        <p>
          {t("journal.privacy.now", {
            entries: footprint.entries,
            intentions: footprint.intentions,
            size: format.number(footprint.sealedBytes < 1024 ? footprint.sealedBytes : footprint.sealedBytes / 1024, {
              style: "unit",
              unit: footprint.sealedBytes < 1024 ? "byte" : "kilobyte",
              unitDisplay: "short",
              maximumFractionDigits: 1,
            }),
          })}
          {footprint.firstWrittenOn && footprint.lastWrittenOn
            ? ` ${t("journal.privacy.dates", { first: day(footprint.firstWrittenOn), last: day(footprint.lastWrittenOn) })}`
            : null}
        </p>
      </section>

      <section aria-labelledby="write-title" className="narrow stack">
        <h2 id="write-title">{t("journal.write.title")}</h2>
        {state?.form === "write" ? <ErrorSummary errors={errors} formError={state.formError} /> : null}
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="write" />
          <EntryFields
            prompts={loaderData.prompts}
            errors={state?.form === "write" ? errors : {}}
            values={{
              text: kept?.text ?? "",
              writtenOn: kept?.writtenOn ?? loaderData.today,
              promptId: kept?.promptId ?? "",
              tags: kept?.tags ?? "",
              principles: kept?.principles ? kept.principles.split(",") : [],
              tasks: kept?.tasks ? kept.tasks.split(",") : [],
            }}
          />
          <p className="muted">{t("journal.write.next")}</p>
          <SubmitButton>{t("journal.write.submit")}</SubmitButton>
        </Form>
      </section>

      <section aria-labelledby="entries-title" className="stack">
        <h2 id="entries-title">{t("journal.entries.title")}</h2>
        {loaderData.entries.length === 0 ? (
          <p className="card">{t("journal.entries.empty")}</p>
        ) : (
          <ul className="plain-list stack">
            {loaderData.entries.map((entry) => (
              <li key={entry.id} className="card stack-tight">
                <h3>{t("journal.entry.title", { date: day(entry.writtenOn) })}</h3>
                <p className="journal-excerpt">{entry.excerpt}</p>
                <IpsTagList principles={entry.principles} tasks={entry.tasks} free={entry.tags} />
                <Link to={`/my/journal/entries/${entry.id}`}>
                  {t("journal.entries.open")}
                  <span className="visually-hidden"> {day(entry.writtenOn)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="export-title" className="stack">
        <h2 id="export-title">{t("journal.export.title")}</h2>
        <p>{t("journal.export.explain")}</p>
        <ul className="plain-list">
          <li>
            <a href="/my/journal/journal.md" download>
              {t("journal.export.markdown")}
            </a>
          </li>
          <li>
            <a href="/my/journal/journal.json" download>
              {t("journal.export.json")}
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="delete-title" className="stack">
        <h2 id="delete-title">{t("journal.delete.title")}</h2>
        <p>{t("journal.privacy.shred")}</p>
        <ConfirmAction
          label={t("journal.delete.button")}
          explanation={t("journal.delete.explain")}
          confirmLabel={t("journal.delete.confirm")}
          fields={{ intent: "delete-journal" }}
        />
      </section>
    </JournalPage>
  );
}
