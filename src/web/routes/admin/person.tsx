// One person for admins: their details and roles; give a role or remove one (the last admin role stays).
import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/person";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { Role } from "#core/access.ts";
import { findPerson } from "#features/access/find-person.ts";
import { listOrganizations } from "#features/access/list-organizations.ts";
import { grantRole } from "#features/access/grant-role.ts";
import { revokeRole } from "#features/access/revoke-role.ts";
import { ErrorSummary, Notice } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { AdminNav } from "./admin-nav.tsx";
import { ConfirmAction, RolePill, SelectField, roleKeys } from "./fields.tsx";
import { actorOf, attempt, formFields, orNotFound, type FormState } from "./form-state.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.person.title");

const notices = ["granted", "revoked"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const [person, organizations] = await Promise.all([orNotFound(findPerson(services.db, params.id)), listOrganizations(services.db)]);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const fromInvite = url.searchParams.get("fromInvite");
  return {
    person,
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    done: (notices as readonly string[]).includes(done ?? "") ? (done as (typeof notices)[number]) : null,
    fromInvite: fromInvite === null ? null : Number(fromInvite) || 0,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const grant = { viewer: ctx.viewer, userId: params.id, role: fields.role ?? "", organizationId: fields.organizationId || null };
  if (fields.intent === "revoke") {
    const result = await attempt(() => revokeRole(ctx.services.db, grant, actorOf(ctx)), t, { form: "revoke" });
    if (!result.ok) return result.response;
    throw redirect(`/admin/people/${params.id}?done=revoked`);
  }
  const values = { role: fields.role ?? "", organizationId: fields.organizationId ?? "" };
  const result = await attempt(
    () => grantRole(ctx.services.db, { ...grant, organizationId: grant.role === "partner_admin" ? grant.organizationId : null }, actorOf(ctx)),
    t,
    { form: "grant", values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/people/${params.id}?done=granted`);
}

const grantable: Role[] = ["participant", "trainer", "partner_admin", "admin"];

export default function Person({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const busy = useNavigation().state === "submitting";
  const state = actionData as FormState | undefined;
  const { person } = loaderData;
  const grantErrors = state?.form === "grant" ? (state.errors ?? {}) : {};
  const revokeErrors = state?.form === "revoke" ? state : undefined;
  return (
    <div className="page">
      <AdminNav />
      <p className="breadcrumb">
        <Link to="/admin/people">{t("admin.person.back")}</Link>
      </p>
      <h1>{person.name}</h1>
      {loaderData.fromInvite !== null && !state ? (
        <Notice>
          {loaderData.fromInvite > 0 ? t("admin.person.fromInvite.added", { count: loaderData.fromInvite }) : t("admin.person.fromInvite.nothing")}
        </Notice>
      ) : null}
      {loaderData.done && !state ? <Notice>{t(loaderData.done === "granted" ? "admin.person.granted" : "admin.person.revoked")}</Notice> : null}

      <dl className="details card">
        <div>
          <dt>{t("admin.person.name")}</dt>
          <dd>
            {person.name}
            {person.pronouns ? <span className="muted"> ({person.pronouns})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t("admin.person.email")}</dt>
          <dd>
            {person.email}{" "}
            <span className={person.emailVerified ? "pill status-active" : "pill status-waiting"}>
              {person.emailVerified ? t("admin.person.verified") : t("admin.person.unverified")}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("admin.person.language")}</dt>
          <dd>{person.locale === "es" ? "Español" : "English"}</dd>
        </div>
        <div>
          <dt>{t("admin.person.timeZone")}</dt>
          <dd>{person.timeZone.replaceAll("_", " ")}</dd>
        </div>
        <div>
          <dt>{t("admin.person.joined")}</dt>
          <dd>{format.date(person.createdAt)}</dd>
        </div>
      </dl>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title">{t("admin.person.roles.title")}</h2>
        {revokeErrors ? <ErrorSummary errors={revokeErrors.errors} formError={revokeErrors.formError} /> : null}
        {person.roles.length === 0 ? (
          <p className="muted">{t("admin.person.roles.none")}</p>
        ) : (
          <ul className="role-list">
            {person.roles.map((grant) => (
              <li key={`${grant.role}:${grant.organizationId ?? ""}`} className="card">
                <div>
                  <RolePill role={grant.role} organizationName={grant.organizationName} />
                  <p className="field-hint">{t(`admin.roles.describe.${grant.role}` as const)}</p>
                </div>
                <ConfirmAction
                  label={t("admin.person.roles.remove")}
                  context={grant.organizationName ? `${t(roleKeys[grant.role])} · ${grant.organizationName}` : t(roleKeys[grant.role])}
                  explanation={t("admin.person.roles.removeExplain", {
                    role: grant.organizationName
                      ? t("admin.roles.withOrganization", { role: t(roleKeys[grant.role]), organization: grant.organizationName })
                      : t(roleKeys[grant.role]),
                    name: person.name,
                  })}
                  confirmLabel={t("admin.person.roles.removeConfirm")}
                  fields={{ intent: "revoke", role: grant.role, organizationId: grant.organizationId ?? "" }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="narrow" aria-labelledby="grant-title">
        <h2 id="grant-title">{t("admin.person.grant.title")}</h2>
        <p>{t("admin.person.grant.explain")}</p>
        <ErrorSummary errors={grantErrors} formError={state?.form === "grant" ? state.formError : undefined} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="grant" />
          <SelectField name="role" label={t("admin.person.grant.role")} error={grantErrors.role} defaultValue={state?.values?.role ?? "trainer"}>
            {grantable.map((role) => (
              <option key={role} value={role}>
                {t(roleKeys[role])}
              </option>
            ))}
          </SelectField>
          <SelectField
            name="organizationId"
            label={t("admin.invite.organization")}
            hint={loaderData.organizations.length ? t("admin.invite.organizationHint") : t("admin.invite.noOrganizations")}
            error={grantErrors.organizationId}
            defaultValue={state?.values?.organizationId ?? ""}
          >
            <option value="">{t("admin.invite.organizationNone")}</option>
            {loaderData.organizations.map((organization) => (
              <option key={organization.id} value={organization.id}>
                {organization.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="primary" disabled={busy}>
            {t("admin.person.grant.submit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
