// What a course is made of, as an admin types it or a program sends it, checked once for creating and editing.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { ceCategories, courseForms, questionKinds, type CourseQuestion } from "#core/catalog.ts";
import type { CategoryMinutes } from "#core/certification.ts";
import { minutesFromHours } from "#core/decimal-input.ts";
import { parseQuestionRetention, retentionBounds } from "#core/retention.ts";
import { isSlug, MAX_SLUG_LENGTH, slugify } from "#core/slug.ts";
import { fieldErrorOf, invalid, problem, requiredText, webAddress } from "#features/validation/parse-input.ts";
import type { FieldError } from "#platform/app-error.ts";
import type { MessageKey } from "#i18n/translate.ts";
import {
  MAX_CONTACT_MINUTES,
  MAX_COURSE_AUDIENCE_LENGTH,
  MAX_COURSE_DESCRIPTION_LENGTH,
  MAX_COURSE_SUMMARY_LENGTH,
  MAX_COURSE_TITLE_LENGTH,
  MAX_ID_LENGTH,
  MAX_OPTIONS,
  MAX_OPTION_LABEL_LENGTH,
  MAX_PREREQUISITES,
  MAX_QUESTIONS,
  MAX_QUESTION_KEY_LENGTH,
  MAX_QUESTION_LABEL_LENGTH,
} from "#core/limits.ts";

/** Text that may be left empty: trimmed, stored as "" (the columns are not nullable). */
const text = (max: number, tooLong: MessageKey) => z.string().trim().max(max, tooLong).default("");

/** Hours as typed ("40", "2.5", "2,5") or as a number; whole minutes come out. */
const hours = (wrong: MessageKey) =>
  z.union([z.number(), z.string()], wrong).transform((value, ctx) => {
    const minutes =
      typeof value === "number"
        ? Number.isFinite(value) && value >= 0
          ? Math.round(value * 60)
          : null
        : minutesFromHours(value);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: wrong });
      return z.NEVER;
    }
    return minutes;
  });

const optionInput = z.object({
  value: z.string().trim().max(MAX_QUESTION_KEY_LENGTH).optional(),
  labelEn: requiredText(
    MAX_OPTION_LABEL_LENGTH,
    problem("courses.errors.optionLabelMissing"),
    problem("courses.errors.optionLabelTooLong"),
  ),
  labelEs: requiredText(
    MAX_OPTION_LABEL_LENGTH,
    problem("courses.errors.optionLabelMissing"),
    problem("courses.errors.optionLabelTooLong"),
  ),
});

const questionInput = z.object({
  /** Kept from the stored question so answers already given stay attached; a new question gets one. */
  id: z.string().trim().max(MAX_QUESTION_KEY_LENGTH).optional(),
  kind: z.enum(questionKinds, problem("courses.errors.questionKind")),
  labelEn: requiredText(
    MAX_QUESTION_LABEL_LENGTH,
    problem("courses.errors.questionLabelMissing"),
    problem("courses.errors.questionLabelTooLong"),
  ),
  labelEs: requiredText(
    MAX_QUESTION_LABEL_LENGTH,
    problem("courses.errors.questionLabelMissing"),
    problem("courses.errors.questionLabelTooLong"),
  ),
  options: z.array(optionInput).max(MAX_OPTIONS, problem("courses.errors.tooManyOptions")).default([]),
  required: z.boolean().default(false),
  sensitive: z.boolean().default(false),
  /**
   * Months as typed ("" is the hub's period) or as a number, read by the retention rule's parser; a bad value is
   * reported with the other question problems below, where the message can name the bounds.
   */
  retentionMonths: z
    .union([z.number(), z.string(), z.null()], problem("courses.errors.retentionMonths"))
    .optional()
    .transform((value) => parseQuestionRetention(value)),
});

const ceInput = z.object({
  category: z.enum(ceCategories, problem("courses.errors.ceCategory")),
  hours: hours(problem("courses.errors.ceHours")),
});

