// The partner admin edits their organization's public directory entry: whether it is listed, and which fields show.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/directory-entry";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { directoryFields, MAX_DIRECTORY_DESCRIPTION } from "#core/partners.ts";
import { organizationsInReach } from "#core/access.ts";
import { listManagedOrganizations } from "#features/access/list-managed-organizations.ts";
import { readDirectoryEntries, updateDirectoryEntry } from "#features/partners/directory.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { PartnerNav } from "./lib/partner-nav.tsx";

export const handle: RouteHandle = { access: "partner-admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partners.entry.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const reach = organizationsInReach(viewer);
  const ids = reach === "all" ? (await listManagedOrganizations(services.db, viewer!)).map((o) => o.id) : reach;
  return {
    entries: await readDirectoryEntries(services.db, ids),
    saved: new URL(request.url).searchParams.get("saved"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const fields = formFields(form);
  const organizationId = fields.organizationId ?? "";
  const shownFields = form.getAll("shownFields").map(String);
  const result = await attempt(
    () =>
      updateDirectoryEntry(
        ctx.services,
        {
          viewer: ctx.viewer,
          organizationId,
          listed: fields.listed === "on",
          shownFields: shownFields as (typeof directoryFields)[number][],
          descriptionEn: fields.descriptionEn ?? "",
          descriptionEs: fields.descriptionEs ?? "",
          counties: fields.counties ?? "",
          coReflectionInPlace: fields.coReflectionInPlace === "on",
        },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { form: organizationId, values: { ...fields, shownFields: shownFields.join(",") } },
    { fieldPrefix: `${organizationId}-` },
  );
  if (!result.ok) return result.response;
  throw redirect(`/partner/directory?saved=${encodeURIComponent(organizationId)}`);
}

export default function DirectoryEntryPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const { entries, saved } = loaderData;
  return (
    <div className="page">
      <PartnerNav />
      <h1>{t("partners.entry.title")}</h1>
      <p className="lede">{t("partners.entry.lede")}</p>
      <p className="muted">
        {t("partners.entry.logoNote")} <Link to="/partners">{t("partners.directory.title")}</Link>
      </p>
      {entries.length === 0 ? <p className="card">{t("partner.empty")}</p> : null}
      <div className="stack">
        {entries.map((entry) => {
          const mine = state?.form === entry.organizationId ? state : undefined;
          const errors = mine?.errors ?? {};
          const prefix = `${entry.organizationId}-`;
          const shown = mine ? (mine.values?.shownFields ?? "").split(",") : entry.shownFields;
          const checked = (name: string, stored: boolean) => (mine ? mine.values?.[name] === "on" : stored);
          return (
            <section key={entry.organizationId} className="card" aria-labelledby={`entry-${entry.organizationId}`}>
              <h2 id={`entry-${entry.organizationId}`}>{entry.name}</h2>
              {saved === entry.organizationId && !state ? <Notice>{t("partners.entry.saved")}</Notice> : null}
              <ErrorSummary errors={errors} formError={mine?.formError} />
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="organizationId" value={entry.organizationId} />
                <CheckboxField
                  id={`${prefix}listed`}
                  name="listed"
                  label={t("partners.entry.listed")}
                  defaultChecked={checked("listed", entry.listed)}
                />
                <TextAreaField
                  id={`field-${prefix}descriptionEn`}
                  name="descriptionEn"
                  lang="en"
                  label={t("partners.entry.descriptionEn")}
                  error={errors[`${prefix}descriptionEn`]}
                  defaultValue={mine?.values?.descriptionEn ?? entry.descriptionEn}
                  maxLength={MAX_DIRECTORY_DESCRIPTION}
                  rows={3}
                />
                <TextAreaField
                  id={`field-${prefix}descriptionEs`}
                  name="descriptionEs"
                  lang="es"
                  label={t("partners.entry.descriptionEs")}
                  error={errors[`${prefix}descriptionEs`]}
                  defaultValue={mine?.values?.descriptionEs ?? entry.descriptionEs}
                  maxLength={MAX_DIRECTORY_DESCRIPTION}
                  rows={3}
                />
                <TextField
                  id={`field-${prefix}counties`}
                  name="counties"
                  label={t("partners.entry.counties")}
                  hint={t("partners.entry.countiesHint")}
                  error={errors[`${prefix}counties`]}
                  defaultValue={mine?.values?.counties ?? entry.counties.join(", ")}
                />
                <CheckboxField
                  id={`${prefix}coReflection`}
                  name="coReflectionInPlace"
                  label={t("partners.entry.coReflection")}
                  defaultChecked={checked("coReflectionInPlace", entry.coReflectionInPlace)}
                />
                <fieldset className="field">
                  <legend>{t("partners.entry.show")}</legend>
                  {directoryFields.map((field) => (
                    <CheckboxField
                      key={field}
                      id={`${prefix}show-${field}`}
                      name="shownFields"
                      value={field}
                      label={t(`partners.entry.field.${field}`)}
                      defaultChecked={shown.includes(field)}
                    />
                  ))}
                </fieldset>
                <SubmitButton>{t("partners.entry.save")}</SubmitButton>
              </Form>
            </section>
          );
        })}
      </div>
    </div>
  );
}
