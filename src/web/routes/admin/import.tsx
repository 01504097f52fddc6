// Moving in: an admin checks two spreadsheets of past trainings, sees what would be created and every problem by file,
// line and column, corrects them in place, and imports — all in one transaction, safe to repeat.
import { Form } from "react-router";
import type { Route } from "./+types/import";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import {
  participantColumns,
  requiredParticipantColumns,
  requiredSessionColumns,
  sessionColumns,
  type ImportProblem,
} from "#core/past-trainings.ts";
import {
  importPastTrainings,
  previewPastTrainingImport,
  type ImportSummary,
} from "#features/imports/import-past-trainings.ts";
import { readProfile } from "#features/accounts/read-profile.ts";
import { actorOf, attempt, readForm, type FormState } from "#web/form-state.server.ts";
import { CheckboxField, ErrorSummary, Notice, TextAreaField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { readImportFiles } from "./lib/import-files.server.ts";

export const handle: RouteHandle = { access: "admin", acceptsFiles: true };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "imports.title");

type ImportState = FormState & {
  intent?: "check" | "import";
  summary?: ImportSummary;
  sessionsCsv?: string;
  participantsCsv?: string;
  issueCredentials?: boolean;
};

const requiredSession = new Set<string>(requiredSessionColumns);
const requiredParticipant = new Set<string>(requiredParticipantColumns);

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const profile = viewer ? await readProfile(services.db, viewer.userId) : null;
  return { timeZone: profile?.timeZone ?? "UTC" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const files = await readImportFiles(await readForm(request));
  const kept: ImportState = {
    intent: files.intent,
    sessionsCsv: files.sessionsCsv,
    participantsCsv: files.participantsCsv,
    issueCredentials: files.issueCredentials,
  };
  if (!files.sessionsCsv.trim() || !files.participantsCsv.trim())
    return { ...kept, formError: t("imports.form.empty") } satisfies ImportState;
  const input = {
    sessionsCsv: files.sessionsCsv,
    participantsCsv: files.participantsCsv,
    issueCredentials: files.issueCredentials,
  };
  const preview = await attempt(() => previewPastTrainingImport(ctx.services, { viewer: ctx.viewer, input }), t, kept);
  if (!preview.ok) return preview.response;
  // Problems are shown with the files still in the form, whichever button was pressed; nothing is written.
  if (files.intent === "check" || preview.value.problems.length > 0)
    return { ...kept, intent: "check", summary: preview.value } satisfies ImportState;
  const done = await attempt(
    () => importPastTrainings(ctx.services, { viewer: ctx.viewer, input }, actorOf(ctx)),
    t,
    kept,
  );
  if (!done.ok) return done.response;
  return { intent: "import", summary: done.value } satisfies ImportState;
}