/**
 * A course as input. In `questions`, null stands for a form row left blank, so the other rows keep their numbers and
 * every message lands beside the row it is about.
 */
export const courseInput = z.object({
  slug: z.string().trim().toLowerCase().max(MAX_SLUG_LENGTH, problem("courses.errors.slug")).default(""),
  form: z.enum(courseForms, problem("courses.errors.form")),
  titleEn: requiredText(
    MAX_COURSE_TITLE_LENGTH,
    problem("courses.errors.titleMissing"),
    problem("courses.errors.titleTooLong"),
  ),
  titleEs: requiredText(
    MAX_COURSE_TITLE_LENGTH,
    problem("courses.errors.titleMissing"),
    problem("courses.errors.titleTooLong"),
  ),
  summaryEn: text(MAX_COURSE_SUMMARY_LENGTH, problem("courses.errors.summaryTooLong")),
  summaryEs: text(MAX_COURSE_SUMMARY_LENGTH, problem("courses.errors.summaryTooLong")),
  descriptionEn: text(MAX_COURSE_DESCRIPTION_LENGTH, problem("courses.errors.descriptionTooLong")),
  descriptionEs: text(MAX_COURSE_DESCRIPTION_LENGTH, problem("courses.errors.descriptionTooLong")),
  audienceEn: text(MAX_COURSE_AUDIENCE_LENGTH, problem("courses.errors.audienceTooLong")),
  audienceEs: text(MAX_COURSE_AUDIENCE_LENGTH, problem("courses.errors.audienceTooLong")),
  imageUrl: webAddress({ httpsOnly: true, wrong: problem("courses.errors.imageUrl") }).prefault(""),
  contactHours: hours(problem("courses.errors.contactHours")),
  requiresApproval: z.boolean().default(false),
  prerequisiteIds: z
    .array(z.string().trim().min(1).max(MAX_ID_LENGTH))
    .max(MAX_PREREQUISITES, problem("courses.errors.tooManyPrerequisites"))
    .default([]),
  prerequisiteMode: z.enum(["all", "any"], problem("courses.errors.prerequisiteMode")).default("all"),
  questions: z
    .array(questionInput.nullable())
    .max(MAX_QUESTIONS, problem("courses.errors.tooManyQuestions"))
    .default([]),
  ceCategories: z.array(ceInput).max(ceCategories.length).default([]),
});

export type CourseInput = z.input<typeof courseInput>;

/** A course's stored fields, as the create and update use cases write them. */
export type CourseFields = {
  slug: string;
  form: (typeof courseForms)[number];
  titleEn: string;
  titleEs: string;
  summaryEn: string;
  summaryEs: string;
  descriptionEn: string;
  descriptionEs: string;
  audienceEn: string;
  audienceEs: string;
  imageUrl: string | null;
  contactMinutes: number;
  requiresApproval: boolean;
  prerequisiteMode: "all" | "any";
  questions: CourseQuestion[];
  ceCategories: CategoryMinutes[];
};

export type CheckedCourse = { fields: CourseFields; prerequisiteIds: string[] };

/** An option's stored value: from its English label, unique within the question. */
function optionValues(labels: string[]): string[] {
  const seen = new Set<string>();
  return labels.map((label, index) => {
    const base = slugify(label) || `option-${index + 1}`;
    let value = base;
    for (let n = 2; seen.has(value); n += 1) value = `${base}-${n}`;
    seen.add(value);
    return value;
  });
}

