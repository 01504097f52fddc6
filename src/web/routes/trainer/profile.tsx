// A trainer's own profile: a bio in both languages, languages, regions, pronouns, and the consent that lets it be shown
// on training pages and the public trainers page. (No photo yet: see the trainers report in issue 10.)
import { Form } from "react-router";
import type { Route } from "./+types/profile";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { readMyTrainerProfile, updateMyTrainerProfile } from "#features/trainers/trainer-profile.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import {
  CheckboxField,
  ErrorSummary,
  Notice,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "trainer" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.profile.pageTitle");

type ProfileState = FormState & { saved?: boolean };

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const profile = await readMyTrainerProfile(services, viewer);
  return {
    values: {
      bioEn: profile.bioEn,
      bioEs: profile.bioEs,
      languages: profile.languages.join(", "),
      regions: profile.regions.join(", "),
      pronouns: profile.pronouns ?? "",
      isPublic: profile.isPublic ? "on" : "",
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const values = {
    bioEn: fields.bioEn ?? "",
    bioEs: fields.bioEs ?? "",
    languages: fields.languages ?? "",
    regions: fields.regions ?? "",
    pronouns: fields.pronouns ?? "",
    isPublic: fields.isPublic === "on" ? "on" : "",
  };
  const result = await attempt<unknown, ProfileState>(
    () =>
      updateMyTrainerProfile(
        ctx.services,
        { viewer: ctx.viewer, input: { ...values, isPublic: values.isPublic === "on" }, locale: ctx.locale },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  return { saved: true } satisfies ProfileState;
}

export default function TrainerProfilePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState<ProfileState>(actionData);
  const values = state?.values ?? loaderData.values;
  return (
    <div className="page">
      <h1>{t("trainers.profile.pageTitle")}</h1>
      <p className="lede">{t("trainers.profile.intro")}</p>
      {state?.saved ? <Notice>{t("trainers.profile.saved")}</Notice> : null}
      <Form method="post" className="card" noValidate>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <TextAreaField
          name="bioEn"
          label={t("trainers.profile.bioEn")}
          error={errors.bioEn}
          defaultValue={values.bioEn}
          rows={5}
        />
        <TextAreaField
          name="bioEs"
          label={t("trainers.profile.bioEs")}
          error={errors.bioEs}
          defaultValue={values.bioEs}
          rows={5}
          lang="es"
        />
        <TextField
          name="languages"
          label={t("trainers.profile.languages")}
          hint={t("trainers.profile.listHint")}
          error={errors.languages}
          defaultValue={values.languages}
        />
        <TextField
          name="regions"
          label={t("trainers.profile.regions")}
          hint={t("trainers.profile.listHint")}
          error={errors.regions}
          defaultValue={values.regions}
        />
        <TextField
          name="pronouns"
          label={t("trainers.profile.pronouns")}
          error={errors.pronouns}
          defaultValue={values.pronouns}
        />
        <CheckboxField
          name="isPublic"
          label={t("trainers.profile.isPublic")}
          hint={t("trainers.profile.isPublicHint")}
          defaultChecked={values.isPublic === "on"}
        />
        <SubmitButton>{t("trainers.profile.save")}</SubmitButton>
      </Form>
    </div>
  );
}
