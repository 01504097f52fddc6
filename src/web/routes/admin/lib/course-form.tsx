// The course editor, for a new course and an existing one: works without JavaScript (blank question rows, and a button
// that adds one more), keeps what was typed, and puts every message beside its field.
import { MAX_SLUG_LENGTH } from "#core/slug.ts";
import { Form } from "react-router";
import { ceCategories, courseForms, questionKinds } from "#core/catalog.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import type { FormState } from "../../../components/forms.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../../../components/forms.tsx";
import { useLocale, useT } from "../../../components/i18n.tsx";
import { errorAt, FieldGroup, RadioGroup } from "./catalog-fields.tsx";
import {
  MAX_COURSE_AUDIENCE_LENGTH,
  MAX_COURSE_SUMMARY_LENGTH,
  MAX_COURSE_TITLE_LENGTH,
  MAX_QUESTION_LABEL_LENGTH,
} from "#core/limits.ts";

export const courseFormKeys: Record<(typeof courseForms)[number], MessageKey> = {
  overview: "courses.form.overview",
  core: "courses.form.core",
  advanced: "courses.form.advanced",
  co_reflection: "courses.form.co_reflection",
  training_of_trainers: "courses.form.training_of_trainers",
  other: "courses.form.other",
};

export const ceCategoryKeys: Record<(typeof ceCategories)[number], MessageKey> = {
  general: "courses.ce.general",
  suicide_prevention: "courses.ce.suicide_prevention",
  oral_health: "courses.ce.oral_health",
  ethics: "courses.ce.ethics",
  peer_support_recovery: "courses.ce.peer_support_recovery",
  cultural_responsiveness: "courses.ce.cultural_responsiveness",
  trauma_informed: "courses.ce.trauma_informed",
};

const questionKindKeys: Record<(typeof questionKinds)[number], MessageKey> = {
  text: "courses.question.kind.text",
  choice: "courses.question.kind.choice",
  checkbox: "courses.question.kind.checkbox",
};

/** Messages about a question's options come back per option; the summary and the field show them on the options box. */
export function editorErrors(errors: Record<string, string>): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors))
    shown[path.replace(/^(questions\.\d+\.options)\..*$/, "$1")] ??= message;
  return shown;
}

export type CourseChoice = { id: string; titleEn: string; titleEs: string; archived: boolean };

