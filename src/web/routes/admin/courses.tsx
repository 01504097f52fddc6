// The hub's courses: each with its form, contact hours and sessions; archive one to hide it from the catalog, or bring it back.
import { Form, Link, redirect } from "react-router";
import type { Route } from "./+types/courses";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { hoursFromMinutes } from "#core/decimal-input.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import { archiveCourse } from "#features/catalog/archive-course.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import catalogAdminStyles from "../../styles/catalog-admin.css?url";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { courseFormKeys } from "./lib/course-form.tsx";

export const handle: RouteHandle = { access: "admin" };

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: catalogAdminStyles }];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "courses.list.title");

const notices = ["archived", "unarchived"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = appContext(context);
  const url = new URL(request.url);
  return {
    courses: await listCourses(services.db, { includeArchived: true, now: services.now() }),
    done: oneOf(notices, url.searchParams.get("done")),
    title: url.searchParams.get("title"),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const fields = formFields(await readForm(request));
  const archived = fields.intent === "archive";
  const result = await attempt(
    () =>
      archiveCourse(
        ctx.services.db,
        { viewer: ctx.viewer, courseId: fields.courseId ?? "", archived, now: ctx.services.now() },
        actorOf(ctx),
      ),
    translator(ctx.locale),
    {},
  );
  if (!result.ok) return result.response;
  throw redirect(
    `/admin/courses?done=${archived ? "archived" : "unarchived"}&title=${encodeURIComponent(result.value.title)}`,
  );
}

export default function Courses({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState(actionData);
  const title = (course: { titleEn: string; titleEs: string }) => localizedField(course, "title", locale);
  return (
    <AdminPage
      title={t("courses.list.title")}
      action={
        <Link className="button" to="/admin/courses/new">
          {t("courses.list.new")}
        </Link>
      }
    >
      <p className="lede">{t("courses.list.lede")}</p>
      {loaderData.done && !state ? (
        <Notice>
          {t(loaderData.done === "archived" ? "courses.list.archivedNotice" : "courses.list.unarchivedNotice", {
            title: loaderData.title ?? "",
          })}
        </Notice>
      ) : null}
      <ErrorSummary formError={state?.formError} />
      {loaderData.courses.length === 0 ? (
        <div className="card empty-state">
          <p>{t("courses.list.empty")}</p>
          <Link className="button" to="/admin/courses/new">
            {t("courses.list.new")}
          </Link>
        </div>
      ) : (
        <ResponsiveTable
          rows={loaderData.courses}
          rowKey={(course) => course.id}
          columns={[
            {
              label: t("courses.list.column.title"),
              rowHeader: true,
              cell: (course) => (
                <>
                  <Link to={`/admin/courses/${course.id}`}>{title(course)}</Link>
                  {course.archivedAt ? (
                    <>
                      {" "}
                      <span className="pill status-expired">{t("courses.status.archived")}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            { label: t("courses.list.column.form"), cell: (course) => t(courseFormKeys[course.form]) },
            {
              label: t("courses.list.column.hours"),
              cell: (course) =>
                t("courses.hours", { hours: format.number(Number(hoursFromMinutes(course.contactMinutes))) }),
            },
            {
              label: t("courses.list.column.joining"),
              cell: (course) => (
                <>
                  {course.requiresApproval ? t("courses.list.application") : t("courses.list.open")}
                  {course.prerequisiteIds.length ? (
                    <span className="block muted">
                      {t("courses.list.prerequisites", { count: course.prerequisiteIds.length })}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              label: t("courses.list.column.sessions"),
              cell: (course) => (
                <Link to={`/admin/sessions?course=${course.id}&when=all`}>
                  {t("courses.list.sessions", { upcoming: course.sessions.upcoming, total: course.sessions.total })}
                </Link>
              ),
            },
            {
              label: t("courses.list.column.actions"),
              actions: true,
              cell: (course) => (
                <Form method="post" className="inline-action">
                  <input type="hidden" name="courseId" value={course.id} />
                  <button
                    type="submit"
                    name="intent"
                    value={course.archivedAt ? "unarchive" : "archive"}
                    className="secondary"
                  >
                    {course.archivedAt ? t("courses.edit.unarchive") : t("courses.edit.archive")}
                    <span className="visually-hidden"> {title(course)}</span>
                  </button>
                </Form>
              ),
            },
          ]}
        />
      )}
    </AdminPage>
  );
}
