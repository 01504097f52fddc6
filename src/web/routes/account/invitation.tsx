// Accepting an invitation: who invited you and to what; choose a name and password, and you're in.
import { Form, Link, redirect, useNavigation } from "react-router";
import type { Route } from "./+types/invitation";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { findInvitation } from "#features/access/find-invitation.ts";
import { acceptInvitation } from "#features/access/accept-invitation.ts";
import { MIN_PASSWORD_LENGTH } from "#features/accounts/create-account.ts";
import { ErrorSummary, TextField } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { useRootData } from "../../root.tsx";
import { pageTitle } from "../public/page-meta.ts";
import { RolePill } from "../admin/fields.tsx";
import { attempt, formFields, type FormState } from "../admin/form-state.server.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "invitation.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  if (url.searchParams.get("done") === "roles-added") return { done: true as const, invitation: null, token: "", minLength: MIN_PASSWORD_LENGTH };
  const token = url.searchParams.get("token") ?? "";
  const invitation = await findInvitation(services.db, token, services.now());
  return { done: false as const, invitation, token, minLength: MIN_PASSWORD_LENGTH };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await request.formData());
  const values = { name: fields.name ?? "" };
  const result = await attempt(
    () =>
      acceptInvitation(
        ctx.services,
        { token: fields.token ?? "", name: fields.name, password: fields.password, locale: ctx.locale, headers: request.headers },
        { ip: ctx.clientIp, requestId: ctx.requestId },
      ),
    t,
    { values },
  );
  if (!result.ok) return result.response;
  const outcome = result.value;
  if (outcome.kind === "signed-in") throw redirect("/account?welcome=1", { headers: outcome.cookies });
  // Their own account gained the roles; if they are signed in as that person already, they go straight on.
  if (ctx.viewer?.userId === outcome.userId) throw redirect("/account");
  throw redirect("/invitation?done=roles-added");
}

export default function AcceptInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const root = useRootData();
  const hub = root?.hub.name ?? "IPS Hub";
  const busy = useNavigation().state === "submitting";
  const state = actionData as FormState | undefined;
  const errors = state?.errors ?? {};
  const { invitation } = loaderData;

  if (loaderData.done) {
    return (
      <div className="page narrow">
        <h1>{t("invitation.rolesAdded.title")}</h1>
        <p className="lede">{t("invitation.rolesAdded.body")}</p>
        <p>
          <Link className="button" to="/sign-in?next=%2Faccount">
            {t("invitation.rolesAdded.signIn")}
          </Link>
        </p>
      </div>
    );
  }

  if (!invitation || invitation.state !== "pending" || errors.token) {
    return (
      <div className="page narrow">
        <h1>{t("invitation.unusable.title")}</h1>
        <p className="lede">{invitation?.state === "accepted" ? t("invitation.unusable.accepted") : t("invitation.unusable.body")}</p>
        <p>{t("invitation.unusable.next")}</p>
        <p>
          <Link to="/sign-in">{t("invitation.unusable.signIn")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page narrow">
      <h1>{t("invitation.title")}</h1>
      <p className="lede">{invitation.inviterName ? t("invitation.invitedBy", { inviter: invitation.inviterName, hub }) : t("invitation.invited", { hub })}</p>
      <section className="card stack" aria-labelledby="invitation-roles-title">
        <h2 id="invitation-roles-title">{t("invitation.roles.title")}</h2>
        <ul className="role-summary">
          {invitation.roles.map((grant) => (
            <li key={`${grant.role}:${grant.organizationName ?? ""}`}>
              <RolePill role={grant.role} organizationName={grant.organizationName} />
              <span className="field-hint"> {t(`admin.roles.describe.${grant.role}` as const)}</span>
            </li>
          ))}
        </ul>
        <p className="muted">{t("invitation.expires", { date: format.dateTime(invitation.expiresAt) })}</p>
      </section>

      <ErrorSummary errors={errors} formError={state?.formError} />
      {invitation.hasAccount ? (
        <Form method="post" className="stack">
          <input type="hidden" name="token" value={loaderData.token} />
          <p>{t("invitation.existing.body", { email: invitation.email })}</p>
          <button type="submit" className="primary" disabled={busy}>
            {t("invitation.existing.submit")}
          </button>
        </Form>
      ) : (
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="token" value={loaderData.token} />
          <h2>{t("invitation.setup.title")}</h2>
          <p>{t("invitation.setup.explain", { email: invitation.email })}</p>
          <input type="email" name="email" value={invitation.email} autoComplete="username" readOnly hidden />
          <TextField
            name="name"
            label={t("invitation.setup.name.label")}
            hint={t("invitation.setup.name.hint")}
            error={errors.name}
            defaultValue={state?.values?.name ?? invitation.name}
            autoComplete="nickname"
            maxLength={80}
            required
          />
          <TextField
            name="password"
            type="password"
            label={t("invitation.setup.password.label")}
            hint={t("invitation.setup.password.hint", { min: loaderData.minLength })}
            error={errors.password}
            autoComplete="new-password"
            minLength={loaderData.minLength}
            required
          />
          <p className="muted">{t("invitation.setup.whatHappens")}</p>
          <button type="submit" className="primary" disabled={busy}>
            {t("invitation.setup.submit")}
          </button>
        </Form>
      )}
    </div>
  );
}
