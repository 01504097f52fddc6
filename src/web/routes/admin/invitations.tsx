// Invitations: open, accepted, expired and withdrawn; an open one can be withdrawn so its link stops working.
import { Link, redirect } from "react-router";
import type { Route } from "./+types/invitations";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { Role } from "#core/access.ts";
import { invitationFilters } from "#core/invitations.ts";
import { listInvitations } from "#features/access/list-invitations.ts";
import { revokeInvitation } from "#features/access/revoke-invitation.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag, oneOf } from "#web/search-params.ts";
import { ConfirmAction, ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { Pagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { RolePill } from "../../components/roles.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.invitations.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const state = oneOf(invitationFilters, url.searchParams.get("state")) ?? "pending";
  const result = await listInvitations(services.db, {
    state,
    page: Number(url.searchParams.get("page") ?? "1"),
    now: services.now(),
  });
  return { ...result, state, withdrawn: flag(url, "withdrawn") };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const withdrawal = { viewer: ctx.viewer, invitationId: fields.invitationId ?? "", now: ctx.services.now() };
  const result = await attempt(
    () => revokeInvitation(ctx.services.db, withdrawal, actorOf(ctx)),
    translator(ctx.locale),
    {},
  );
  if (!result.ok) return result.response;
  throw redirect("/admin/invitations?withdrawn=1");
}

const filterKeys = {
  pending: "admin.invitations.filter.pending",
  accepted: "admin.invitations.filter.accepted",
  expired: "admin.invitations.filter.expired",
  revoked: "admin.invitations.filter.revoked",
  all: "admin.invitations.filter.all",
} as const;

const stateKeys = {
  pending: "admin.invitations.state.pending",
  accepted: "admin.invitations.state.accepted",
  expired: "admin.invitations.state.expired",
  revoked: "admin.invitations.state.revoked",
} as const;

export default function Invitations({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state } = useFormState(actionData);
  return (
    <AdminPage
      title={t("admin.invitations.title")}
      action={
        <Link className="button" to="/admin/people#invite">
          {t("admin.people.inviteButton")}
        </Link>
      }
    >
      <p className="lede">{t("admin.invitations.lede")}</p>
      {loaderData.withdrawn && !state ? <Notice>{t("admin.invitations.withdrawn")}</Notice> : null}
      {state ? <ErrorSummary errors={state.errors} formError={state.formError} /> : null}
      <nav className="filter-tabs" aria-label={t("admin.invitations.filter.label")}>
        <ul>
          {invitationFilters.map((filter) => (
            <li key={filter}>
              <Link to={`?state=${filter}`} aria-current={filter === loaderData.state ? "page" : undefined}>
                {t(filterKeys[filter])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loaderData.invitations.length === 0 ? (
        <p className="card">{t("admin.invitations.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={loaderData.invitations}
          rowKey={(invitation) => invitation.id}
          columns={[
            {
              label: t("admin.invitations.column.person"),
              rowHeader: true,
              cell: (invitation) => (
                <>
                  {invitation.name}
                  <span className="muted block">{invitation.email}</span>
                </>
              ),
            },
            {
              label: t("admin.invitations.column.roles"),
              cell: (invitation) => (
                <span className="pill-row">
                  {invitation.roles.map((grant) => (
                    <RolePill
                      key={`${grant.role}:${grant.organizationId ?? ""}`}
                      role={grant.role as Role}
                      organizationName={grant.organizationName}
                    />
                  ))}
                </span>
              ),
            },
            {
              label: t("admin.invitations.column.sent"),
              cell: (invitation) => (
                <>
                  {format.dateTime(invitation.createdAt)}
                  {invitation.inviterName ? (
                    <span className="muted block">{t("admin.invitations.by", { name: invitation.inviterName })}</span>
                  ) : null}
                </>
              ),
            },
            {
              label: t("admin.invitations.column.state"),
              cell: (invitation) => (
                <>
                  <span className={`pill status-${invitation.state}`}>{t(stateKeys[invitation.state])}</span>
                  <span className="muted block">
                    {invitation.state === "accepted" && invitation.acceptedAt
                      ? format.dateTime(invitation.acceptedAt)
                      : invitation.state === "revoked" && invitation.revokedAt
                        ? format.dateTime(invitation.revokedAt)
                        : invitation.state === "pending"
                          ? t("admin.invitations.until", { date: format.dateTime(invitation.expiresAt) })
                          : format.dateTime(invitation.expiresAt)}
                  </span>
                </>
              ),
            },
            {
              label: t("admin.invitations.column.actions"),
              actions: true,
              cell: (invitation) =>
                invitation.state === "pending" ? (
                  <ConfirmAction
                    label={t("admin.invitations.withdraw.open")}
                    context={invitation.email}
                    explanation={t("admin.invitations.withdraw.explain", { email: invitation.email })}
                    confirmLabel={t("admin.invitations.withdraw.confirm")}
                    fields={{ invitationId: invitation.id }}
                  />
                ) : null,
            },
          ]}
        />
      )}
      <Pagination
        page={loaderData.page}
        pageCount={loaderData.pageCount}
        query={{ state: loaderData.state }}
        label={t("admin.invitations.pages")}
      />
    </AdminPage>
  );
}
