// At the door: a trainer of the session (or an admin) adds someone who walked in after the start; a seat only if one is
// free, and attendance from now.
import { Form, Link } from "react-router";
import type { Route } from "./+types/walk-in";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { readAttendanceSession, requireMarker } from "#features/attendance/attendance-session.ts";
import { addWalkIn } from "#features/trainers/add-walk-in.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import {
  ErrorSummary,
  Notice,
  SubmitButton,
  TextField,
  useFormState,
  type FormState,
} from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { orRefused } from "../admin/lib/roster-access.server.ts";

export const handle: RouteHandle = { access: "trainer" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.walkIn.pageTitle");

type WalkInState = FormState & { added?: { name: string; minutes: number | null } };

export async function loader({ params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const session = await orRefused(
    readAttendanceSession(services.db, params.id).then((found) => {
      requireMarker(found, viewer);
      return found;
    }),
  );
  return { id: session.id, course: { titleEn: session.course.titleEn, titleEs: session.course.titleEs } };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const values = { email: fields.email ?? "", name: fields.name ?? "" };
  const result = await attempt<Awaited<ReturnType<typeof addWalkIn>>, WalkInState>(
    () =>
      addWalkIn(
        ctx.services,
        { viewer: ctx.viewer, sessionId: params.id, input: values, locale: ctx.locale },
        actorOf(ctx),
      ),
    t,
    { values },
  );
  if (!result.ok) return result.response;
  return {
    added: { name: result.value.person.name, minutes: result.value.attendance?.minutesPresent ?? null },
  } satisfies WalkInState;
}

export default function WalkIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state, errors } = useFormState<WalkInState>(actionData);
  const values = state?.values ?? {};
  const added = state?.added;
  return (
    <div className="page">
      <h1>{t("trainers.walkIn.title", { course: localizedField(loaderData.course, "title", locale) })}</h1>
      <p className="lede">{t("trainers.walkIn.intro")}</p>
      {added ? (
        <Notice>
          {added.minutes === null
            ? t("trainers.walkIn.addedBetween", { name: added.name })
            : t("trainers.walkIn.added", { name: added.name, minutes: added.minutes })}
        </Notice>
      ) : null}
      <Form method="post" className="card" noValidate>
        <ErrorSummary errors={errors} formError={state?.formError} />
        <TextField
          name="email"
          type="email"
          label={t("trainers.walkIn.email")}
          error={errors.email}
          defaultValue={added ? "" : (values.email ?? "")}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextField
          name="name"
          label={t("trainers.walkIn.name")}
          error={errors.name}
          defaultValue={added ? "" : (values.name ?? "")}
          autoComplete="off"
        />
        <SubmitButton>{t("trainers.walkIn.submit")}</SubmitButton>
      </Form>
      <p>
        <Link to={`/trainer/sessions/${encodeURIComponent(loaderData.id)}/attendance`}>
          {t("trainers.walkIn.back")}
        </Link>
      </p>
    </div>
  );
}
