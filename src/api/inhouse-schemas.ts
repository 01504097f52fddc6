// The JSON shapes of in-house training reports: the fixed fields every partner reports, and a report with its review.
import { z } from "zod";
import "zod-openapi";
import { MAX_ID_LENGTH } from "#core/limits.ts";
import { inhouseStatuses } from "#core/inhouse-trainings.ts";
import { InhouseReportInput, InhouseReviewInput } from "#features/inhouse/inhouse-input.ts";
import type { InhouseReportDetail, InhouseReportSummary } from "#features/inhouse/list-inhouse-reports.ts";

const instant = z.string().meta({ description: "An instant (ISO 8601, UTC).", examples: ["2026-11-04T18:00:00.000Z"] });

export const InhouseReportIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(MAX_ID_LENGTH)
    .meta({ description: "The report's id.", examples: ["3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c"] }),
});

export const InhouseReportListQuery = z.object({
  status: z.enum(inhouseStatuses).optional().meta({ description: "Only reports in this state." }),
});

export const InhouseReportRequest = InhouseReportInput.extend({
  submit: z.boolean().default(true).meta({
    description: "Send it to the hub for review now (the default); false keeps it as a draft, problems and all.",
  }),
}).meta({
  id: "InhouseReportRequest",
  description:
    "A training the organizational trainer ran for their organization, in fixed fields: the course, the training's time zone, format and language, each meeting's local date and times, every attendee with their minutes present at each meeting (in the meetings' order), and the evaluation (how many answered, and a summary).",
  examples: [
    {
      organizationId: "3c9e5a4b-2f1d-4e8a-9b7c-6d5e4f3a2b1c",
      courseId: "8d1f2e3a-4b5c-6d7e-8f9a-0b1c2d3e4f5a",
      timeZone: "America/Los_Angeles",
      format: "in_person",
      language: "en",
      meetings: [{ date: "2026-11-02", startTime: "09:00", endTime: "12:00" }],
      attendees: [{ name: "Ana Ruiz", email: "ana@example.org", minutes: [180] }],
      evaluation: { respondents: 1, summary: "Found the four tasks useful with clients." },
      submit: true,
    },
  ],
});

export const InhouseReviewRequest = InhouseReviewInput.meta({
  id: "InhouseReviewRequest",
  description: "The hub's decision: approve, ask for changes, or decline; the last two need a message for the trainer.",
  examples: [{ action: "request_changes", message: "Please add the minutes for the second day." }],
});

const Summary = z.object({
  id: z.string(),
  status: z.enum(inhouseStatuses),
  organization: z.object({ id: z.string(), name: z.string() }),
  reporter: z.object({ id: z.string(), name: z.string() }),
  course: z.object({ id: z.string(), title: z.object({ en: z.string(), es: z.string() }) }).nullable(),
  attendees: z.number().int(),
  firstMeeting: z.string().nullable().meta({ description: "The first meeting's local date." }),
  submittedAt: instant.nullable(),
  decidedAt: instant.nullable(),
  sessionId: z.string().nullable().meta({ description: "The completed session approval created." }),
});

export const InhouseReportList = z
  .object({ reports: z.array(Summary) })
  .meta({ id: "InhouseReportList", description: "The caller's own reports; for a hub admin, every report." });

export const InhouseReport = Summary.extend({
  fields: InhouseReportInput.omit({ organizationId: true }),
  problems: z
    .array(z.object({ field: z.string(), code: z.string() }))
    .meta({ description: "What still needs correcting before it can be submitted (a draft may have some)." }),
  messages: z.array(
    z.object({
      action: z.enum(["submit", "request_changes", "approve", "decline"]),
      body: z.string(),
      author: z.string().nullable(),
      createdAt: instant,
    }),
  ),
}).meta({ id: "InhouseReport", description: "One in-house training report, its fields and its review so far." });

export function inhouseSummaryBody(report: InhouseReportSummary) {
  return {
    id: report.id,
    status: report.status,
    organization: report.organization,
    reporter: report.reporter,
    course: report.course
      ? { id: report.course.id, title: { en: report.course.titleEn, es: report.course.titleEs } }
      : null,
    attendees: report.attendees,
    firstMeeting: report.firstMeeting,
    submittedAt: report.submittedAt?.toISOString() ?? null,
    decidedAt: report.decidedAt?.toISOString() ?? null,
    sessionId: report.sessionId,
  };
}

export function inhouseReportBody(report: InhouseReportDetail, problems: { field: string; code: string }[]) {
  return {
    ...inhouseSummaryBody(report),
    fields: report.fields,
    problems,
    messages: report.messages.map((message) => ({
      action: message.action as "submit" | "request_changes" | "approve" | "decline",
      body: message.body,
      author: message.author,
      createdAt: message.createdAt.toISOString(),
    })),
  };
}
