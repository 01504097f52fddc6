// /my/prerequisites: tell the hub about a training done elsewhere that another training builds on, and see what became of
// what one told before. The hub team approves or declines each declaration; one made with a digital credential from a hub
// this hub trusts counts at once.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/prerequisites";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { flag } from "#web/search-params.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { translator } from "#i18n/translate.ts";
import { localized } from "#i18n/localized.ts";
import { declareOutsideCompletion } from "#features/registration/outside-completions.ts";
import { declareOutsideCompletionByCredential } from "#features/registration/declare-by-credential.ts";
import { MAX_CREDENTIAL_BYTES } from "#features/credentials/verify-any-credential.ts";
import { oneOf } from "#web/search-params.ts";
import { readMyPrerequisites } from "#features/registration/read-my-prerequisites.ts";
import {
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import myTrainingsStyles from "../../styles/my-trainings.css?url";
import { MyTrainingsPage } from "./lib/my-nav.tsx";
import { MAX_OUTSIDE_EVIDENCE_LENGTH, MAX_OUTSIDE_PROVIDER_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "signed-in" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: myTrainingsStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "myTrainings.prerequisites.title");

/** Session ids go back into a link to the training; anything unlike an id is dropped. */
const ID = /^[\w-]{1,64}$/;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale } = appContext(context);
  const mine = await readMyPrerequisites(services.db, viewer!.userId);
  const url = new URL(request.url);
  const session = url.searchParams.get("session");
  return {
    courses: mine.courses.map((course) => ({
      id: course.id,
      title: localized(course.title, locale),
      done: course.done,
    })),
    declarations: mine.declarations.map((d) => ({ ...d, courseTitle: localized(d.courseTitle, locale) })),
    course: url.searchParams.get("course") ?? "",
    session: session && ID.test(session) ? session : null,
    declared: flag(url, "declared"),
    byCredential: oneOf(["accepted", "queued"] as const, url.searchParams.get("credential")),
  };
}

