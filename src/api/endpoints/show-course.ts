// GET /courses/{id}: one course in the catalog, by id or slug.
import { readCourse } from "#features/catalog/read-course.ts";
import { defineEndpoint } from "../endpoint.ts";
import { Course, CourseIdParams } from "../catalog-admin-schemas.ts";
import { courseDetailBody } from "../course-body.ts";

export const showCourse = defineEndpoint({
  operationId: "showCourse",
  tag: "Courses",
  summary: "Show a course",
  description: "Returns one course by its id or its slug. Archived courses are not shown.",
  request: { params: CourseIdParams },
  response: { status: 200, description: "The course.", schema: Course },
  problems: { "not-found": "No course in the catalog has this id or slug." },
  async handle({ services, params }) {
    const course = await readCourse(services.db, { key: params.id, includeArchived: false, now: services.now() });
    return { body: courseDetailBody(course) };
  },
});
