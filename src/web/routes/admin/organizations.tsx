// Partner organizations: the list, and a form to add one (its web address is made from the name unless given).
import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/organizations";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { listOrganizations } from "#features/access/list-organizations.ts";
import { createOrganization } from "#features/access/create-organization.ts";
import { ErrorSummary, Notice, TextField } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { AdminNav } from "./admin-nav.tsx";
import { actorOf, attempt, formFields, type FormState } from "./form-state.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.organizations.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  return { organizations: await listOrganizations(services.db), created: new URL(request.url).searchParams.get("created") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const values = { name: fields.name ?? "", slug: fields.slug ?? "", website: fields.website ?? "" };
  const result = await attempt(() => createOrganization(ctx.services.db, { viewer: ctx.viewer, ...values }, actorOf(ctx)), t, { values });
  if (!result.ok) return result.response;
  throw redirect(`/admin/organizations?created=${encodeURIComponent(values.name.trim())}`);
}

export default function Organizations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const busy = useNavigation().state === "submitting";
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  return (
    <div className="page">
      <AdminNav />
      <h1>{t("admin.organizations.title")}</h1>
      <p className="lede">{t("admin.organizations.lede")}</p>
      {loaderData.created && !state ? <Notice>{t("admin.organizations.created", { name: loaderData.created })}</Notice> : null}
      {loaderData.organizations.length === 0 ? (
        <p className="card">{t("admin.organizations.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.organizations.column.name")}</th>
                <th scope="col">{t("admin.organizations.column.slug")}</th>
                <th scope="col">{t("admin.organizations.column.website")}</th>
                <th scope="col">{t("admin.organizations.column.admins")}</th>
                <th scope="col">{t("admin.organizations.column.added")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.organizations.map((organization) => (
                <tr key={organization.id}>
                  <th scope="row" data-label={t("admin.organizations.column.name")}>
                    {organization.name}
                  </th>
                  <td data-label={t("admin.organizations.column.slug")}>
                    <code>{organization.slug}</code>
                  </td>
                  <td data-label={t("admin.organizations.column.website")}>
                    {organization.website ? (
                      <a href={organization.website} rel="noreferrer noopener" target="_blank">
                        {organization.website.replace(/^https?:\/\//, "")}
                      </a>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                  <td data-label={t("admin.organizations.column.admins")}>{format.number(organization.partnerAdmins)}</td>
                  <td data-label={t("admin.organizations.column.added")}>{format.date(organization.createdAt, { dateStyle: "medium" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
            maxLength={120}
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
            maxLength={60}
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
          <button type="submit" className="primary" disabled={busy}>
            {t("admin.organizations.create.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
