// Reads the course editor's posted form into a course input, and keeps every value as typed to show again.
import { ceCategories, questionKinds } from "#core/catalog.ts";
import type { CourseInput } from "#features/catalog/course-input.ts";
import type { CourseDetail } from "#features/catalog/read-course.ts";
import { hoursFromMinutes } from "#core/decimal-input.ts";
import { MAX_QUESTIONS } from "#core/limits.ts";

/** Blank question rows the editor shows below the course's questions; "add a question" shows one more. */
export const SPARE_QUESTION_ROWS = 1;

export const courseTextFields = [
  "slug",
  "form",
  "titleEn",
  "titleEs",
  "summaryEn",
  "summaryEs",
  "descriptionEn",
  "descriptionEs",
  "audienceEn",
  "audienceEs",
  "imageUrl",
  "contactHours",
  "prerequisiteMode",
] as const;

const questionFields = ["id", "kind", "labelEn", "labelEs", "options", "retentionMonths"] as const;

/** One option a line: "English | Spanish"; a line without a bar is the same in both languages. */
export function optionsFromText(text: string): Array<{ labelEn: string; labelEs: string }> {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [en, ...rest] = line.split("|");
      const es = rest.join("|").trim();
      return { labelEn: en!.trim(), labelEs: es || en!.trim() };
    });
}

export function optionsAsText(options: ReadonlyArray<{ labelEn: string; labelEs: string }> | undefined): string {
  return (options ?? [])
    .map((option) => (option.labelEn === option.labelEs ? option.labelEn : `${option.labelEn} | ${option.labelEs}`))
    .join("\n");
}

export function questionRowCount(value: string | undefined, fallback: number): number {
  const rows = Number(value);
  return Number.isInteger(rows) && rows >= 1 ? Math.min(rows, MAX_QUESTIONS) : fallback;
}

/** The posted form as a course input (blank question rows as null) and as the values to show again. */
export function courseFromForm(form: FormData): {
  course: CourseInput;
  values: Record<string, string>;
  questionRows: number;
} {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: Record<string, string> = {};
  for (const name of courseTextFields) values[name] = field(name);
  values.requiresApproval = field("requiresApproval") === "on" ? "on" : "";
  const prerequisiteIds = form
    .getAll("prerequisiteIds")
    .filter((value): value is string => typeof value === "string" && value !== "");
  values.prerequisiteIds = prerequisiteIds.join(" ");

  const ceEntries = ceCategories.map((category, index) => {
    const hours = field(`ceCategories.${index}.hours`);
    values[`ceCategories.${index}.hours`] = hours;
    return { category, hours: hours.trim() === "" ? "0" : hours };
  });

  const questionRows = questionRowCount(field("questionRows"), 1);
  values.questionRows = String(questionRows);
  const questions: CourseInput["questions"] = [];
  for (let index = 0; index < questionRows; index += 1) {
    const at = (name: string) => `questions.${index}.${name}`;
    for (const name of questionFields) values[at(name)] = field(at(name));
    values[at("required")] = field(at("required")) === "on" ? "on" : "";
    values[at("sensitive")] = field(at("sensitive")) === "on" ? "on" : "";
    const blank = !values[at("labelEn")]!.trim() && !values[at("labelEs")]!.trim() && !values[at("options")]!.trim();
    const kind = values[at("kind")]!;
    questions.push(
      blank
        ? null
        : {
            id: values[at("id")] || undefined,
            kind: kind as (typeof questionKinds)[number],
            labelEn: values[at("labelEn")]!,
            labelEs: values[at("labelEs")]!,
            options: optionsFromText(values[at("options")]!),
            required: values[at("required")] === "on",
            sensitive: values[at("sensitive")] === "on",
            retentionMonths: values[at("retentionMonths")],
          },
    );
  }

  return {
    course: {
      slug: values.slug,
      form: values.form as CourseInput["form"],
      titleEn: values.titleEn!,
      titleEs: values.titleEs!,
      summaryEn: values.summaryEn,
      summaryEs: values.summaryEs,
      descriptionEn: values.descriptionEn,
      descriptionEs: values.descriptionEs,
      audienceEn: values.audienceEn,
      audienceEs: values.audienceEs,
      imageUrl: values.imageUrl,
      contactHours: values.contactHours!,
      requiresApproval: values.requiresApproval === "on",
      prerequisiteIds,
      prerequisiteMode: (values.prerequisiteMode || "all") as "all" | "any",
      questions,
      ceCategories: ceEntries,
    },
    values,
    questionRows,
  };
}

/** A saved course as the editor's values; a new course starts with these defaults. */
export function courseFormValues(course: CourseDetail | null): {
  values: Record<string, string>;
  questionRows: number;
} {
  const values: Record<string, string> = {};
  if (!course) {
    for (const name of courseTextFields) values[name] = "";
    values.prerequisiteMode = "all";
    values.form = "core";
    values.questionRows = String(SPARE_QUESTION_ROWS);
    return { values, questionRows: SPARE_QUESTION_ROWS };
  }
  for (const name of courseTextFields) {
    if (name === "contactHours") values[name] = hoursFromMinutes(course.contactMinutes);
    else values[name] = String(course[name] ?? "");
  }
  values.requiresApproval = course.requiresApproval ? "on" : "";
  values.prerequisiteIds = course.prerequisites.map((p) => p.id).join(" ");
  ceCategories.forEach((category, index) => {
    const minutes = course.ceCategories.find((entry) => entry.category === category)?.minutes;
    values[`ceCategories.${index}.hours`] = minutes ? hoursFromMinutes(minutes) : "";
  });
  course.questions.forEach((question, index) => {
    const at = (name: string) => `questions.${index}.${name}`;
    values[at("id")] = question.id;
    values[at("kind")] = question.kind;
    values[at("labelEn")] = question.labelEn;
    values[at("labelEs")] = question.labelEs;
    values[at("options")] = optionsAsText(question.options);
    values[at("required")] = question.required ? "on" : "";
    values[at("sensitive")] = question.sensitive ? "on" : "";
    values[at("retentionMonths")] = question.retentionMonths ? String(question.retentionMonths) : "";
  });
  const questionRows = Math.min(course.questions.length + SPARE_QUESTION_ROWS, MAX_QUESTIONS);
  values.questionRows = String(questionRows);
  return { values, questionRows };
}
