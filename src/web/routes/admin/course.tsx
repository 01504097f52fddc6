// One course for admins: edit everything about it (questions and CE hours too), see its sessions, archive it.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/course";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { readCourse } from "#features/catalog/read-course.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { retentionPeriods } from "#core/retention.ts";
import { updateCourse } from "#features/catalog/update-course.ts";
import { archiveCourse } from "#features/catalog/archive-course.ts";
import { actorOf, attempt, orNotFound, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useLocale, useT } from "../../components/i18n.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { CourseForm } from "./lib/course-form.tsx";
import { courseFormValues, courseFromForm } from "./lib/course-form.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "courses.edit.title");

const notices = ["created", "saved", "unchanged", "archived", "unarchived"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const course = await orNotFound(
    readCourse(services.db, { id: params.id, includeArchived: true, now: services.now() }),
  );
  const others = await listCourses(services.db, { includeArchived: true, now: services.now() });
  // The hub's period for sensitive answers, named beside each question's own (decision 0040).
  const sensitiveAnswerMonths = retentionPeriods((await readHubSettings(services.db)).retention).sensitive_answers;
  return {
    sensitiveAnswerMonths,
    course: {
      id: course.id,
      titleEn: course.titleEn,
      titleEs: course.titleEs,
      archived: Boolean(course.archivedAt),
      sessionCount: course.sessionCount,
      slug: course.slug,
    },
    ...courseFormValues(course),
    courses: others
      .filter((other) => other.id !== course.id)
      .map((other) => ({
        id: other.id,
        titleEn: other.titleEn,
        titleEs: other.titleEs,
        archived: Boolean(other.archivedAt),
      })),
    done: oneOf(notices, new URL(request.url).searchParams.get("done")),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const intent = form.get("intent");
  if (intent === "archive" || intent === "unarchive") {
    const archived = intent === "archive";
    const result = await attempt(
      () =>
        archiveCourse(
          ctx.services.db,
          { viewer: ctx.viewer, courseId: params.id, archived, now: ctx.services.now() },
          actorOf(ctx),
        ),
      t,
      { form: "archive" },
    );
    if (!result.ok) return result.response;
    throw redirect(`/admin/courses/${params.id}?done=${archived ? "archived" : "unarchived"}`);
  }
  const { course, values, questionRows } = courseFromForm(form);
  if (intent === "more-questions")
    return data({ form: "edit", values: { ...values, questionRows: String(questionRows + 1) } });
  const result = await attempt(
    () => updateCourse(ctx.services.db, { viewer: ctx.viewer, courseId: params.id, course }, actorOf(ctx)),
    t,
    { form: "edit", values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/courses/${params.id}?done=${result.value.changed.length ? "saved" : "unchanged"}`);
}

const noticeKeys = {
  created: "courses.edit.created",
  saved: "courses.edit.saved",
  unchanged: "courses.edit.unchanged",
  archived: "courses.edit.archivedNotice",
  unarchived: "courses.edit.unarchivedNotice",
} as const;

export default function Course({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { state } = useFormState(actionData);
  const { course } = loaderData;
  const title = localizedField(course, "title", locale);
  return (
    <AdminPage title={title} back={{ to: "/admin/courses", label: t("courses.back") }} narrow>
      {loaderData.done && !state ? <Notice>{t(noticeKeys[loaderData.done])}</Notice> : null}
      {state?.form === "archive" ? <ErrorSummary formError={state.formError} /> : null}
      <div className="card course-status">
        <p>
          {course.archived ? (
            <span className="pill status-expired">{t("courses.status.archived")}</span>
          ) : (
            <span className="pill status-active">{t("courses.status.active")}</span>
          )}{" "}
          {t("courses.edit.sessionCount", { count: course.sessionCount })}
        </p>
        <div className="actions">
          {course.archived ? null : (
            <Link className="button secondary" to={`/admin/sessions/new?course=${course.id}`}>
              {t("courses.edit.newSession")}
            </Link>
          )}
          <Link to={`/admin/sessions?course=${course.id}&when=all`}>{t("courses.edit.seeSessions")}</Link>
        </div>
        <Form method="post" className="archive-form">
          <p className="muted">
            {course.archived ? t("courses.edit.unarchiveExplain") : t("courses.edit.archiveExplain")}
          </p>
          <button type="submit" name="intent" value={course.archived ? "unarchive" : "archive"} className="secondary">
            {course.archived ? t("courses.edit.unarchive") : t("courses.edit.archive")}
          </button>
        </Form>
      </div>
      <CourseForm
        values={loaderData.values}
        questionRows={loaderData.questionRows}
        sensitiveAnswerMonths={loaderData.sensitiveAnswerMonths}
        state={state?.form === "edit" ? state : undefined}
        courses={loaderData.courses}
        submitLabel={t("courses.edit.submit")}
      />
    </AdminPage>
  );
}
