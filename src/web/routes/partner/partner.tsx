// The partner admin's page: the organizations they manage, each profile editable, and who else manages it.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/partner";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { isHubAdmin } from "#core/access.ts";
import { listManagedOrganizations } from "#features/access/list-managed-organizations.ts";
import { updateOrganization } from "#features/access/update-organization.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { PartnerNav } from "./lib/partner-nav.tsx";
import { MAX_ORGANIZATION_NAME_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "partner-admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partner.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  return {
    organizations: await listManagedOrganizations(services.db, viewer!),
    isAdmin: isHubAdmin(viewer),
    saved: new URL(request.url).searchParams.get("saved"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const organizationId = fields.organizationId ?? "";
  const values = { name: fields.name ?? "", website: fields.website ?? "", organizationId };
  // Field errors carry the organization's id, so they land beside the right form when there are several.
  const profile = { viewer: ctx.viewer, organizationId, name: values.name, website: values.website };
  const result = await attempt(
    () => updateOrganization(ctx.services.db, profile, actorOf(ctx)),
    translator(ctx.locale),
    { form: organizationId, values },
    { fieldPrefix: `${organizationId}-` },
  );
  if (!result.ok) return result.response;
  throw redirect(`/partner?saved=${encodeURIComponent(organizationId)}#org-${organizationId}`);
}

export default function Partner({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const { organizations } = loaderData;
  const strayError =
    state && !organizations.some((organization) => organization.id === state.form) ? state.formError : undefined;
  return (
    <div className="page">
      <PartnerNav />
      <h1>{t("partner.title")}</h1>
      <p className="lede">{t("partner.lede")}</p>
      {loaderData.isAdmin ? (
        <Notice standing>
          {t("partner.adminNote")} <Link to="/admin/organizations">{t("partner.adminNoteLink")}</Link>
        </Notice>
      ) : null}
      {strayError ? <ErrorSummary formError={strayError} /> : null}
      {organizations.length === 0 ? (
        <p className="card">{loaderData.isAdmin ? t("partner.emptyAdmin") : t("partner.empty")}</p>
      ) : (
        <div className="stack">
          {organizations.map((organization) => {
            const mine = state?.form === organization.id ? state : undefined;
            const errors = mine?.errors ?? {};
            const prefix = `${organization.id}-`;
            return (
              <section
                key={organization.id}
                id={`org-${organization.id}`}
                className="card org-card"
                aria-labelledby={`org-${organization.id}-title`}
              >
                <h2 id={`org-${organization.id}-title`}>{organization.name}</h2>
                {loaderData.saved === organization.id && !state ? <Notice>{t("partner.saved")}</Notice> : null}
                <div className="org-columns">
                  <div>
                    <h3>{t("partner.profile.title")}</h3>
                    <p className="muted">{t("partner.profile.explain")}</p>
                    <ErrorSummary errors={errors} formError={mine?.formError} />
                    <Form method="post" className="stack" noValidate>
                      <input type="hidden" name="organizationId" value={organization.id} />
                      <TextField
                        id={`field-${prefix}name`}
                        name="name"
                        label={t("partner.profile.name")}
                        error={errors[`${prefix}name`]}
                        defaultValue={mine?.values?.name ?? organization.name}
                        autoComplete="organization"
                        maxLength={MAX_ORGANIZATION_NAME_LENGTH}
                        required
                      />
                      <TextField
                        id={`field-${prefix}website`}
                        name="website"
                        type="url"
                        label={t("partner.profile.website")}
                        hint={t("admin.organizations.create.websiteHint")}
                        error={errors[`${prefix}website`]}
                        defaultValue={mine?.values?.website ?? organization.website ?? ""}
                        autoComplete="url"
                        spellCheck={false}
                      />
                      <SubmitButton>{t("partner.profile.save")}</SubmitButton>
                    </Form>
                  </div>
                  <div>
                    <h3>{t("partner.admins.title")}</h3>
                    {organization.partnerAdmins.length === 0 ? (
                      <p className="muted">{t("partner.admins.none")}</p>
                    ) : (
                      <ul className="people-list">
                        {organization.partnerAdmins.map((admin) => (
                          <li key={admin.id}>
                            {admin.name}
                            <span className="muted block">{admin.email}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                    <p className="muted">{t("partner.admins.how")}</p>
                  </div>
                </div>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
