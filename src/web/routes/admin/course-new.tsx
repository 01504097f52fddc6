// A new course: its texts in English and Spanish, hours, prerequisites, application questions and CE hours.
import { data, redirect } from "react-router";
import type { Route } from "./+types/course-new";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { createCourse } from "#features/catalog/create-course.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import { readHubSettings } from "#features/hub/hub-settings.ts";
import { retentionPeriods } from "#core/retention.ts";
import { actorOf, attempt, readForm } from "#web/form-state.server.ts";
import { useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { CourseForm } from "./lib/course-form.tsx";
import { courseFormValues, courseFromForm } from "./lib/course-form.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "courses.new.title");

export async function loader({ context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const courses = await listCourses(services.db, { includeArchived: true, now: services.now() });
  // The hub's period for sensitive answers, named beside each question's own (decision 0040).
  const sensitiveAnswerMonths = retentionPeriods((await readHubSettings(services.db)).retention).sensitive_answers;
  return {
    sensitiveAnswerMonths,
    ...courseFormValues(null),
    courses: courses.map((course) => ({
      id: course.id,
      titleEn: course.titleEn,
      titleEs: course.titleEs,
      archived: Boolean(course.archivedAt),
    })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const form = await readForm(request);
  const { course, values, questionRows } = courseFromForm(form);
  // "Add a question" only shows one more blank row; nothing is saved yet.
  if (form.get("intent") === "more-questions")
    return data({ values: { ...values, questionRows: String(questionRows + 1) } });
  const result = await attempt(
    () => createCourse(ctx.services.db, { viewer: ctx.viewer, course }, actorOf(ctx)),
    translator(ctx.locale),
    { values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/courses/${result.value.id}?done=created`);
}

export default function CourseNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  return (
    <AdminPage title={t("courses.new.title")} back={{ to: "/admin/courses", label: t("courses.back") }} narrow>
      <p className="lede">{t("courses.new.lede")}</p>
      <CourseForm
        values={loaderData.values}
        questionRows={loaderData.questionRows}
        sensitiveAnswerMonths={loaderData.sensitiveAnswerMonths}
        state={state}
        courses={loaderData.courses}
        submitLabel={t("courses.new.submit")}
      />
    </AdminPage>
  );
}
