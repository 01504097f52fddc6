// The account page: chosen name, legal name (certificates only), pronouns, language and time zone.
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/profile";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { timeZoneChoices, type CommonTimeZone } from "#core/time-zones.ts";
import { isLocale } from "#core/locale.ts";
import { languageCookie } from "#web/language-cookie.server.ts";
import { readProfile } from "#features/accounts/read-profile.ts";
import { updateProfile } from "#features/accounts/update-profile.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { ErrorSummary, Notice, SelectField, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { LanguageOptions, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountFormPage } from "./lib/account-nav.tsx";
import { MAX_LEGAL_NAME_LENGTH, MAX_PROFILE_PRONOUNS_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.profile.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const profile = await readProfile(services.db, viewer!.userId);
  const url = new URL(request.url);
  const zones = timeZoneChoices(undefined, profile.timeZone);
  return {
    profile: {
      name: profile.name,
      email: profile.email,
      legalName: profile.legalName ?? "",
      pronouns: profile.pronouns ?? "",
      locale: profile.locale,
      timeZone: profile.timeZone,
    },
    zones,
    welcome: flag(url, "welcome"),
    saved: flag(url, "saved"),
    emailChanged: flag(url, "emailChanged"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = {
    name: fields.name ?? "",
    legalName: fields.legalName ?? "",
    pronouns: fields.pronouns ?? "",
    locale: fields.locale ?? "",
    timeZone: fields.timeZone ?? "",
  };
  const result = await attempt(
    () => updateProfile(ctx.services.db, { userId: ctx.viewer!.userId, ...values }, actorOf(ctx)),
    translator(ctx.locale),
    {
      values,
    },
  );
  if (!result.ok) return result.response;
  // The page after the redirect is already in the new language; the cookie keeps it after signing out too.
  const cookie = languageCookie(
    isLocale(values.locale) ? values.locale : ctx.locale,
    ctx.services.config.env === "production",
  );
  throw redirect("/account?saved=1", { headers: { "Set-Cookie": cookie } });
}

const commonZoneKeys = {
  "America/Los_Angeles": "account.profile.zone.pacific",
  "America/Denver": "account.profile.zone.mountain",
  "America/Chicago": "account.profile.zone.central",
  "America/New_York": "account.profile.zone.eastern",
  "America/Anchorage": "account.profile.zone.alaska",
  "Pacific/Honolulu": "account.profile.zone.hawaii",
} as const satisfies Record<CommonTimeZone, string>;

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const values = { ...loaderData.profile, ...state?.values };
  const { zones } = loaderData;
  return (
    <AccountFormPage title={t("account.profile.title")}>
      {loaderData.welcome ? (
        <div className="notice welcome" role="status">
          <h2>{t("account.profile.welcome.title", { name: loaderData.profile.name })}</h2>
          <p>{t("account.profile.welcome.body")}</p>
        </div>
      ) : null}
      {loaderData.saved && !state ? <Notice>{t("account.profile.saved")}</Notice> : null}
      {loaderData.emailChanged && !state ? (
        <Notice>{t("account.profile.emailChanged", { email: loaderData.profile.email })}</Notice>
      ) : null}
      <p className="lede">{t("account.profile.lede")}</p>
      <p>
        {t("account.profile.signedInAs", { email: loaderData.profile.email })}{" "}
        <Link to="/account/email">{t("account.profile.changeEmail")}</Link>
      </p>

      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <TextField
          name="name"
          label={t("account.profile.name.label")}
          hint={t("account.profile.name.hint")}
          error={errors.name}
          defaultValue={values.name}
          autoComplete="nickname"
          required
          maxLength={MAX_CHOSEN_NAME_LENGTH}
        />
        <TextField
          name="pronouns"
          label={t("account.profile.pronouns.label")}
          hint={t("account.profile.pronouns.hint")}
          error={errors.pronouns}
          defaultValue={values.pronouns}
          autoComplete="off"
          maxLength={MAX_PROFILE_PRONOUNS_LENGTH}
        />
        <TextField
          name="legalName"
          label={t("account.profile.legalName.label")}
          hint={t("account.profile.legalName.hint")}
          error={errors.legalName}
          defaultValue={values.legalName}
          autoComplete="name"
          maxLength={MAX_LEGAL_NAME_LENGTH}
        />
        <SelectField
          name="locale"
          label={t("account.profile.locale.label")}
          hint={t("account.profile.locale.hint")}
          error={errors.locale}
          defaultValue={values.locale}
        >
          <LanguageOptions />
        </SelectField>
        <SelectField
          name="timeZone"
          label={t("account.profile.timeZone.label")}
          hint={t("account.profile.timeZone.hint")}
          error={errors.timeZone}
          defaultValue={values.timeZone}
        >
          <optgroup label={t("account.profile.timeZone.common")}>
            {zones.common.map((zone) => (
              <option key={zone} value={zone}>
                {t(commonZoneKeys[zone as CommonTimeZone])}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("account.profile.timeZone.all")}>
            {zones.other.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <p className="muted">{t("account.profile.whatHappens")}</p>
        <SubmitButton>{t("account.profile.save")}</SubmitButton>
      </Form>
      <details className="account-advanced">
        <summary>{t("account.advanced.title")}</summary>
        <p>{t("account.advanced.body")}</p>
        <ul className="auth-links">
          <li>
            <Link to="/account/tokens">{t("account.advanced.tokens")}</Link>
          </li>
          <li>
            <Link to="/api/docs">{t("account.advanced.reference")}</Link>
          </li>
        </ul>
      </details>
    </AccountFormPage>
  );
}
