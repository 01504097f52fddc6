// A trainer's own profile: a bio in both languages, languages, regions, pronouns, an optional photo, and the consent that
// lets it be shown on training pages and the public trainers page. Works without JavaScript (a multipart form).
import { Form } from "react-router";
import type { Route } from "./+types/profile";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { MAX_PHOTO_BYTES, photoTypes } from "#core/trainer-photo.ts";
import { readMyTrainerProfile, updateMyTrainerProfile } from "#features/trainers/trainer-profile.ts";
import { trainerPhotoPath } from "#features/trainers/list-trainers.ts";
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
import { TrainerNav } from "./lib/trainer-nav.tsx";
import { offersInhouseReports } from "#features/inhouse/reporting-organizations.ts";

export const handle: RouteHandle = { access: "trainer", acceptsFiles: true };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.profile.pageTitle");

type ProfileState = FormState & { saved?: boolean };

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const profile = await readMyTrainerProfile(services, viewer);
  return {
    inhouseReports: await offersInhouseReports(services.db, viewer),
    photo: profile.photoUpdatedAt ? trainerPhotoPath(viewer!.userId, profile.photoUpdatedAt) : null,
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
  const form = await readForm(request);
  const fields = formFields(form);
  const file = form.get("photo");
  const photo = file instanceof File && file.size > 0 ? { bytes: new Uint8Array(await file.arrayBuffer()) } : null;
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
        {
          viewer: ctx.viewer,
          input: { ...values, isPublic: values.isPublic === "on" },
          locale: ctx.locale,
          photo,
          removePhoto: fields.removePhoto === "on",
        },
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
      <TrainerNav inhouseReports={loaderData.inhouseReports} />
      <h1>{t("trainers.profile.pageTitle")}</h1>
      <p className="lede">{t("trainers.profile.intro")}</p>
      {state?.saved ? <Notice>{t("trainers.profile.saved")}</Notice> : null}
      <Form method="post" className="card" encType="multipart/form-data" noValidate>
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
        <fieldset className="field">
          <legend>{t("trainers.profile.photo")}</legend>
          {loaderData.photo ? (
            <>
              <img className="trainer-photo" src={loaderData.photo} alt={t("trainers.profile.photoNow")} />
              <CheckboxField name="removePhoto" label={t("trainers.profile.removePhoto")} />
            </>
          ) : (
            <p className="muted">{t("trainers.profile.noPhoto")}</p>
          )}
          <TextField
            name="photo"
            type="file"
            accept={photoTypes.join(",")}
            label={loaderData.photo ? t("trainers.profile.replacePhoto") : t("trainers.profile.addPhoto")}
            hint={t("trainers.profile.photoHint", { size: Math.round(MAX_PHOTO_BYTES / 1024 / 1024) })}
            error={errors.photo}
          />
        </fieldset>
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
