// Scheduled exports of the impact dashboard's spreadsheets by mail (issue 12 item 8): the list with pause, start again
// and remove, and the form to add one. The job in src/features/impact/send-impact-exports.ts does the sending.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/impact-exports";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm, type FormState } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { translator } from "#i18n/translate.ts";
import { calendarDate, calendarDateRange } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import {
  dashboardCsvKinds,
  isoWeekdays,
  MAX_EXPORT_RECIPIENTS,
  MAX_MONTH_DAY,
  type DashboardCsvKind,
} from "#core/impact-exports.ts";
import { countyName, oregonCounties } from "#core/oregon-counties.ts";
import { createImpactExport } from "#features/impact/create-impact-export.ts";
import { deleteImpactExport } from "#features/impact/delete-impact-export.ts";
import { listImpactExports, type ImpactExportRow } from "#features/impact/list-impact-exports.ts";
import { setImpactExportPaused } from "#features/impact/pause-impact-export.ts";
import { listDashboardChoices } from "#features/impact/list-dashboard-choices.ts";
import {
  CheckboxField,
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  useFormState,
} from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { errorAt, FieldGroup, RadioGroup } from "./lib/catalog-fields.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.exports.title");

const notices = ["created", "paused", "resumed", "deleted"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const [exports, choices] = await Promise.all([
    listImpactExports(services.db, { viewer, now: services.now() }),
    listDashboardChoices(services.db),
  ]);
  return { exports, choices, notice: oneOf(notices, new URL(request.url).searchParams.get("done")) };
}

type ExportsState = FormState & { kinds?: string[] };

const filterKeys = ["courseId", "organizationId", "countyFips", "trainerId"] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const exportId = fields.exportId ?? "";
  if (fields.intent === "pause" || fields.intent === "resume" || fields.intent === "delete") {
    const intent = fields.intent;
    const result = await attempt(
      () =>
        intent === "delete"
          ? deleteImpactExport(ctx.services.db, { viewer: ctx.viewer, exportId, actor: actorOf(ctx) })
          : setImpactExportPaused(ctx.services.db, {
              viewer: ctx.viewer,
              exportId,
              paused: intent === "pause",
              now: ctx.services.now(),
              actor: actorOf(ctx),
            }),
      t,
      { form: "list" },
    );
    if (!result.ok) return result.response;
    const done = intent === "delete" ? "deleted" : intent === "pause" ? "paused" : "resumed";
    throw redirect(`/admin/impact/exports?done=${done}#exports-title`);
  }
  const values = {
    cadence: fields.cadence ?? "",
    weekday: fields.weekday ?? "",
    monthDay: fields.monthDay ?? "",
    recipients: fields.recipients ?? "",
    language: fields.language ?? "",
    ...Object.fromEntries(filterKeys.map((key) => [key, fields[key] ?? ""])),
  };
  const kinds = form.getAll("kinds").filter((value): value is string => typeof value === "string");
  const result = await attempt<unknown, ExportsState>(
    () =>
      createImpactExport(ctx.services.db, {
        viewer: ctx.viewer,
        input: { ...values, kinds },
        now: ctx.services.now(),
        actor: actorOf(ctx),
      }),
    t,
    { values, kinds, form: "create" },
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/impact/exports?done=created#exports-title");
}

const kindKeys = {
  figures: "impact.exports.kind.figures",
  funnel: "impact.exports.kind.funnel",
  months: "impact.exports.kind.months",
} as const satisfies Record<DashboardCsvKind, string>;

/** A weekday's name in the reader's language, from ISO numbers (1 = Monday): 2024-01-01 was a Monday. */
function weekdayName(locale: string, isoDay: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(2024, 0, isoDay, 12)),
  );
}

const noticeWords = {
  created: "impact.exports.created",
  paused: "impact.exports.pausedNotice",
  resumed: "impact.exports.resumedNotice",
  deleted: "impact.exports.deleted",
} as const;

