// Everyone with an account: search by name or email, 50 to a page, roles at a glance; and the invitation form.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/people";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { isOrganizationRole } from "#core/access.ts";
import { listPeople } from "#features/access/list-people.ts";
import { listOrganizations } from "#features/access/list-organizations.ts";
import { invitePerson } from "#features/access/invite-person.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { LanguageOptions, useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { OrganizationField, RolePill, roleKeys, roleOrder } from "../../components/roles.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.people.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const [people, organizations] = await Promise.all([
    listPeople(services.db, {
      search: url.searchParams.get("q") ?? "",
      page: Number(url.searchParams.get("page") ?? "1"),
    }),
    listOrganizations(services.db),
  ]);
  return {
    ...people,
    organizations: organizations.map(({ id, name }) => ({ id, name })),
    invited: url.searchParams.get("invited"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const fields = formFields(form);
  const chosen = form.getAll("roles").filter((value): value is string => typeof value === "string");
  const organizationId = fields.organizationId ?? "";
  const values = {
    email: fields.email ?? "",
    name: fields.name ?? "",
    roles: chosen.join(","),
    organizationId,
    locale: fields.locale ?? ctx.locale,
  };
  const invitation = {
    viewer: ctx.viewer,
    email: values.email,
    name: values.name,
    locale: values.locale,
    roles: chosen.map((role) => ({ role, organizationId: isOrganizationRole(role) ? organizationId : null })),
  };
  const result = await attempt(() => invitePerson(ctx.services, invitation, actorOf(ctx)), translator(ctx.locale), {
    values,
  });
  if (!result.ok) return result.response;
  const outcome = result.value;
  if (outcome.kind === "granted") throw redirect(`/admin/people/${outcome.userId}?fromInvite=${outcome.added.length}`);
  throw redirect(`/admin/people?invited=${encodeURIComponent(outcome.email)}#invite`);
}

export default function People({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state, errors } = useFormState(actionData);
  const values = state?.values;
  const checked = new Set(values ? (values.roles ?? "").split(",").filter(Boolean) : ["participant"]);
  const { people, search } = loaderData;
  return (
    <AdminPage
      title={t("admin.people.title")}
      action={
        <a className="button" href="#invite">
          {t("admin.people.inviteButton")}
        </a>
      }
    >
      <Form method="get" className="search-form" role="search">
        <div className="field">
          <label htmlFor="field-q">{t("admin.people.search.label")}</label>
          <div className="inline-fields">
            <input id="field-q" name="q" type="search" defaultValue={search} autoComplete="off" />
            <button type="submit" className="secondary">
              {t("admin.people.search.submit")}
            </button>
          </div>
        </div>
      </Form>
      <p className="muted" aria-live="polite">
        {search
          ? t("admin.people.countMatching", { count: loaderData.total, search })
          : t("admin.people.count", { count: loaderData.total })}
        {search ? (
          <>
            {" "}
            <Link to="/admin/people">{t("admin.people.search.clear")}</Link>
          </>
        ) : null}
      </p>

      {people.length === 0 ? (
        <p className="card">{search ? t("admin.people.emptySearch", { search }) : t("admin.people.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={people}
          rowKey={(person) => person.id}
          columns={[
            {
              label: t("admin.people.column.name"),
              rowHeader: true,
              cell: (person) => <Link to={`/admin/people/${person.id}`}>{person.name}</Link>,
            },
            {
              label: t("admin.people.column.email"),
              cell: (person) => (
                <>
                  {person.email}
                  {person.emailVerified ? null : (
                    <span className="pill status-waiting">{t("admin.people.unconfirmed")}</span>
                  )}
                </>
              ),
            },
            {
              label: t("admin.people.column.roles"),
              cell: (person) => (
                <span className="pill-row">
                  {person.roles.length === 0 ? <span className="muted">{t("admin.people.noRoles")}</span> : null}
                  {person.roles.map((grant) => (
                    <RolePill
                      key={`${grant.role}:${grant.organizationId ?? ""}`}
                      role={grant.role}
                      organizationName={grant.organizationName}
                    />
                  ))}
                </span>
              ),
            },
            {
              label: t("admin.people.column.joined"),
              cell: (person) => format.date(person.createdAt, { dateStyle: "medium" }),
            },
          ]}
        />
      )}
      <Pagination
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        query={search ? { q: search } : {}}
        label={t("admin.people.pages")}
      />

      <section id="invite" className="card invite-card" aria-labelledby="invite-title" tabIndex={-1}>
        <h2 id="invite-title">{t("admin.invite.title")}</h2>
        {loaderData.invited && !state ? <Notice>{t("admin.invite.sent", { email: loaderData.invited })}</Notice> : null}
        <p>{t("admin.invite.explain")}</p>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <Form method="post" className="stack" noValidate>
          <TextField
            name="email"
            type="email"
            label={t("admin.invite.email")}
            error={errors.email}
            defaultValue={values?.email ?? ""}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <TextField
            name="name"
            label={t("admin.invite.name")}
            hint={t("admin.invite.nameHint")}
            error={errors.name}
            defaultValue={values?.name ?? ""}
            autoComplete="off"
            maxLength={MAX_CHOSEN_NAME_LENGTH}
            required
          />
          <fieldset
            className={errors.roles ? "field field-invalid" : "field"}
            aria-describedby={errors.roles ? "field-roles-error" : undefined}
          >
            <legend>{t("admin.invite.roles")}</legend>
            {errors.roles ? (
              <p className="field-error" id="field-roles-error">
                {errors.roles}
              </p>
            ) : null}
            {roleOrder.map((role, index) => (
              <CheckboxField
                key={role}
                id={index === 0 ? "field-roles" : `field-roles-${role}`}
                name="roles"
                value={role}
                label={t(roleKeys[role])}
                hint={t(`admin.roles.describe.${role}` as const)}
                defaultChecked={checked.has(role)}
              />
            ))}
          </fieldset>
          <OrganizationField
            organizations={loaderData.organizations}
            error={errors.organizationId}
            defaultValue={values?.organizationId ?? ""}
          />
          <SelectField
            name="locale"
            label={t("admin.invite.locale")}
            hint={t("admin.invite.localeHint")}
            error={errors.locale}
            defaultValue={values?.locale ?? locale}
          >
            <LanguageOptions />
          </SelectField>
          <SubmitButton>{t("admin.invite.submit")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