export function CourseForm(props: {
  values: Record<string, string>;
  questionRows: number;
  state?: FormState;
  /** Other courses this one may require. */
  courses: readonly CourseChoice[];
  submitLabel: string;
  /** The hub's period for sensitive answers, which a question's blank period means. */
  sensitiveAnswerMonths: number;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = editorErrors(props.state?.errors ?? {});
  const values = props.state?.values ?? props.values;
  const rows = Number(values.questionRows) || props.questionRows;
  const value = (name: string) => values[name] ?? "";
  const chosen = new Set((values.prerequisiteIds ?? "").split(" ").filter(Boolean));
  const title = (course: CourseChoice) => localizedField(course, "title", locale);
  return (
    <>
      <ErrorSummary errors={errors} formError={props.state?.formError} />
      <Form method="post" className="stack course-editor" noValidate>
        {/* Pressing Enter in a field saves; without this the first button of the form (add a question) would answer. */}
        <button type="submit" name="intent" value="save" hidden tabIndex={-1} aria-hidden="true" />
        <input type="hidden" name="questionRows" value={rows} />

        <h2>{t("courses.edit.section.basics")}</h2>
        <TextField
          name="titleEn"
          lang="en"
          label={t("courses.field.titleEn")}
          error={errors.titleEn}
          defaultValue={value("titleEn")}
          maxLength={MAX_COURSE_TITLE_LENGTH}
          required
        />
        <TextField
          name="titleEs"
          lang="es"
          label={t("courses.field.titleEs")}
          error={errors.titleEs}
          defaultValue={value("titleEs")}
          maxLength={MAX_COURSE_TITLE_LENGTH}
          required
        />
        <TextField
          name="slug"
          label={t("courses.field.slug")}
          hint={t("courses.field.slugHint")}
          error={errors.slug}
          defaultValue={value("slug")}
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_SLUG_LENGTH}
        />
        <SelectField
          name="form"
          label={t("courses.field.form")}
          hint={t("courses.field.formHint")}
          error={errors.form}
          defaultValue={value("form")}
        >
          {courseForms.map((form) => (
            <option key={form} value={form}>
              {t(courseFormKeys[form])}
            </option>
          ))}
        </SelectField>
        <TextField
          name="contactHours"
          inputMode="decimal"
          label={t("courses.field.contactHours")}
          hint={t("courses.field.contactHoursHint")}
          error={errors.contactHours}
          defaultValue={value("contactHours")}
          autoComplete="off"
          className="short-input"
          required
        />

        <h2>{t("courses.edit.section.texts")}</h2>
        <p className="muted">{t("courses.edit.textsExplain")}</p>
        <TextAreaField
          name="summaryEn"
          lang="en"
          rows={2}
          label={t("courses.field.summaryEn")}
          hint={t("courses.field.summaryHint")}
          error={errors.summaryEn}
          defaultValue={value("summaryEn")}
          maxLength={MAX_COURSE_SUMMARY_LENGTH}
        />
        <TextAreaField
          name="summaryEs"
          lang="es"
          rows={2}
          label={t("courses.field.summaryEs")}
          error={errors.summaryEs}
          defaultValue={value("summaryEs")}
          maxLength={MAX_COURSE_SUMMARY_LENGTH}
        />
        <TextAreaField
          name="descriptionEn"
          lang="en"
          rows={8}
          label={t("courses.field.descriptionEn")}
          hint={t("courses.field.descriptionHint")}
          error={errors.descriptionEn}
          defaultValue={value("descriptionEn")}
        />
        <TextAreaField
          name="descriptionEs"
          lang="es"
          rows={8}
          label={t("courses.field.descriptionEs")}
          error={errors.descriptionEs}
          defaultValue={value("descriptionEs")}
        />
        <TextAreaField
          name="audienceEn"
          lang="en"
          rows={2}
          label={t("courses.field.audienceEn")}
          hint={t("courses.field.audienceHint")}
          error={errors.audienceEn}
          defaultValue={value("audienceEn")}
          maxLength={MAX_COURSE_AUDIENCE_LENGTH}
        />
        <TextAreaField
          name="audienceEs"
          lang="es"
          rows={2}
          label={t("courses.field.audienceEs")}
          error={errors.audienceEs}
          defaultValue={value("audienceEs")}
          maxLength={MAX_COURSE_AUDIENCE_LENGTH}
        />
        <TextField
          name="imageUrl"
          type="url"
          label={t("courses.field.imageUrl")}
          hint={t("courses.field.imageUrlHint")}
          error={errors.imageUrl}
          defaultValue={value("imageUrl")}
          spellCheck={false}
          placeholder="https://"
        />

        <h2>{t("courses.edit.section.joining")}</h2>
        <FieldGroup
          id="field-prerequisiteIds"
          legend={t("courses.field.prerequisites")}
          hint={t("courses.field.prerequisitesHint")}
          error={errors.prerequisiteIds}
        >
          {props.courses.length === 0 ? <p className="muted">{t("courses.field.prerequisitesNone")}</p> : null}
          {props.courses.map((course) => (
            <CheckboxField
              key={course.id}
              id={`field-prerequisiteIds-${course.id}`}
              name="prerequisiteIds"
              value={course.id}
              label={
                course.archived ? t("courses.field.prerequisiteArchived", { title: title(course) }) : title(course)
              }
              defaultChecked={chosen.has(course.id)}
            />
          ))}
        </FieldGroup>
        <RadioGroup
          name="prerequisiteMode"
          legend={t("courses.field.prerequisiteMode")}
          error={errors.prerequisiteMode}
          value={value("prerequisiteMode") || "all"}
          options={[
            { value: "all", label: t("courses.field.prerequisiteMode.all") },
            { value: "any", label: t("courses.field.prerequisiteMode.any") },
          ]}
        />
        <CheckboxField
          name="requiresApproval"
          label={t("courses.field.requiresApproval")}
          hint={t("courses.field.requiresApprovalHint")}
          defaultChecked={value("requiresApproval") === "on"}
        />

        <h2 id="questions">{t("courses.edit.section.questions")}</h2>
        <p className="muted">{t("courses.edit.questionsExplain")}</p>
        {Array.from({ length: rows }, (_, index) => {
          const at = (name: string) => `questions.${index}.${name}`;
          return (
            <FieldGroup
              key={index}
              id={`field-questions.${index}`}
              legend={t("courses.question.legend", { number: index + 1 })}
              className="question-row card"
            >
              <input type="hidden" name={at("id")} value={value(at("id"))} />
              <SelectField
                name={at("kind")}
                label={t("courses.question.kind")}
                error={errors[at("kind")]}
                defaultValue={value(at("kind")) || "text"}
              >
                {questionKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(questionKindKeys[kind])}
                  </option>
                ))}
              </SelectField>
              <TextField
                name={at("labelEn")}
                lang="en"
                label={t("courses.question.labelEn")}
                error={errors[at("labelEn")]}
                defaultValue={value(at("labelEn"))}
                maxLength={MAX_QUESTION_LABEL_LENGTH}
              />
              <TextField
                name={at("labelEs")}
                lang="es"
                label={t("courses.question.labelEs")}
                error={errors[at("labelEs")]}
                defaultValue={value(at("labelEs"))}
                maxLength={MAX_QUESTION_LABEL_LENGTH}
              />
              <TextAreaField
                name={at("options")}
                rows={3}
                label={t("courses.question.options")}
                hint={t("courses.question.optionsHint")}
                error={errorAt(errors, at("options"))}
                defaultValue={value(at("options"))}
              />
              <CheckboxField
                id={`field-${at("required")}`}
                name={at("required")}
                label={t("courses.question.required")}
                defaultChecked={value(at("required")) === "on"}
              />
              <CheckboxField
                id={`field-${at("sensitive")}`}
                name={at("sensitive")}
                label={t("courses.question.sensitive")}
                hint={t("courses.question.sensitiveHint")}
                defaultChecked={value(at("sensitive")) === "on"}
              />
              <TextField
                name={at("retentionMonths")}
                inputMode="numeric"
                label={t("courses.question.retentionMonths")}
                hint={t("courses.question.retentionMonthsHint", { months: props.sensitiveAnswerMonths })}
                error={errors[at("retentionMonths")]}
                defaultValue={value(at("retentionMonths"))}
                autoComplete="off"
              />
            </FieldGroup>
          );
        })}
        <p className="muted">{t("courses.edit.removeQuestionHint")}</p>
        <button type="submit" name="intent" value="more-questions" className="secondary">
          {t("courses.edit.addQuestion")}
        </button>

        <h2>{t("courses.edit.section.ce")}</h2>
        <FieldGroup
          id="field-ceCategories"
          legend={t("courses.field.ce")}
          hint={t("courses.field.ceHint")}
          error={errors.ceCategories}
        >
          <div className="ce-grid">
            {ceCategories.map((category, index) => (
              <TextField
                key={category}
                name={`ceCategories.${index}.hours`}
                inputMode="decimal"
                label={t(ceCategoryKeys[category])}
                error={errors[`ceCategories.${index}.hours`]}
                defaultValue={value(`ceCategories.${index}.hours`)}
                autoComplete="off"
                className="short-input"
              />
            ))}
          </div>
        </FieldGroup>

        <p className="muted">{t("courses.edit.whatHappens")}</p>
        <SubmitButton>{props.submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