/** The declaration made with a digital credential (pasted, or read from its file). */
async function declareWithCredential(context: Route.ActionArgs["context"], form: FormData) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(form);
  const file = form.get("credentialFile");
  let credential = (fields.credential ?? "").trim();
  const values = {
    credentialCourseId: fields.credentialCourseId ?? "",
    credential: credential.length <= MAX_CREDENTIAL_BYTES ? credential : "",
    session: fields.session ?? "",
  };
  if (!credential && file instanceof File && file.size > 0) {
    if (file.size > MAX_CREDENTIAL_BYTES)
      return data(
        { values, errors: { "credential:credential": t("trust.errors.credentialTooLarge") } },
        { status: 400 },
      );
    credential = (await file.text()).trim();
  }
  const result = await attempt(
    () =>
      declareOutsideCompletionByCredential(
        ctx.services,
        { viewer: ctx.viewer, courseId: values.credentialCourseId, credential },
        actorOf(ctx),
      ),
    t,
    { values },
    { fieldPrefix: "credential:" },
  );
  if (!result.ok) return result.response;
  const back = ID.test(values.session) ? `&session=${encodeURIComponent(values.session)}` : "";
  const outcome = result.value.status === "approved" ? "accepted" : "queued";
  throw redirect(
    `/my/prerequisites?credential=${outcome}&course=${encodeURIComponent(values.credentialCourseId)}${back}`,
  );
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await readForm(request);
  if (form.get("intent") === "credential") return declareWithCredential(context, form);
  const ctx = appContext(context);
  const fields = formFields(form);
  const values = {
    courseId: fields.courseId ?? "",
    provider: fields.provider ?? "",
    completedOn: fields.completedOn ?? "",
    evidence: fields.evidence ?? "",
    session: fields.session ?? "",
  };
  const result = await attempt(
    () =>
      declareOutsideCompletion(
        ctx.services,
        {
          viewer: ctx.viewer,
          courseId: values.courseId,
          provider: values.provider,
          completedOn: values.completedOn,
          evidence: values.evidence,
        },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  const back = ID.test(values.session) ? `&session=${encodeURIComponent(values.session)}` : "";
  throw redirect(`/my/prerequisites?declared=1${back}`);
}

const statusKeys = {
  pending: "myTrainings.prerequisites.status.pending",
  approved: "myTrainings.prerequisites.status.approved",
  declined: "myTrainings.prerequisites.status.declined",
} as const;

export default function MyPrerequisites({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { state, errors } = useFormState(actionData);
  const values = {
    courseId: loaderData.course,
    provider: "",
    completedOn: "",
    evidence: "",
    credentialCourseId: loaderData.course,
    credential: "",
    session: loaderData.session ?? "",
    ...state?.values,
  };
  const acceptedCourse = loaderData.courses.find((course) => course.id === loaderData.course)?.title ?? "";
  return (
    <MyTrainingsPage title={t("myTrainings.prerequisites.title")}>
      <p className="lede narrow">{t("myTrainings.prerequisites.lede")}</p>
      {loaderData.declared && !state ? (
        <Notice>
          <p>{t("myTrainings.prerequisites.declared")}</p>
          {loaderData.session ? (
            <p>
              <Link to={`/trainings/${loaderData.session}`}>{t("myTrainings.prerequisites.backToTraining")}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {loaderData.byCredential && !state ? (
        <Notice>
          <p>
            {loaderData.byCredential === "accepted"
              ? t("trust.declare.accepted", { course: acceptedCourse })
              : t("trust.declare.queued")}
          </p>
          {loaderData.session ? (
            <p>
              <Link to={`/trainings/${loaderData.session}`}>{t("myTrainings.prerequisites.backToTraining")}</Link>
            </p>
          ) : null}
        </Notice>
      ) : null}

      {loaderData.courses.length === 0 ? (
        <p className="card empty-state">{t("myTrainings.prerequisites.none")}</p>
      ) : (
        <section className="narrow" aria-labelledby="declare-title">
          <h2 id="declare-title">{t("myTrainings.prerequisites.form")}</h2>
          <ErrorSummary errors={errors} formError={state?.formError} />
          <Form method="post" className="stack" noValidate>
            {values.session ? <input type="hidden" name="session" value={values.session} /> : null}
            <SelectField
              name="courseId"
              label={t("myTrainings.prerequisites.course.label")}
              error={errors.courseId}
              defaultValue={values.courseId}
              required
            >
              <option value="">{t("myTrainings.prerequisites.course.choose")}</option>
              {loaderData.courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.done ? t("myTrainings.prerequisites.course.done", { title: course.title }) : course.title}
                </option>
              ))}
            </SelectField>
            <TextField
              name="provider"
              label={t("myTrainings.prerequisites.provider.label")}
              hint={t("myTrainings.prerequisites.provider.hint")}
              error={errors.provider}
              defaultValue={values.provider}
              autoComplete="organization"
              maxLength={MAX_OUTSIDE_PROVIDER_LENGTH}
              required
            />
            <TextField
              name="completedOn"
              type="date"
              label={t("myTrainings.prerequisites.completedOn.label")}
              hint={t("myTrainings.prerequisites.completedOn.hint")}
              error={errors.completedOn}
              defaultValue={values.completedOn}
              required
            />
            <TextAreaField
              name="evidence"
              label={t("myTrainings.prerequisites.evidence.label")}
              hint={t("myTrainings.prerequisites.evidence.hint")}
              error={errors.evidence}
              defaultValue={values.evidence}
              rows={4}
              maxLength={MAX_OUTSIDE_EVIDENCE_LENGTH}
              required
            />
            <p className="what-next">{t("myTrainings.prerequisites.next")}</p>
            <SubmitButton>{t("myTrainings.prerequisites.submit")}</SubmitButton>
          </Form>
        </section>
      )}

      {loaderData.courses.length === 0 ? null : (
        <section className="narrow" aria-labelledby="credential-title">
          <h2 id="credential-title">{t("trust.declare.title")}</h2>
          <p>{t("trust.declare.lede")}</p>
          <Form method="post" encType="multipart/form-data" className="stack" noValidate>
            <input type="hidden" name="intent" value="credential" />
            {values.session ? <input type="hidden" name="session" value={values.session} /> : null}
            <SelectField
              name="credentialCourseId"
              label={t("myTrainings.prerequisites.course.label")}
              error={errors["credential:courseId"]}
              defaultValue={values.credentialCourseId}
              required
            >
              <option value="">{t("myTrainings.prerequisites.course.choose")}</option>
              {loaderData.courses.map((course) => (
                <option key={course.id} value={course.id}>
                  {course.done ? t("myTrainings.prerequisites.course.done", { title: course.title }) : course.title}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              name="credential"
              label={t("trust.declare.paste")}
              hint={t("trust.declare.pasteHint")}
              error={errors["credential:credential"]}
              defaultValue={values.credential}
              rows={6}
              spellCheck={false}
              autoComplete="off"
            />
            <TextField
              name="credentialFile"
              type="file"
              accept=".json,.jwt,application/json,application/ld+json,text/plain"
              label={t("trust.declare.file")}
            />
            <SubmitButton>{t("trust.declare.submit")}</SubmitButton>
          </Form>
        </section>
      )}

      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t("myTrainings.prerequisites.mine")}</h2>
        {loaderData.declarations.length === 0 ? (
          <p className="muted">{t("myTrainings.prerequisites.mineEmpty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.declarations}
            rowKey={(d) => d.id}
            columns={[
              { label: t("myTrainings.prerequisites.column.course"), rowHeader: true, cell: (d) => d.courseTitle },
              { label: t("myTrainings.prerequisites.column.provider"), cell: (d) => d.provider },
              {
                label: t("myTrainings.prerequisites.column.completedOn"),
                cell: (d) => format.date(`${d.completedOn}T12:00:00Z`, { dateStyle: "medium", timeZone: "UTC" }),
              },
              {
                label: t("myTrainings.prerequisites.column.status"),
                cell: (d) => (
                  <>
                    <span className={`pill declared-${d.status}`}>{t(statusKeys[d.status])}</span>
                    {d.status === "pending" && d.queueReason ? (
                      <p className="muted">
                        {t("trust.mine.reason", { reason: t(`trust.reason.${d.queueReason}` as MessageKey) })}
                      </p>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>
    </MyTrainingsPage>
  );
}
