// Partner organizations: the list, and a form to add one (its web address is made from the name unless given).
import { MAX_SLUG_LENGTH } from "#core/slug.ts";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/organizations";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { listOrganizations } from "#features/access/list-organizations.ts";
import { createOrganization } from "#features/access/create-organization.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { MAX_ORGANIZATION_NAME_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.organizations.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return {
    organizations: await listOrganizations(services.db),
    created: new URL(request.url).searchParams.get("created"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = { name: fields.name ?? "", slug: fields.slug ?? "", website: fields.website ?? "" };
  const result = await attempt(
    () => createOrganization(ctx.services.db, { viewer: ctx.viewer, ...values }, actorOf(ctx)),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/organizations?created=${encodeURIComponent(values.name.trim())}`);
}

export default function Organizations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState(actionData);
  return (
    <AdminPage title={t("admin.organizations.title")}>
      <p className="lede">{t("admin.organizations.lede")}</p>
      {loaderData.created && !state ? (
        <Notice>{t("admin.organizations.created", { name: loaderData.created })}</Notice>
      ) : null}
      {loaderData.organizations.length === 0 ? (
        <p className="card">{t("admin.organizations.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={loaderData.organizations}
          rowKey={(organization) => organization.id}
          columns={[
            { label: t("admin.organizations.column.name"), rowHeader: true, cell: (organization) => organization.name },
            { label: t("admin.organizations.column.slug"), cell: (organization) => <code>{organization.slug}</code> },
            {
              label: t("admin.organizations.column.website"),
              cell: (organization) =>
                organization.website ? (
                  <a href={organization.website} rel="noreferrer noopener" target="_blank">
                    {organization.website.replace(/^https?:\/\//, "")}
                  </a>
                ) : (
                  <span className="muted">—</span>
                ),
            },
            {
              label: t("admin.organizations.column.admins"),
              cell: (organization) => format.number(organization.partnerAdmins),
            },
            {
              label: t("admin.organizations.column.added"),
              cell: (organization) => format.date(organization.createdAt, { dateStyle: "medium" }),
            },
          ]}
        />
      )}
      <p className="muted">
        {t("admin.organizations.editHint")} <Link to="/partner">{t("admin.organizations.editLink")}</Link>
      </p>

      <section className="narrow" aria-labelledby="create-title">
        <h2 id="create-title">{t("admin.organizations.create.title")}</h2>
        <p>{t("admin.organizations.create.explain")}</p>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <Form method="post" className="stack" noValidate>
          <TextField
            name="name"
            label={t("admin.organizations.create.name")}
            error={errors.name}
            defaultValue={state?.values?.name ?? ""}
            autoComplete="organization"
            maxLength={MAX_ORGANIZATION_NAME_LENGTH}
            required
          />
          <TextField
            name="slug"
            label={t("admin.organizations.create.slug")}
            hint={t("admin.organizations.create.slugHint")}
            error={errors.slug}
            defaultValue={state?.values?.slug ?? ""}
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_SLUG_LENGTH}
          />
          <TextField
            name="website"
            type="url"
            label={t("admin.organizations.create.website")}
            hint={t("admin.organizations.create.websiteHint")}
            error={errors.website}
            defaultValue={state?.values?.website ?? ""}
            autoComplete="url"
            spellCheck={false}
          />
          <SubmitButton>{t("admin.organizations.create.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
