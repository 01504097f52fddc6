// Invitations: open, accepted, expired and withdrawn; an open one can be withdrawn so its link stops working.
import { Link, redirect } from "react-router";
import type { Route } from "./+types/invitations";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import type { Role } from "#core/access.ts";
import { invitationFilters, type InvitationFilter } from "#core/invitations.ts";
import { listInvitations } from "#features/access/list-invitations.ts";
import { revokeInvitation } from "#features/access/revoke-invitation.ts";
import { ErrorSummary, Notice } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { AdminNav } from "./admin-nav.tsx";
import { ConfirmAction, Pagination, RolePill } from "./fields.tsx";
import { actorOf, attempt, formFields, type FormState } from "./form-state.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.invitations.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  const asked = url.searchParams.get("state") ?? "pending";
  const state: InvitationFilter = (invitationFilters as readonly string[]).includes(asked) ? (asked as InvitationFilter) : "pending";
  const result = await listInvitations(services.db, { state, page: Number(url.searchParams.get("page") ?? "1"), now: services.now() });
  return { ...result, state, withdrawn: url.searchParams.get("withdrawn") === "1" };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const result = await attempt(
    () => revokeInvitation(ctx.services.db, { viewer: ctx.viewer, invitationId: fields.invitationId ?? "", now: ctx.services.now() }, actorOf(ctx)),
    t,
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
  const state = actionData as FormState | undefined;
  return (
    <div className="page">
      <AdminNav />
      <div className="page-heading">
        <h1>{t("admin.invitations.title")}</h1>
        <Link className="button" to="/admin/people#invite">
          {t("admin.people.inviteButton")}
        </Link>
      </div>
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
        <div className="table-wrap">
          <table className="responsive-table">
            <thead>
              <tr>
                <th scope="col">{t("admin.invitations.column.person")}</th>
                <th scope="col">{t("admin.invitations.column.roles")}</th>
                <th scope="col">{t("admin.invitations.column.sent")}</th>
                <th scope="col">{t("admin.invitations.column.state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("admin.invitations.column.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {loaderData.invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" data-label={t("admin.invitations.column.person")}>
                    {invitation.name}
                    <span className="muted block">{invitation.email}</span>
                  </th>
                  <td data-label={t("admin.invitations.column.roles")}>
                    <span className="pill-row">
                      {invitation.roles.map((grant) => (
                        <RolePill key={`${grant.role}:${grant.organizationId ?? ""}`} role={grant.role as Role} organizationName={grant.organizationName} />
                      ))}
                    </span>
                  </td>
                  <td data-label={t("admin.invitations.column.sent")}>
                    {format.dateTime(invitation.createdAt)}
                    {invitation.inviterName ? <span className="muted block">{t("admin.invitations.by", { name: invitation.inviterName })}</span> : null}
                  </td>
                  <td data-label={t("admin.invitations.column.state")}>
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
                  </td>
                  <td>
                    {invitation.state === "pending" ? (
                      <ConfirmAction
                        label={t("admin.invitations.withdraw.open")}
                        context={invitation.email}
                        explanation={t("admin.invitations.withdraw.explain", { email: invitation.email })}
                        confirmLabel={t("admin.invitations.withdraw.confirm")}
                        fields={{ invitationId: invitation.id }}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={loaderData.page} pageCount={loaderData.pageCount} query={{ state: loaderData.state }} label={t("admin.invitations.pages")} />
    </div>
  );
}
