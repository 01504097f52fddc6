// One person for admins: their details and roles; give a role or remove one (the last admin role stays).
import { Form, redirect } from "react-router";
import type { Route } from "./+types/person";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { isOrganizationRole } from "#core/access.ts";
import { languageName } from "#core/locale.ts";
import { findPerson } from "#features/access/find-person.ts";
import { listOrganizations } from "#features/access/list-organizations.ts";
import { grantRole } from "#features/access/grant-role.ts";
import { revokeRole } from "#features/access/revoke-role.ts";
import { actorOf, attempt, formFields, orNotFound, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  useFormState,
} from "../../components/forms.tsx";
import { Detail } from "../../components/detail.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { OrganizationField, RolePill, roleKeys, roleName, roleOrder } from "../../components/roles.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.person.title");

const notices = ["granted", "revoked"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const [person, organizations] = await Promise.all([
    orNotFound(findPerson(services.db, params.id)),
    listOrganizations(services.db),
  ]);
  const url = new URL(request.url);
  const fromInvite = url.searchParams.get("fromInvite");
  return {
    person,
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    done: oneOf(notices, url.searchParams.get("done")),
    fromInvite: fromInvite === null ? null : Number(fromInvite) || 0,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const grant = {
    viewer: ctx.viewer,
    userId: params.id,
    role: fields.role ?? "",
    organizationId: fields.organizationId || null,
  };
  if (fields.intent === "revoke") {
    const result = await attempt(() => revokeRole(ctx.services.db, grant, actorOf(ctx)), t, { form: "revoke" });
    if (!result.ok) return result.response;
    throw redirect(`/admin/people/${params.id}?done=revoked`);
  }
  const values = { role: fields.role ?? "", organizationId: fields.organizationId ?? "" };
  const result = await attempt(
    () =>
      grantRole(
        ctx.services.db,
        { ...grant, organizationId: isOrganizationRole(grant.role) ? grant.organizationId : null },
        actorOf(ctx),
      ),
    t,
    { form: "grant", values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/people/${params.id}?done=granted`);
}

export default function Person({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState(actionData);
  const { person } = loaderData;
  const grantErrors = state?.form === "grant" ? (state.errors ?? {}) : {};
  const revokeErrors = state?.form === "revoke" ? state : undefined;
  return (
    <AdminPage title={person.name} back={{ to: "/admin/people", label: t("admin.person.back") }}>
      {loaderData.fromInvite !== null && !state ? (
        <Notice>
          {loaderData.fromInvite > 0
            ? t("admin.person.fromInvite.added", { count: loaderData.fromInvite })
            : t("admin.person.fromInvite.nothing")}
        </Notice>
      ) : null}
      {loaderData.done && !state ? (
        <Notice>{t(loaderData.done === "granted" ? "admin.person.granted" : "admin.person.revoked")}</Notice>
      ) : null}

      <dl className="details card">
        <Detail term={t("admin.person.name")}>
          {person.name}
          {person.pronouns ? <span className="muted"> ({person.pronouns})</span> : null}
        </Detail>
        <Detail term={t("admin.person.email")}>
          {person.email}{" "}
          <span className={person.emailVerified ? "pill status-active" : "pill status-waiting"}>
            {person.emailVerified ? t("admin.person.verified") : t("admin.person.unverified")}
          </span>
        </Detail>
        <Detail term={t("admin.person.language")}>{languageName(person.locale)}</Detail>
        <Detail term={t("admin.person.timeZone")}>{person.timeZone.replaceAll("_", " ")}</Detail>
        <Detail term={t("admin.person.joined")}>{format.date(person.createdAt)}</Detail>
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
                  context={
                    grant.organizationName
                      ? `${t(roleKeys[grant.role])} · ${grant.organizationName}`
                      : t(roleKeys[grant.role])
                  }
                  explanation={t("admin.person.roles.removeExplain", {
                    role: roleName(t, grant.role, grant.organizationName),
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
          <SelectField
            name="role"
            label={t("admin.person.grant.role")}
            error={grantErrors.role}
            defaultValue={state?.values?.role ?? "trainer"}
          >
            {roleOrder.map((role) => (
              <option key={role} value={role}>
                {t(roleKeys[role])}
              </option>
            ))}
          </SelectField>
          <OrganizationField
            organizations={loaderData.organizations}
            error={grantErrors.organizationId}
            defaultValue={state?.values?.organizationId ?? ""}
          />
          <SubmitButton>{t("admin.person.grant.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