export default function ImpactExportsPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state } = useFormState<ExportsState>(actionData);
  const creating = state?.form === "create" ? state : undefined;
  const errors = creating?.errors ?? {};
  const typed = creating?.values ?? {};
  const { choices } = loaderData;
  // The dashboard's own filters (src/web/routes/admin/impact.tsx), each with "any" first.
  const filterChoices = [
    {
      name: "courseId",
      label: t("impact.admin.course"),
      options: choices.courses.map((course) => ({ id: course.id, label: localizedField(course, "title", locale) })),
    },
    {
      name: "organizationId",
      label: t("impact.admin.partner"),
      options: choices.organizations.map((org) => ({ id: org.id, label: org.name })),
    },
    {
      name: "countyFips",
      label: t("impact.admin.county"),
      options: oregonCounties.map((county) => ({ id: county.fips, label: county.name })),
    },
    {
      name: "trainerId",
      label: t("impact.admin.trainer"),
      options: choices.trainers.map((trainer) => ({ id: trainer.id, label: trainer.name })),
    },
  ];
  const checkedKinds = new Set(creating ? (creating.kinds ?? []) : ["figures"]);

  const filterWords = (filter: Record<string, string>) => {
    const words: string[] = [];
    const course = choices.courses.find((row) => row.id === filter.courseId);
    if (course) words.push(localizedField(course, "title", locale));
    const partner = choices.organizations.find((row) => row.id === filter.organizationId);
    if (partner) words.push(partner.name);
    const county = filter.countyFips ? countyName(filter.countyFips) : null;
    if (county) words.push(county);
    const trainer = choices.trainers.find((row) => row.id === filter.trainerId);
    if (trainer) words.push(trainer.name);
    return words.join(", ");
  };
  const when = (row: ImpactExportRow) =>
    row.cadence === "weekly"
      ? t("impact.exports.weekly", { weekday: weekdayName(locale, row.weekday ?? 1) })
      : t("impact.exports.monthly", { day: row.monthDay ?? 1 });
  const recipientsLine = (row: ImpactExportRow) => row.recipients.join(", ");

  return (
    <AdminPage title={t("impact.exports.title")}>
      <p className="lede">{t("impact.exports.lede")}</p>
      <p>
        <Link to="/admin/impact">{t("impact.exports.back")}</Link>
      </p>
      {loaderData.notice && !state ? <Notice>{t(noticeWords[loaderData.notice])}</Notice> : null}
      {state?.form === "list" && state.formError ? <ErrorSummary formError={state.formError} /> : null}

      <section aria-labelledby="exports-title">
        <h2 id="exports-title">{t("impact.exports.list.title")}</h2>
        {loaderData.exports.length === 0 ? (
          <p className="muted">{t("impact.exports.list.empty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.exports}
            rowKey={(row) => row.id}
            columns={[
              {
                label: t("impact.exports.list.what"),
                rowHeader: true,
                cell: (row) => (
                  <>
                    <ul className="plain-list">
                      {row.kinds.map((kind) => (
                        <li key={kind}>{t(kindKeys[kind])}</li>
                      ))}
                    </ul>
                    {Object.keys(row.filter).length > 0 ? (
                      <p className="muted">{t("impact.exports.list.filter", { filter: filterWords(row.filter) })}</p>
                    ) : null}
                  </>
                ),
              },
              {
                label: t("impact.exports.list.when"),
                cell: (row) => (
                  <>
                    {when(row)}
                    <p className="muted">
                      {t("impact.exports.list.language", { language: t(`sessions.language.${row.language}`) })}
                    </p>
                  </>
                ),
              },
              {
                label: t("impact.exports.list.to"),
                cell: (row) => (
                  <ul className="plain-list">
                    {row.recipients.map((address) => (
                      <li key={address} className="break-anywhere">
                        {address}
                      </li>
                    ))}
                  </ul>
                ),
              },
              {
                label: t("impact.exports.list.status"),
                cell: (row) => (
                  <>
                    <p>
                      {row.paused || !row.nextSendDay
                        ? t("impact.exports.paused")
                        : t("impact.exports.next", { date: calendarDate(locale, row.nextSendDay) })}
                    </p>
                    <p className="muted">
                      {row.lastMailing
                        ? t("impact.exports.lastSent", {
                            date: calendarDate(locale, row.lastMailing.sendDay),
                            period: calendarDateRange(locale, row.lastMailing.from, row.lastMailing.to),
                          })
                        : t("impact.exports.neverSent")}
                    </p>
                  </>
                ),
              },
              {
                label: t("impact.exports.list.actions"),
                actions: true,
                cell: (row) => (
                  <div className="stack">
                    <Form method="post">
                      <input type="hidden" name="exportId" value={row.id} />
                      <button type="submit" className="secondary" name="intent" value={row.paused ? "resume" : "pause"}>
                        {row.paused ? t("impact.exports.resume") : t("impact.exports.pause")}
                        <span className="visually-hidden"> {recipientsLine(row)}</span>
                      </button>
                    </Form>
                    <ConfirmAction
                      label={t("impact.exports.delete.open")}
                      context={recipientsLine(row)}
                      explanation={t("impact.exports.delete.explain", { recipients: recipientsLine(row) })}
                      confirmLabel={t("impact.exports.delete.confirm")}
                      fields={{ intent: "delete", exportId: row.id }}
                    />
                  </div>
                ),
              },
            ]}
          />
        )}
      </section>

      <section className="narrow" aria-labelledby="export-create-title">
        <h2 id="export-create-title">{t("impact.exports.create.title")}</h2>
        <p>{t("impact.exports.create.explain")}</p>
        <ErrorSummary errors={errors} formError={creating?.formError} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="create" />
          <FieldGroup id="field-kinds" legend={t("impact.exports.create.kinds")} error={errorAt(errors, "kinds")}>
            {dashboardCsvKinds.map((kind) => (
              <CheckboxField
                key={kind}
                id={`field-kinds-${kind}`}
                name="kinds"
                value={kind}
                label={t(kindKeys[kind])}
                defaultChecked={checkedKinds.has(kind)}
              />
            ))}
          </FieldGroup>
          <RadioGroup
            name="cadence"
            legend={t("impact.exports.create.cadence")}
            error={errors.cadence}
            value={typed.cadence || "monthly"}
            options={[
              { value: "weekly", label: t("impact.exports.create.weekly") },
              { value: "monthly", label: t("impact.exports.create.monthly") },
            ]}
          />
          <SelectField
            name="weekday"
            label={t("impact.exports.create.weekday")}
            error={errors.weekday}
            defaultValue={typed.weekday || "1"}
          >
            {isoWeekdays.map((day) => (
              <option key={day} value={String(day)}>
                {weekdayName(locale, day)}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="monthDay"
            label={t("impact.exports.create.monthDay")}
            hint={t("impact.exports.create.monthDayHint")}
            error={errors.monthDay}
            defaultValue={typed.monthDay || "1"}
          >
            {Array.from({ length: MAX_MONTH_DAY }, (_, index) => String(index + 1)).map((day) => (
              <option key={day} value={day}>
                {day}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            name="recipients"
            label={t("impact.exports.create.recipients")}
            hint={t("impact.exports.create.recipientsHint", { max: MAX_EXPORT_RECIPIENTS })}
            error={errors.recipients}
            defaultValue={typed.recipients ?? ""}
            rows={4}
            autoComplete="off"
            spellCheck={false}
          />
          <RadioGroup
            name="language"
            legend={t("impact.exports.create.language")}
            error={errors.language}
            value={typed.language || locale}
            options={[
              { value: "en", label: t("sessions.language.en") },
              { value: "es", label: t("sessions.language.es") },
            ]}
          />
          <FieldGroup
            id="field-filter"
            legend={t("impact.exports.create.filter")}
            hint={t("impact.exports.create.filterHint")}
          >
            {filterChoices.map((filter) => (
              <SelectField
                key={filter.name}
                name={filter.name}
                label={filter.label}
                error={errors[filter.name]}
                defaultValue={typed[filter.name] ?? ""}
              >
                <option value="">{t("impact.admin.any")}</option>
                {filter.options.map((option) => (
                  <option key={option.id} value={option.id}>
                    {option.label}
                  </option>
                ))}
              </SelectField>
            ))}
          </FieldGroup>
          <SubmitButton>{t("impact.exports.create.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
