// The fixed fields of an in-house training report as pages and the API send them; the one definition of that input.
import { z } from "zod";
import {
  MAX_INHOUSE_ATTENDEES,
  MAX_INHOUSE_EVALUATION_LENGTH,
  MAX_INHOUSE_MEETINGS,
  MAX_INHOUSE_MESSAGE_LENGTH,
  inhouseFormats,
  inhouseLanguages,
} from "#core/inhouse-trainings.ts";
import { MAX_EMAIL_LENGTH, MAX_ID_LENGTH } from "#core/limits.ts";
import { MAX_CHOSEN_NAME_LENGTH } from "#core/names.ts";

/** Lengths here only keep junk out; the rules in core say what a good report is, field by field. */
export const InhouseReportInput = z.object({
  organizationId: z.string().min(1).max(MAX_ID_LENGTH),
  courseId: z.string().min(1).max(MAX_ID_LENGTH),
  timeZone: z.string().min(1).max(64),
  format: z.enum(inhouseFormats),
  language: z.enum(inhouseLanguages),
  meetings: z
    .array(z.object({ date: z.string().max(10), startTime: z.string().max(5), endTime: z.string().max(5) }))
    .max(MAX_INHOUSE_MEETINGS),
  attendees: z
    .array(
      z.object({
        name: z.string().max(MAX_CHOSEN_NAME_LENGTH),
        email: z.string().max(MAX_EMAIL_LENGTH),
        minutes: z
          .array(
            z
              .number()
              .int()
              .min(0)
              .max(24 * 60),
          )
          .max(MAX_INHOUSE_MEETINGS),
      }),
    )
    .max(MAX_INHOUSE_ATTENDEES),
  evaluation: z.object({
    respondents: z.number().int().min(0).max(MAX_INHOUSE_ATTENDEES),
    summary: z.string().max(MAX_INHOUSE_EVALUATION_LENGTH),
  }),
});
export type InhouseReportInput = z.input<typeof InhouseReportInput>;

export const InhouseReviewInput = z.object({
  action: z.enum(["request_changes", "approve", "decline"]),
  message: z.string().max(MAX_INHOUSE_MESSAGE_LENGTH).default(""),
});
export type InhouseReviewInput = z.input<typeof InhouseReviewInput>;
