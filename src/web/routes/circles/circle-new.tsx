// Starting a circle: name, purpose, language, size, how people join, time zone, and where it meets (members only).
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/circle-new";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { languageName, locales } from "#core/locale.ts";
import { DEFAULT_MAX_MEMBERS, DEFAULT_MIN_MEMBERS, mayStartCircle } from "#core/circles.ts";
import { timeZoneChoices } from "#core/time-zones.ts";
import { createCircle } from "#features/circles/create-circle.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { MAX_CIRCLE_DESCRIPTION, MAX_CIRCLE_NAME } from "#features/circles/circle-input.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import {
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "circles.new.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services, viewer, timeZone, locale } = appContext(context);
  if (!mayStartCircle(viewer, await readHubSettings(services.db))) throw data({ reason: "forbidden" }, { status: 403 });
  return { zones: timeZoneChoices(undefined, timeZone), timeZone, locale };
}

const fieldNames = [
  "name",
  "description",
  "language",
  "minMembers",
  "maxMembers",
  "joinPolicy",
  "timeZone",
  "place",
  "videoUrl",
] as const;

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const values = Object.fromEntries(fieldNames.map((name) => [name, fields[name] ?? ""]));
  const result = await attempt(
    () =>
      createCircle(
        ctx.services,
        {
          viewer: ctx.viewer,
          circle: {
            name: values.name!,
            description: values.description!,
            language: values.language as "en",
            minMembers: values.minMembers,
            maxMembers: values.maxMembers,
            joinPolicy: values.joinPolicy as "invitation",
            timeZone: values.timeZone!,
            place: values.place!,
            videoUrl: values.videoUrl!,
          },
        },
        actorOf(ctx),
      ),
    t,
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/circles/${result.value.circleId}?done=created`);
}

export default function CircleNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const kept = (name: string, fallback = "") => state?.values?.[name] ?? fallback;
  const { zones } = loaderData;
  return (
    <div className="page stack">
      <h1>{t("circles.new.title")}</h1>
      <p className="lede">{t("circles.new.lede")}</p>
      {state ? <ErrorSummary errors={errors} formError={state.formError} /> : null}
      <Form method="post" className="stack" noValidate>
        <TextField
          name="name"
          label={t("circles.new.name")}
          required
          maxLength={MAX_CIRCLE_NAME}
          defaultValue={kept("name")}
          error={errors.name}
        />
        <TextAreaField
          name="description"
          label={t("circles.new.description")}
          maxLength={MAX_CIRCLE_DESCRIPTION}
          defaultValue={kept("description")}
          error={errors.description}
        />
        <SelectField
          name="language"
          label={t("circles.new.language")}
          defaultValue={kept("language", loaderData.locale)}
          error={errors.language}
        >
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {languageName(locale)}
            </option>
          ))}
        </SelectField>
        <TextField
          name="minMembers"
          label={t("circles.new.minMembers")}
          inputMode="numeric"
          defaultValue={kept("minMembers", String(DEFAULT_MIN_MEMBERS))}
          error={errors.minMembers}
        />
        <TextField
          name="maxMembers"
          label={t("circles.new.maxMembers")}
          inputMode="numeric"
          defaultValue={kept("maxMembers", String(DEFAULT_MAX_MEMBERS))}
          error={errors.maxMembers}
        />
        <SelectField
          name="joinPolicy"
          label={t("circles.new.joinPolicy")}
          defaultValue={kept("joinPolicy", "invitation")}
          error={errors.joinPolicy}
        >
          <option value="invitation">{t("circles.new.joinInvitation")}</option>
          <option value="request">{t("circles.new.joinRequest")}</option>
        </SelectField>
        <SelectField
          name="timeZone"
          label={t("circles.new.timeZone")}
          defaultValue={kept("timeZone", loaderData.timeZone)}
          error={errors.timeZone}
        >
          <optgroup label={t("account.profile.timeZone.common")}>
            {zones.common.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("account.profile.timeZone.all")}>
            {zones.other.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <TextField name="place" label={t("circles.new.place")} defaultValue={kept("place")} error={errors.place} />
        <TextField
          name="videoUrl"
          type="url"
          label={t("circles.new.videoUrl")}
          defaultValue={kept("videoUrl")}
          error={errors.videoUrl}
        />
        <SubmitButton>{t("circles.new.submit")}</SubmitButton>
      </Form>
    </div>
  );
}