export default function ImportPastTrainings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<ImportState>(actionData);
  const summary = state?.summary;
  const imported = state?.intent === "import" && summary !== undefined;
  const readyToImport = !imported && summary !== undefined && summary.problems.length === 0;
  return (
    <AdminPage title={t("imports.title")}>
      <p className="lede">{t("imports.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      {imported ? <Notice>{t("imports.done")}</Notice> : null}
      {summary ? <SummaryBlock summary={summary} imported={imported} /> : null}

      <Form method="post" encType="multipart/form-data" className="stack import-form">
        <div className="field">
          <label htmlFor="field-sessionsFile">{t("imports.form.sessionsFile")}</label>
          <input id="field-sessionsFile" name="sessionsFile" type="file" accept=".csv,text/csv" />
        </div>
        <TextAreaField
          name="sessionsCsv"
          label={t("imports.form.sessionsText")}
          hint={t("imports.form.textHint")}
          rows={6}
          spellCheck={false}
          defaultValue={imported ? "" : (state?.sessionsCsv ?? "")}
          key={`s-${summary ? "answered" : "new"}`}
        />
        <div className="field">
          <label htmlFor="field-participantsFile">{t("imports.form.participantsFile")}</label>
          <input id="field-participantsFile" name="participantsFile" type="file" accept=".csv,text/csv" />
        </div>
        <TextAreaField
          name="participantsCsv"
          label={t("imports.form.participantsText")}
          rows={6}
          spellCheck={false}
          defaultValue={imported ? "" : (state?.participantsCsv ?? "")}
          key={`p-${summary ? "answered" : "new"}`}
        />
        <CheckboxField
          name="issueCredentials"
          label={t("imports.form.issueCredentials")}
          hint={t("imports.form.issueCredentialsHint")}
          defaultChecked={!imported && state?.issueCredentials}
        />
        <div className="actions">
          {/* After a check that found nothing to fix, importing is the next step; before it, checking is. */}
          <button type="submit" name="intent" value="check" className={readyToImport ? "secondary" : "primary"}>
            {t("imports.form.check")}
          </button>
          <button type="submit" name="intent" value="import" className={readyToImport ? "primary" : "secondary"}>
            {t("imports.form.import")}
          </button>
        </div>
      </Form>

      <h2>{t("imports.columns.title")}</h2>
      <ColumnTable
        caption={t("imports.columns.sessions")}
        file="sessions"
        columns={sessionColumns}
        required={requiredSession}
        zone={loaderData.timeZone}
      />
      <ColumnTable
        caption={t("imports.columns.participants")}
        file="participants"
        columns={participantColumns}
        required={requiredParticipant}
        zone={loaderData.timeZone}
      />
    </AdminPage>
  );
}

function SummaryBlock({ summary, imported }: { summary: ImportSummary; imported: boolean }) {
  const t = useT();
  const problems = summary.problems;
  return (
    <section className="card" aria-labelledby="import-summary">
      <h2 id="import-summary">{t(imported ? "imports.summary.doneTitle" : "imports.summary.title")}</h2>
      {!imported ? <p>{t("imports.summary.nothingWritten")}</p> : null}
      <ul>
        <li>{t("imports.summary.sessions", summary.sessions)}</li>
        <li>{t("imports.summary.people", summary.people)}</li>
        <li>{t("imports.summary.participants", summary.participants)}</li>
        <li>{t("imports.summary.completions", { count: summary.completions })}</li>
        <li>{t("imports.summary.credentials", { count: summary.credentials })}</li>
      </ul>
      {summary.ignoredColumns.map((ignored) => (
        <p key={ignored.file} className="field-hint">
          {t("imports.summary.ignored", {
            file: t(`imports.file.${ignored.file}` as MessageKey),
            names: ignored.names.join(", "),
          })}
        </p>
      ))}
      {imported ? null : problems.length === 0 ? (
        <p>{t("imports.problems.none")}</p>
      ) : (
        <>
          <h3>{t("imports.problems.title", { count: problems.length })}</h3>
          <ResponsiveTable
            rows={problems}
            rowKey={(problem) => `${problem.file}:${problem.line}:${problem.column?.name ?? ""}:${problem.code}`}
            columns={[
              {
                label: t("imports.problems.file"),
                rowHeader: true,
                cell: (problem) => t(`imports.file.${problem.file}` as MessageKey),
              },
              { label: t("imports.problems.line"), cell: (problem) => problem.line },
              {
                label: t("imports.problems.column"),
                cell: (problem) =>
                  problem.column
                    ? `${problem.column.letter} (${problem.column.name})`
                    : t("imports.problems.wholeFile"),
              },
              { label: t("imports.problems.problem"), cell: (problem) => problemText(t, problem) },
            ]}
          />
        </>
      )}
    </section>
  );
}

function problemText(t: ReturnType<typeof useT>, problem: ImportProblem): string {
  return t(`imports.problem.${problem.code}` as MessageKey, problem.values);
}

function ColumnTable(props: {
  caption: string;
  file: "sessions" | "participants";
  columns: readonly string[];
  required: ReadonlySet<string>;
  zone: string;
}) {
  const t = useT();
  return (
    <>
      <h3 id={`columns-${props.file}`}>{props.caption}</h3>
      <div className="table-wrap">
        <table className="responsive-table" aria-labelledby={`columns-${props.file}`}>
          <thead>
            <tr>
              <th scope="col">{t("imports.columns.column")}</th>
              <th scope="col">{t("imports.columns.meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {props.columns.map((column) => (
              <tr key={column}>
                <th scope="row" data-label={t("imports.columns.column")}>
                  <code>{column}</code> (
                  {t(props.required.has(column) ? "imports.columns.required" : "imports.columns.optional")})
                </th>
                <td data-label={t("imports.columns.meaning")}>
                  {t(`imports.col.${props.file}.${column}` as MessageKey, { zone: props.zone })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
