// The person's county (optional): why we ask, the 36 Oregon counties, and "I'd rather not say", which removes it.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/county";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { translator } from "#i18n/translate.ts";
import { oregonCounties } from "#core/oregon-counties.ts";
import { readPersonCounty, setPersonCounty } from "#features/impact/person-county.ts";
import { ErrorSummary, Notice, SelectField, SubmitButton, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AccountFormPage } from "./lib/account-nav.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "impact.county.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  return {
    countyFips: (await readPersonCounty(services.db, viewer!.userId)) ?? "",
    saved: new URL(request.url).searchParams.get("saved") === "1",
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = { countyFips: fields.countyFips ?? "" };
  const result = await attempt(
    () =>
      setPersonCounty(
        ctx.services.db,
        { userId: ctx.viewer!.userId, ...values, locale: ctx.locale },
        actorOf(ctx),
        ctx.services.now(),
      ),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect("/account/county?saved=1");
}

export default function County({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const value = state?.values?.countyFips ?? loaderData.countyFips;
  return (
    <AccountFormPage title={t("impact.county.title")}>
      {loaderData.saved && !state ? <Notice>{t("impact.county.saved")}</Notice> : null}
      <ErrorSummary errors={errors} />
      <Form method="post" noValidate>
        <SelectField
          name="countyFips"
          label={t("impact.county.label")}
          hint={t("impact.county.hint")}
          error={errors.countyFips}
          defaultValue={value}
        >
          <option value="">{t("impact.county.none")}</option>
          {oregonCounties.map((county) => (
            <option key={county.fips} value={county.fips}>
              {county.name}
            </option>
          ))}
        </SelectField>
        <p className="muted">{t("impact.county.whatHappens")}</p>
        <SubmitButton>{t("impact.county.save")}</SubmitButton>
      </Form>
    </AccountFormPage>
  );
}
