// Runs the core checks on a report's fields against the hub's courses and the time zones it knows, and turns the
// problems into field errors a form and the API show in place.
import { schema, type Executor } from "#db/client.ts";
import { checkInhouseReport, type InhouseCheck, type InhouseReportFields } from "#core/inhouse-trainings.ts";
import { isSupportedTimeZone, supportedTimeZones } from "#core/time-zones.ts";
import type { FieldError } from "#platform/app-error.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { isEmailAddress } from "#features/validation/parse-input.ts";

export async function checkReportFields(db: Executor, fields: InhouseReportFields, now: Date): Promise<InhouseCheck> {
  const courses = await db.select({ id: schema.course.id }).from(schema.course);
  const zones = supportedTimeZones();
  return checkInhouseReport(fields, {
    now,
    courseIds: new Set(courses.map((course) => course.id)),
    isTimeZone: (zone) => isSupportedTimeZone(zone, zones),
    isEmail: isEmailAddress,
  });
}

export function fieldErrorsOf(check: InhouseCheck): FieldError[] {
  return check.problems.map((problem) => ({
    path: problem.field,
    message: `inhouse.problem.${problem.code}` as MessageKey,
  }));
}
