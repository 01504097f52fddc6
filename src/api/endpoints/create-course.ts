// POST /courses: a hub admin adds a course, with its texts in both languages, contact time, prerequisites, questions and CE minutes.
import { z } from "zod";
import { createCourse as addCourse } from "#features/catalog/create-course.ts";
import { readCourse } from "#features/catalog/read-course.ts";
import { defineEndpoint } from "../endpoint.ts";
import { API_BASE_PATH } from "../endpoint-table.ts";
import { Course, CreateCourseRequest } from "../catalog-admin-schemas.ts";
import { courseDetailBody } from "../course-body.ts";
import { localizedPath, withApiPaths } from "../api-field-paths.ts";

/** The use case's field names (those of the course form) as this endpoint's body names them. */
function apiPath(path: string): string {
  return localizedPath(path, ["title", "summary", "description", "audience"])
    .replace(/^contactHours$/, "contactMinutes")
    .replace(/^ceCategories\.(\d+)\.hours$/, "ceCategories.$1.minutes")
    .replace(/^prerequisiteIds$/, "prerequisites.courseIds")
    .replace(/^prerequisiteMode$/, "prerequisites.mode")
    .replace(
      /^questions\.(\d+)\.label(En|Es)$/,
      (_, n: string, lang: string) => `questions.${n}.label.${lang.toLowerCase()}`,
    )
    .replace(
      /^questions\.(\d+)\.options\.(\d+)\.label(En|Es)$/,
      (_, n: string, m: string, lang: string) => `questions.${n}.options.${m}.label.${lang.toLowerCase()}`,
    );
}

export const createCourse = defineEndpoint({
  operationId: "createCourse",
  tag: "Courses",
  summary: "Add a course",
  description:
    "Adds a course. Contact time is in whole minutes; CE minutes per category together fit inside it. " +
    "Prerequisites must be existing courses. The change is recorded in the audit log under your name. " +
    "Answers with the course and a `Location` header pointing at it.",
  request: { body: CreateCourseRequest },
  response: {
    status: 201,
    description: "The course was added.",
    schema: Course,
    headers: z.object({
      Location: z.string().meta({
        description: "Where the course can be read: `/api/v1/courses/{id}`.",
        examples: ["/api/v1/courses/3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"],
      }),
    }),
  },
  async handle({ services, viewer, body, actor }) {
    const { id } = await withApiPaths(apiPath, () =>
      addCourse(
        services.db,
        {
          viewer,
          course: {
            slug: body.slug ?? "",
            form: body.form,
            titleEn: body.title.en,
            titleEs: body.title.es,
            summaryEn: body.summary?.en ?? "",
            summaryEs: body.summary?.es ?? "",
            descriptionEn: body.description?.en ?? "",
            descriptionEs: body.description?.es ?? "",
            audienceEn: body.audience?.en ?? "",
            audienceEs: body.audience?.es ?? "",
            imageUrl: body.imageUrl ?? "",
            contactHours: body.contactMinutes / 60,
            requiresApproval: body.requiresApproval ?? false,
            prerequisiteIds: body.prerequisites?.courseIds ?? [],
            prerequisiteMode: body.prerequisites?.mode ?? "all",
            questions: (body.questions ?? []).map((question) => ({
              kind: question.kind,
              labelEn: question.label.en,
              labelEs: question.label.es,
              options: (question.options ?? []).map((option) => ({
                labelEn: option.label.en,
                labelEs: option.label.es,
              })),
              required: question.required ?? false,
              sensitive: question.sensitive ?? false,
              retentionMonths: question.retentionMonths ?? null,
            })),
            ceCategories: (body.ceCategories ?? []).map((entry) => ({
              category: entry.category,
              hours: entry.minutes / 60,
            })),
          },
        },
        actor,
      ),
    );
    const course = await readCourse(services.db, { id, includeArchived: true, now: services.now() });
    return {
      body: courseDetailBody(course),
      headers: { Location: `${API_BASE_PATH}/courses/${encodeURIComponent(id)}` },
    };
  },
});
