// GET /courses: the courses in the catalog (archived ones are left out), with their questions, prerequisites and CE hours.
import { listCourses as readCourses } from "#features/catalog/list-courses.ts";
import { defineEndpoint } from "../endpoint.ts";
import { CourseList } from "../catalog-admin-schemas.ts";
import { courseListingBody } from "../course-body.ts";

export const listCourses = defineEndpoint({
  operationId: "listCourses",
  tag: "Courses",
  summary: "List courses",
  description:
    "Lists every course in the catalog, by form (Overview, Core Training, Advanced, Co-reflection, Training of Trainers) then title. " +
    "Archived courses are not listed. Each course carries the questions people answer when registering: send answers keyed by question id.",
  response: { status: 200, description: "The courses.", schema: CourseList },
  async handle({ services }) {
    const courses = await readCourses(services.db, { includeArchived: false, now: services.now() });
    return { body: { courses: courses.map(courseListingBody) } };
  },
});
