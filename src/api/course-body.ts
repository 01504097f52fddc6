// The API's view of a course, from the admin list or from one course read, as the Course schema describes it.
import type { z } from "zod";
import type { CourseListing } from "#features/catalog/list-courses.ts";
import type { CourseDetail } from "#features/catalog/read-course.ts";
import type { Course } from "./catalog-admin-schemas.ts";

type CourseBody = z.output<typeof Course>;

type CourseLike = Pick<
  CourseListing,
  | "id"
  | "slug"
  | "form"
  | "titleEn"
  | "titleEs"
  | "summaryEn"
  | "summaryEs"
  | "audienceEn"
  | "audienceEs"
  | "imageUrl"
  | "contactMinutes"
  | "requiresApproval"
  | "prerequisiteMode"
  | "questions"
  | "ceCategories"
  | "archivedAt"
>;

function body(course: CourseLike, prerequisiteIds: string[], upcomingSessions: number): CourseBody {
  return {
    id: course.id,
    slug: course.slug,
    form: course.form,
    title: { en: course.titleEn, es: course.titleEs },
    summary: { en: course.summaryEn, es: course.summaryEs },
    audience: { en: course.audienceEn, es: course.audienceEs },
    imageUrl: course.imageUrl,
    contactMinutes: course.contactMinutes,
    requiresApproval: course.requiresApproval,
    prerequisites: { mode: course.prerequisiteMode, courseIds: prerequisiteIds },
    questions: course.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      label: { en: question.labelEn, es: question.labelEs },
      options: (question.options ?? []).map((option) => ({
        value: option.value,
        label: { en: option.labelEn, es: option.labelEs },
      })),
      required: question.required,
      sensitive: question.sensitive,
      retentionMonths: question.retentionMonths ?? null,
    })),
    ceCategories: course.ceCategories.map((entry) => ({
      category: entry.category as CourseBody["ceCategories"][number]["category"],
      minutes: entry.minutes,
    })),
    upcomingSessions,
    archived: course.archivedAt !== null,
  };
}

export function courseListingBody(course: CourseListing): CourseBody {
  return body(course, course.prerequisiteIds, course.sessions.upcoming);
}

export function courseDetailBody(course: CourseDetail): CourseBody {
  return body(
    course,
    course.prerequisites.map((p) => p.id),
    course.upcomingSessions,
  );
}
