// "Delete my account": what is deleted, what is kept and why, said before anything happens; the person chooses what
// becomes of their credentials and confirms with their password. Then they are signed out and the job does the rest.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/privacy-delete";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { credentialChoices } from "#core/account-deletion.ts";
import { signOut } from "#features/accounts/sign-out.ts";
import { listMyCredentials } from "#features/credentials/list-my-credentials.ts";
import { requestAccountDeletion } from "#features/privacy/request-account-deletion.ts";
import { ErrorSummary, SubmitButton, TextField, useFormState, type FormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountFormPage } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "deletion.title");

const deletedKeys: readonly MessageKey[] = [
  "deletion.deleted.profile",
  "deletion.deleted.answers",
  "deletion.deleted.places",
  "deletion.deleted.journal",
  "deletion.deleted.circles",
  "deletion.deleted.ce",
  "deletion.deleted.trainer",
  "deletion.deleted.signIn",
  "deletion.deleted.consents",
];

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const credentials = await listMyCredentials(services.db, {
    userId: viewer!.userId,
    publicUrl: services.config.publicUrl,
    now: services.now(),
  });
  return { credentials: credentials.filter((credential) => credential.status === "active").length };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const asked = {
    viewer: ctx.viewer,
    password: fields.password ?? "",
    credentials: fields.credentials ?? "",
    ip: ctx.clientIp,
  };
  const result = await attempt<unknown, FormState>(
    () => requestAccountDeletion(ctx.services, asked, actorOf(ctx)),
    translator(ctx.locale),
    { values: { credentials: asked.credentials } },
  );
  if (!result.ok) return result.response;
  // The request already ended every session; this clears the browser's cookie too.
  const headers = await signOut(ctx.services, { headers: request.headers }).catch(() => undefined);
  throw redirect("/sign-in?notice=account-deleted", headers ? { headers } : undefined);
}

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const chosen = state?.values?.credentials;
  const choiceError = errors.credentials;
  return (
    <AccountFormPage title={t("deletion.title")}>
      <p className="lede">{t("deletion.lede")}</p>
      <p>
        <Link to="/account/privacy">{t("deletion.exportFirst")}</Link>
      </p>
      <section aria-labelledby="deleted-title" className="stack">
        <h2 id="deleted-title">{t("deletion.deleted.title")}</h2>
        <ul>
          {deletedKeys.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="kept-title" className="stack">
        <h2 id="kept-title">{t("deletion.kept.title")}</h2>
        <ul>
          <li>{t("deletion.kept.completion")}</li>
          <li>{t("deletion.kept.audit")}</li>
        </ul>
        <p>{t("deletion.kept.noContact")}</p>
      </section>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <fieldset
          id="field-credentials"
          className={choiceError ? "field field-invalid" : "field"}
          tabIndex={-1}
          aria-describedby={choiceError ? "field-credentials-error" : "field-credentials-hint"}
        >
          <legend>{t("deletion.credentials.legend")}</legend>
          <p className="field-hint" id="field-credentials-hint">
            {t("deletion.credentials.count", { count: loaderData.credentials })}
          </p>
          {choiceError ? (
            <p className="field-error" id="field-credentials-error">
              {choiceError}
            </p>
          ) : null}
          {credentialChoices.map((choice) => (
            <div className="checkbox" key={choice}>
              <input
                type="radio"
                id={`field-credentials-${choice}`}
                name="credentials"
                value={choice}
                defaultChecked={chosen === choice}
                required
              />
              <label htmlFor={`field-credentials-${choice}`}>{t(`deletion.credentials.${choice}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField
          name="password"
          type="password"
          label={t("deletion.password.label")}
          hint={t("deletion.password.hint")}
          error={errors.password}
          autoComplete="current-password"
          required
        />
        <p>{t("deletion.whatHappens")}</p>
        <SubmitButton>{t("deletion.submit")}</SubmitButton>
      </Form>
    </AccountFormPage>
  );
}
