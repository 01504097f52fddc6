// The crisis and warmline table behind "Support now": add, edit (including when each was last checked), remove.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/support-resources";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import {
  addSupportResource,
  listSupportResourcesForAdmin,
  removeSupportResource,
  updateSupportResource,
} from "#features/hub/support-resources.ts";
import type { SupportResource } from "#features/hub/support-resources.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  CheckboxField,
  ConfirmAction,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import {
  MAX_PHONE_LENGTH,
  MAX_RESOURCE_DESCRIPTION_LENGTH,
  MAX_RESOURCE_HOURS_LENGTH,
  MAX_RESOURCE_NAME_LENGTH,
} from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.resources.title");

const notices = ["added", "saved", "removed"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const resources = await listSupportResourcesForAdmin(services.db);
  return {
    resources,
    editing: resources.find((resource) => resource.id === url.searchParams.get("edit")) ?? null,
    done: oneOf(notices, url.searchParams.get("done")),
    today: services.now().toISOString().slice(0, 10),
  };
}

const textFields = [
  "name",
  "descriptionEn",
  "descriptionEs",
  "phone",
  "sms",
  "url",
  "hours",
  "sortOrder",
  "lastVerifiedOn",
] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const now = ctx.services.now();
  if (fields.intent === "remove") {
    const result = await attempt(
      () => removeSupportResource(ctx.services.db, { viewer: ctx.viewer, id: fields.id ?? "" }, actorOf(ctx)),
      t,
      {
        form: "remove",
      },
    );
    if (!result.ok) return result.response;
    throw redirect("/admin/support-resources?done=removed");
  }
  const text = Object.fromEntries(textFields.map((field) => [field, fields[field] ?? ""])) as Record<
    (typeof textFields)[number],
    string
  >;
  const values = { ...text, peerRun: fields.peerRun === "on" ? "on" : "", id: fields.id ?? "" };
  const resource = { ...text, peerRun: fields.peerRun === "on" };
  if (fields.intent === "update") {
    const result = await attempt(
      () => updateSupportResource(ctx.services.db, { viewer: ctx.viewer, now, id: values.id, resource }, actorOf(ctx)),
      t,
      {
        form: "update",
        values,
      },
    );
    if (!result.ok) return result.response;
    throw redirect("/admin/support-resources?done=saved");
  }
  const result = await attempt(
    () => addSupportResource(ctx.services.db, { viewer: ctx.viewer, now, resource }, actorOf(ctx)),
    t,
    { form: "add", values },
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/support-resources?done=added");
}

const noticeKeys = {
  added: "admin.resources.added",
  saved: "admin.resources.saved",
  removed: "admin.resources.removed",
} as const;

function ResourceForm(props: {
  intent: "add" | "update";
  resource: SupportResource | null;
  state?: FormState;
  today: string;
}) {
  const t = useT();
  const mine = props.state?.form === props.intent ? props.state : undefined;
  const errors = mine?.errors ?? {};
  const saved = props.resource;
  const value = (field: (typeof textFields)[number]) =>
    mine?.values?.[field] ??
    (saved ? String(saved[field] ?? "") : field === "sortOrder" ? "0" : field === "lastVerifiedOn" ? props.today : "");
  const peerRun = mine?.values ? mine.values.peerRun === "on" : (saved?.peerRun ?? false);
  return (
    <>
      <ErrorSummary errors={errors} formError={mine?.formError} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value={props.intent} />
        {saved ? <input type="hidden" name="id" value={saved.id} /> : null}
        <TextField
          name="name"
          label={t("admin.resources.field.name")}
          error={errors.name}
          defaultValue={value("name")}
          maxLength={MAX_RESOURCE_NAME_LENGTH}
          required
        />
        <TextAreaField
          name="descriptionEn"
          lang="en"
          label={t("admin.resources.field.descriptionEn")}
          error={errors.descriptionEn}
          defaultValue={value("descriptionEn")}
          maxLength={MAX_RESOURCE_DESCRIPTION_LENGTH}
          rows={3}
          required
        />
        <TextAreaField
          name="descriptionEs"
          lang="es"
          label={t("admin.resources.field.descriptionEs")}
          error={errors.descriptionEs}
          defaultValue={value("descriptionEs")}
          maxLength={MAX_RESOURCE_DESCRIPTION_LENGTH}
          rows={3}
          required
        />
        <TextField
          name="phone"
          type="tel"
          label={t("admin.resources.field.phone")}
          hint={t("admin.resources.field.phoneHint")}
          error={errors.phone}
          defaultValue={value("phone")}
          maxLength={MAX_PHONE_LENGTH}
        />
        <TextField
          name="sms"
          type="tel"
          label={t("admin.resources.field.sms")}
          error={errors.sms}
          defaultValue={value("sms")}
          maxLength={MAX_PHONE_LENGTH}
        />
        <TextField
          name="url"
          type="url"
          label={t("admin.resources.field.url")}
          error={errors.url}
          defaultValue={value("url")}
          spellCheck={false}
        />
        <TextField
          name="hours"
          label={t("admin.resources.field.hours")}
          hint={t("admin.resources.field.hoursHint")}
          error={errors.hours}
          defaultValue={value("hours")}
          maxLength={MAX_RESOURCE_HOURS_LENGTH}
        />
        <CheckboxField
          id={`field-peerRun-${props.intent}`}
          name="peerRun"
          label={t("admin.resources.field.peerRun")}
          hint={t("admin.resources.field.peerRunHint")}
          defaultChecked={peerRun}
        />
        <TextField
          name="sortOrder"
          type="number"
          inputMode="numeric"
          step={1}
          label={t("admin.resources.field.sortOrder")}
          hint={t("admin.resources.field.sortOrderHint")}
          error={errors.sortOrder}
          defaultValue={value("sortOrder")}
        />
        <TextField
          name="lastVerifiedOn"
          type="date"
          label={t("admin.resources.field.lastVerifiedOn")}
          hint={t("admin.resources.field.lastVerifiedOnHint")}
          error={errors.lastVerifiedOn}
          defaultValue={value("lastVerifiedOn")}
          max={props.today}
          required
        />
        <div className="form-actions">
          <SubmitButton>
            {props.intent === "add" ? t("admin.resources.add.submit") : t("admin.resources.edit.submit")}
          </SubmitButton>
          {props.intent === "update" ? (
            <Link to="/admin/support-resources">{t("admin.resources.edit.cancel")}</Link>
          ) : null}
        </div>
      </Form>
    </>
  );
}

