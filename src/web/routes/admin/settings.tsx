// Hub settings: name, tagline, logo, accent colour (must keep white text readable), contact and provider details, and
// whether participants may start co-reflection circles.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/settings";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { contrastRatio, isHexColour } from "#core/contrast.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { updateHubSettings } from "#features/hub/update-hub-settings.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import { CheckboxField, ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { MAX_HUB_DETAIL_LENGTH, MAX_HUB_NAME_LENGTH, MAX_HUB_TAGLINE_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "admin.settings.title");

const fieldNames = [
  "name",
  "tagline",
  "taglineEs",
  "logoUrl",
  "accentColor",
  "contactEmail",
  "providerNumber",
  "region",
] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const settings = await readHubSettings(services.db);
  return {
    settings: Object.fromEntries(fieldNames.map((field) => [field, settings[field] ?? ""])) as Record<
      (typeof fieldNames)[number],
      string
    >,
    membersMayStartCircles: settings.membersMayStartCircles,
    saved: flag(new URL(request.url), "saved"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = Object.fromEntries(fieldNames.map((field) => [field, fields[field] ?? ""])) as Record<
    (typeof fieldNames)[number],
    string
  >;
  const membersMayStartCircles = fields.membersMayStartCircles === "on";
  const change = { viewer: ctx.viewer, now: ctx.services.now(), ...values, membersMayStartCircles };
  const result = await attempt(() => updateHubSettings(ctx.services.db, change, actorOf(ctx)), translator(ctx.locale), {
    values: { ...values, membersMayStartCircles: membersMayStartCircles ? "on" : "" },
  });
  if (!result.ok) return result.response;
  throw redirect("/admin/settings?saved=1");
}

export default function Settings({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState(actionData);
  const values = { ...loaderData.settings, ...state?.values };
  const membersMayStartCircles = state?.values
    ? state.values.membersMayStartCircles === "on"
    : loaderData.membersMayStartCircles;
  const accent = values.accentColor.trim().toLowerCase();
  const ratio = isHexColour(accent) ? contrastRatio(accent, "#ffffff") : null;
  return (
    <AdminPage title={t("admin.settings.title")} narrow>
      {loaderData.saved && !state ? <Notice>{t("admin.settings.saved")}</Notice> : null}
      <p className="lede">{t("admin.settings.lede")}</p>
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <TextField
          name="name"
          label={t("admin.settings.name")}
          hint={t("admin.settings.nameHint")}
          error={errors.name}
          defaultValue={values.name}
          maxLength={MAX_HUB_NAME_LENGTH}
          required
        />
        <TextField
          name="tagline"
          label={t("admin.settings.tagline")}
          hint={t("admin.settings.taglineHint")}
          error={errors.tagline}
          defaultValue={values.tagline}
          maxLength={MAX_HUB_TAGLINE_LENGTH}
        />
        <TextField
          name="taglineEs"
          label={t("admin.settings.taglineEs")}
          hint={t("admin.settings.taglineEsHint")}
          error={errors.taglineEs}
          defaultValue={values.taglineEs}
          maxLength={MAX_HUB_TAGLINE_LENGTH}
        />
        <TextField
          name="logoUrl"
          type="url"
          label={t("admin.settings.logoUrl")}
          hint={t("admin.settings.logoUrlHint")}
          error={errors.logoUrl}
          defaultValue={values.logoUrl}
          spellCheck={false}
          placeholder="https://"
        />
        <div className="accent-field">
          <TextField
            name="accentColor"
            label={t("admin.settings.accentColor")}
            hint={t("admin.settings.accentColorHint")}
            error={errors.accentColor}
            defaultValue={values.accentColor}
            spellCheck={false}
            autoComplete="off"
            maxLength={7}
            required
          />
          {ratio !== null ? (
            <p className="accent-preview">
              <svg width="44" height="44" viewBox="0 0 44 44" aria-hidden="true" focusable="false">
                <rect width="44" height="44" rx="8" fill={accent} />
                <text x="22" y="28" textAnchor="middle" fill="#ffffff" fontSize="16" fontWeight="700">
                  Aa
                </text>
              </svg>
              <span>
                {t("admin.settings.contrast", {
                  color: accent,
                  ratio: format.number(ratio, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
                })}
              </span>
            </p>
          ) : null}
        </div>
        <TextField
          name="contactEmail"
          type="email"
          label={t("admin.settings.contactEmail")}
          hint={t("admin.settings.contactEmailHint")}
          error={errors.contactEmail}
          defaultValue={values.contactEmail}
          spellCheck={false}
        />
        <TextField
          name="providerNumber"
          label={t("admin.settings.providerNumber")}
          hint={t("admin.settings.providerNumberHint")}
          error={errors.providerNumber}
          defaultValue={values.providerNumber}
          maxLength={MAX_HUB_DETAIL_LENGTH}
        />
        <TextField
          name="region"
          label={t("admin.settings.region")}
          hint={t("admin.settings.regionHint")}
          error={errors.region}
          defaultValue={values.region}
          maxLength={MAX_HUB_DETAIL_LENGTH}
        />
        <fieldset>
          <legend>{t("admin.settings.circles")}</legend>
          <CheckboxField
            name="membersMayStartCircles"
            label={t("admin.settings.membersMayStartCircles")}
            hint={t("admin.settings.membersMayStartCirclesHint")}
            defaultChecked={membersMayStartCircles}
          />
        </fieldset>
        <p className="muted">{t("admin.settings.whatHappens")}</p>
        <SubmitButton>{t("admin.settings.save")}</SubmitButton>
      </Form>
    </AdminPage>
  );
}
