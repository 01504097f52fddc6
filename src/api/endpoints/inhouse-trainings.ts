// /inhouse-trainings: an organizational trainer reports a training they ran for their partner organization, corrects it
// when the hub asks, and the hub's admins review it. One file: the five endpoints share their shapes and use cases.
import { saveInhouseReport } from "#features/inhouse/save-inhouse-report.ts";
import { reviewInhouseReport } from "#features/inhouse/review-inhouse-report.ts";
import { listInhouseReports as listReports, readInhouseReport } from "#features/inhouse/list-inhouse-reports.ts";
import { checkReportFields } from "#features/inhouse/check-report.ts";
import { isHubAdmin } from "#core/access.ts";
import { defineEndpoint } from "../endpoint.ts";
import {
  InhouseReport,
  InhouseReportIdParams,
  InhouseReportList,
  InhouseReportListQuery,
  InhouseReportRequest,
  InhouseReviewRequest,
  inhouseReportBody,
  inhouseSummaryBody,
} from "../inhouse-schemas.ts";

const reportProblems = {
  forbidden: "You are not an organizational trainer of this organization (the trainer role and an active staff link).",
  invalid:
    "A field is malformed, or (when submitting) the report has problems: each is named by its field path, as `meetings.1.endTime`.",
} as const;

export const createInhouseReport = defineEndpoint({
  operationId: "createInhouseReport",
  tag: "Partners",
  summary: "Report an in-house training",
  description:
    "An organizational trainer of the partner reports a training they ran: kept as a draft, or sent to the hub for review (the default). Audited.",
  request: { body: InhouseReportRequest },
  response: { status: 201, description: "The report, as saved.", schema: InhouseReport },
  problems: reportProblems,
  async handle({ services, viewer, body, actor }) {
    const { submit, ...input } = body;
    const saved = await saveInhouseReport(services, { viewer, input, submit }, actor);
    return { body: inhouseReportBody(await readInhouseReport(services.db, viewer, saved.id), saved.problems) };
  },
});

export const updateInhouseReport = defineEndpoint({
  operationId: "updateInhouseReport",
  tag: "Partners",
  summary: "Correct or submit an in-house training report",
  description:
    "The trainer who wrote a draft, or a report the hub sent back with a request for changes, replaces its fields and keeps it or submits it again.",
  request: { params: InhouseReportIdParams, body: InhouseReportRequest },
  response: { status: 200, description: "The report, as saved.", schema: InhouseReport },
  problems: {
    ...reportProblems,
    "not-found": "No report of yours has this id.",
    conflict: "The report is with the hub or already decided.",
  },
  async handle({ services, viewer, params, body, actor }) {
    const { submit, ...input } = body;
    const saved = await saveInhouseReport(services, { viewer, reportId: params.id, input, submit }, actor);
    return { body: inhouseReportBody(await readInhouseReport(services.db, viewer, saved.id), saved.problems) };
  },
});

export const listInhouseReports = defineEndpoint({
  operationId: "listInhouseReports",
  tag: "Partners",
  summary: "List in-house training reports",
  description:
    "A trainer's own reports; for a hub admin, every report (`status=submitted` is the review queue, oldest first).",
  request: { query: InhouseReportListQuery },
  response: { status: 200, description: "The reports.", schema: InhouseReportList },
  problems: {},
  async handle({ services, viewer, query }) {
    const reports = await listReports(services.db, viewer, {
      scope: isHubAdmin(viewer) ? "all" : "mine",
      statuses: query.status ? [query.status] : undefined,
    });
    return { body: { reports: reports.map(inhouseSummaryBody) } };
  },
});

export const showInhouseReport = defineEndpoint({
  operationId: "showInhouseReport",
  tag: "Partners",
  summary: "Show an in-house training report",
  description: "Its fields, what still needs correcting, and the review's messages; for its trainer and hub admins.",
  request: { params: InhouseReportIdParams },
  response: { status: 200, description: "The report.", schema: InhouseReport },
  problems: { "not-found": "No report you may see has this id." },
  async handle({ services, viewer, params }) {
    const report = await readInhouseReport(services.db, viewer, params.id);
    const check = await checkReportFields(services.db, report.fields, services.now());
    return { body: inhouseReportBody(report, check.problems) };
  },
});

export const reviewInhouseTraining = defineEndpoint({
  operationId: "reviewInhouseTraining",
  tag: "Partners",
  summary: "Review an in-house training report",
  description:
    "A hub admin approves a submitted report, asks for changes, or declines it (the last two with a message). Approval records the training as a completed session led by the organizational trainer; attendees who meet the course's completion rules complete, count in CE and impact, and get credentials that name the partner as the one who delivered it. Emits `inhouse_training.approved`. Audited.",
  request: { params: InhouseReportIdParams, body: InhouseReviewRequest },
  response: { status: 200, description: "The report after the decision.", schema: InhouseReport },
  problems: {
    "not-found": "No report has this id.",
    forbidden: "You reported this training yourself; someone else reviews it.",
    conflict: "The report is not waiting for review.",
    invalid: "A message is missing, or the report no longer passes its checks (a course was removed).",
  },
  async handle({ services, viewer, params, body, actor }) {
    await reviewInhouseReport(services, { viewer, reportId: params.id, input: body }, actor);
    return { body: inhouseReportBody(await readInhouseReport(services.db, viewer, params.id), []) };
  },
});