export default function SupportResources({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState(actionData);
  const { resources, editing } = loaderData;
  const dateOf = (day: string) => format.date(`${day}T12:00:00Z`, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <AdminPage title={t("admin.resources.title")}>
      <p className="lede">{t("admin.resources.lede")}</p>
      {loaderData.done && !state ? <Notice>{t(noticeKeys[loaderData.done])}</Notice> : null}
      {state?.form === "remove" ? <ErrorSummary formError={state.formError} /> : null}

      {editing || state?.form === "update" ? (
        <section className="card narrow-card" aria-labelledby="edit-title" id="edit">
          <h2 id="edit-title">{t("admin.resources.edit.title", { name: editing?.name ?? "" })}</h2>
          <ResourceForm
            intent="update"
            resource={editing ?? resources.find((r) => r.id === state?.values?.id) ?? null}
            state={state}
            today={loaderData.today}
          />
        </section>
      ) : null}

      {resources.length === 0 ? (
        <p className="card">{t("admin.resources.empty")}</p>
      ) : (
        <ul className="resource-admin-list">
          {resources.map((resource) => (
            <li key={resource.id} className="card">
              <div className="resource-heading">
                <h2>{resource.name}</h2>
                {resource.peerRun ? <span className="pill">{t("admin.resources.peerRun")}</span> : null}
              </div>
              <p lang="en">{resource.descriptionEn}</p>
              <p lang="es" className="muted">
                {resource.descriptionEs}
              </p>
              <dl className="details compact">
                {resource.phone ? <Detail term={t("admin.resources.field.phone")}>{resource.phone}</Detail> : null}
                {resource.sms ? <Detail term={t("admin.resources.field.sms")}>{resource.sms}</Detail> : null}
                {resource.url ? (
                  <Detail term={t("admin.resources.field.url")}>
                    <a href={resource.url} rel="noreferrer noopener" target="_blank">
                      {resource.url.replace(/^https?:\/\//, "")}
                    </a>
                  </Detail>
                ) : null}
                {resource.hours ? <Detail term={t("admin.resources.hours")}>{resource.hours}</Detail> : null}
                <Detail term={t("admin.resources.field.lastVerifiedOn")}>{dateOf(resource.lastVerifiedOn)}</Detail>
                <Detail term={t("admin.resources.field.sortOrder")}>{resource.sortOrder}</Detail>
              </dl>
              <div className="card-actions">
                <Link className="button secondary" to={`?edit=${resource.id}#edit`}>
                  {t("admin.resources.edit.open")}
                  <span className="visually-hidden"> {resource.name}</span>
                </Link>
                <ConfirmAction
                  label={t("admin.resources.remove.open")}
                  context={resource.name}
                  explanation={t("admin.resources.remove.explain", { name: resource.name })}
                  confirmLabel={t("admin.resources.remove.confirm")}
                  fields={{ intent: "remove", id: resource.id }}
                />
              </div>
            </li>
          ))}
        </ul>
      )}

      {editing || state?.form === "update" ? null : (
        <section className="card narrow-card" aria-labelledby="add-title" id="add">
          <h2 id="add-title">{t("admin.resources.add.title")}</h2>
          <p>{t("admin.resources.add.explain")}</p>
          <ResourceForm intent="add" resource={null} state={state} today={loaderData.today} />
        </section>
      )}
    </AdminPage>
  );
}
