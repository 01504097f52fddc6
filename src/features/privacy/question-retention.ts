// The questions whose answers follow their own retention period instead of the hub's period for sensitive answers
// (decision 0040), for the public privacy page: what the daily purge will do, in plain words.
import { asc } from "drizzle-orm";
import { schema, type Executor } from "#db/client.ts";
import { isQuestionRetentionMonths } from "#core/retention.ts";

export type QuestionRetention = {
  courseTitleEn: string;
  courseTitleEs: string;
  labelEn: string;
  labelEs: string;
  /** Months after the session ends that the answers are kept. */
  months: number;
};

/**
 * Every sensitive question with a period of its own, archived courses included: their registrations are purged by the
 * same rule. A stored period out of bounds is left out, as the purge applies the category's period to it.
 */
export async function listQuestionRetention(db: Executor): Promise<QuestionRetention[]> {
  const courses = await db
    .select({ titleEn: schema.course.titleEn, titleEs: schema.course.titleEs, questions: schema.course.questions })
    .from(schema.course)
    .orderBy(asc(schema.course.titleEn), asc(schema.course.id));
  return courses.flatMap((course) =>
    course.questions
      .filter((question) => question.sensitive && isQuestionRetentionMonths(question.retentionMonths))
      .map((question) => ({
        courseTitleEn: course.titleEn,
        courseTitleEs: course.titleEs,
        labelEn: question.labelEn,
        labelEs: question.labelEs,
        months: question.retentionMonths as number,
      })),
  );
}
