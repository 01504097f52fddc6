// Accepting an invitation: who invited you and to what; choose a name and password, and you're in.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/invitation";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { findInvitation } from "#features/access/find-invitation.ts";
import { acceptInvitation } from "#features/access/accept-invitation.ts";
import { attempt, formFields, readForm } from "#web/form-state.server.ts";
import { NewPasswordField } from "../../components/credential-fields.tsx";
import { ErrorSummary, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { RolePill } from "../../components/roles.tsx";
import { useHubName } from "../../root.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "public" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "invitation.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  if (url.searchParams.get("done") === "roles-added") return { done: true as const, invitation: null, token: "" };
  const token = url.searchParams.get("token") ?? "";
  const invitation = await findInvitation(services.db, token, services.now());
  return { done: false as const, invitation, token };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = { name: fields.name ?? "" };
  const acceptance = {
    token: fields.token ?? "",
    name: fields.name,
    password: fields.password,
    locale: ctx.locale,
    headers: request.headers,
  };
  const result = await attempt(
    () => acceptInvitation(ctx.services, acceptance, { ip: ctx.clientIp, requestId: ctx.requestId }),
    translator(ctx.locale),
    {
      values,
    },
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
  const hub = useHubName();
  const { state, errors } = useFormState(actionData);
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
        <p className="lede">
          {invitation?.state === "accepted" ? t("invitation.unusable.accepted") : t("invitation.unusable.body")}
        </p>
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
      <p className="lede">
        {invitation.inviterName
          ? t("invitation.invitedBy", { inviter: invitation.inviterName, hub })
          : t("invitation.invited", { hub })}
      </p>
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
          <SubmitButton>{t("invitation.existing.submit")}</SubmitButton>
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
            maxLength={MAX_CHOSEN_NAME_LENGTH}
            required
          />
          <NewPasswordField
            label={t("invitation.setup.password.label")}
            hint="invitation.setup.password.hint"
            error={errors.password}
          />
          <p className="muted">{t("invitation.setup.whatHappens")}</p>
          <SubmitButton>{t("invitation.setup.submit")}</SubmitButton>
        </Form>
      )}
    </div>
  );
}