/** Checks a course's input and answers its stored fields, or throws one AppError("invalid") naming every field. */
export function checkCourseInput(raw: CourseInput): CheckedCourse {
  const parsed = courseInput.safeParse(raw);
  const problems: FieldError[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) =>
        fieldErrorOf(
          issue.path.map(String).join("."),
          issue.message,
          issue.code === "too_big" ? { max: Number(issue.maximum) } : undefined,
        ),
      );
  if (!parsed.success) throw invalid(problems);
  const course = parsed.data;

  const slug = course.slug || slugify(course.titleEn);
  if (!isSlug(slug)) problems.push({ path: "slug", message: problem("courses.errors.slug") });
  if (course.contactHours === 0)
    problems.push({ path: "contactHours", message: problem("courses.errors.contactHours") });
  if (course.contactHours > MAX_CONTACT_MINUTES)
    problems.push({ path: "contactHours", message: problem("courses.errors.contactHoursTooMany") });

  const questions: CourseQuestion[] = [];
  const usedIds = new Set<string>();
  course.questions.forEach((question, index) => {
    if (!question) return;
    const options = question.kind === "text" ? [] : question.options;
    if (question.kind === "choice" && options.length < 2)
      problems.push({ path: `questions.${index}.options`, message: problem("courses.errors.choiceOptions") });
    if (question.kind === "checkbox" && options.length < 1)
      problems.push({ path: `questions.${index}.options`, message: problem("courses.errors.checkboxOptions") });
    const retention = question.retentionMonths;
    if (!retention.ok)
      problems.push({
        path: `questions.${index}.retentionMonths`,
        message: problem("courses.errors.retentionMonths"),
        values: { ...retentionBounds.months },
      });
    // Only sensitive answers are forgotten after a period; a period on another question would promise what never runs.
    else if (retention.months !== null && !question.sensitive)
      problems.push({
        path: `questions.${index}.retentionMonths`,
        message: problem("courses.errors.retentionNotSensitive"),
      });
    let id =
      question.id && /^[\w-]+$/.test(question.id) && !usedIds.has(question.id)
        ? question.id
        : `q-${randomUUID().slice(0, 8)}`;
    while (usedIds.has(id)) id = `q-${randomUUID().slice(0, 8)}`;
    usedIds.add(id);
    const values = optionValues(options.map((option) => option.labelEn));
    questions.push({
      id,
      kind: question.kind,
      labelEn: question.labelEn,
      labelEs: question.labelEs,
      ...(options.length
        ? {
            options: options.map((option, i) => ({
              value: values[i]!,
              labelEn: option.labelEn,
              labelEs: option.labelEs,
            })),
          }
        : {}),
      required: question.required,
      sensitive: question.sensitive,
      ...(retention.ok && retention.months !== null ? { retentionMonths: retention.months } : {}),
    });
  });

  const categories: CategoryMinutes[] = [];
  course.ceCategories.forEach((entry, index) => {
    if (entry.hours === 0) return;
    if (categories.some((c) => c.category === entry.category))
      problems.push({ path: `ceCategories.${index}.category`, message: problem("courses.errors.ceRepeated") });
    else categories.push({ category: entry.category, minutes: entry.hours });
  });
  // One contact minute counts in one category only, so the categories together fit inside the course's hours.
  const ceTotal = categories.reduce((sum, c) => sum + c.minutes, 0);
  if (ceTotal > course.contactHours)
    problems.push({ path: "ceCategories", message: problem("courses.errors.ceMoreThanContact") });

  const prerequisiteIds = [...new Set(course.prerequisiteIds)];
  if (problems.length) throw invalid(problems);
  return {
    fields: {
      slug,
      form: course.form,
      titleEn: course.titleEn,
      titleEs: course.titleEs,
      summaryEn: course.summaryEn,
      summaryEs: course.summaryEs,
      descriptionEn: course.descriptionEn,
      descriptionEs: course.descriptionEs,
      audienceEn: course.audienceEn,
      audienceEs: course.audienceEs,
      imageUrl: course.imageUrl,
      contactMinutes: course.contactHours,
      requiresApproval: course.requiresApproval,
      prerequisiteMode: course.prerequisiteMode,
      questions,
      ceCategories: categories,
    },
    prerequisiteIds,
  };
}
