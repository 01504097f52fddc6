// Every endpoint implementation, by the operation id the access table names it with.
import type { Endpoint } from "../endpoint.ts";
import type { OperationId } from "../endpoint-table.ts";
import { issueToken } from "./issue-token.ts";
import { showMe } from "./show-me.ts";
import { listMyTokens } from "./list-my-tokens.ts";
import { revokeMyToken } from "./revoke-my-token.ts";
// — privacy (issue 14) —
import { requestMyAccountDeletion } from "./request-my-account-deletion.ts";
import { createUser } from "./create-user.ts";
import { showUser } from "./show-user.ts";
import { openApiDocument } from "./openapi-document.ts";
// — courses and sessions, admin —
import { listCourses } from "./list-courses.ts";
import { createCourse } from "./create-course.ts";
import { showCourse } from "./show-course.ts";
import { createSession } from "./create-session.ts";
// — catalog —
import { listSessions } from "./list-sessions.ts";
import { showSession } from "./show-session.ts";
// — registrations —
import { createRegistration } from "./create-registration.ts";
import { listSessionRegistrations } from "./list-session-registrations.ts";
import { listMyRegistrations } from "./list-my-registrations.ts";
import { showRegistration } from "./show-registration.ts";
import { cancelRegistration } from "./cancel-registration.ts";
import { acceptOffer } from "./accept-offer.ts";
import { declineOffer } from "./decline-offer.ts";
import { approveRegistration } from "./approve-registration.ts";
import { denyRegistration } from "./deny-registration.ts";
// — certifications —
import { listMyCertifications } from "./list-my-certifications.ts";
// — attendance —
import { recordSessionAttendance } from "./record-session-attendance.ts";
import { addWalkIn } from "./add-walk-in.ts";
import { completeSession } from "./complete-session.ts";
// — credentials —
import { listMyCredentials } from "./list-my-credentials.ts";
import { verifyCredential } from "./verify-credential.ts";
import { addOutsideHoursByCredential, declarePrerequisiteByCredential } from "./declare-by-credential.ts";
import { revokeCredential } from "./revoke-credential.ts";
// — webhooks —
import { createWebhookSubscription } from "./create-webhook-subscription.ts";
import { listWebhookSubscriptions } from "./list-webhook-subscriptions.ts";
import { deleteWebhookSubscription } from "./delete-webhook-subscription.ts";
import { listWebhookDeliveries } from "./list-webhook-deliveries.ts";
import { rotateWebhookSecret } from "./rotate-webhook-secret.ts";
import { redeliverWebhookMessage } from "./redeliver-webhook-message.ts";
// — evaluations —
import { showEvaluationResults } from "./show-evaluation-results.ts";
// — journal —
import {
  createMyIntention,
  createMyJournalEntry,
  deleteMyJournalEntry,
  exportMyJournal,
  listMyIntentions,
  listMyJournalEntries,
  showMyJournalEntry,
} from "./journal.ts";
// — partners —
import { listPartnerStaff } from "./list-partner-staff.ts";
import { listSponsoredBlocks } from "./list-sponsored-blocks.ts";
import { createSponsoredBlock } from "./create-sponsored-block.ts";
import { assignSponsoredSeat } from "./assign-sponsored-seat.ts";
// — impact (issue 12) —
import { showPublicImpact } from "./show-public-impact.ts";
import { showImpactDashboard } from "./show-impact-dashboard.ts";
// — circles —
import { listMyCircles } from "./list-my-circles.ts";
import { createCircle } from "./create-circle.ts";
import { showCircle } from "./show-circle.ts";
import { scheduleCircleMeetings } from "./schedule-circle-meetings.ts";
import { inviteToCircle } from "./invite-to-circle.ts";
import { answerCircleMeeting } from "./answer-circle-meeting.ts";
import { listReflectionPrompts } from "./list-reflection-prompts.ts";
import { leaveCircle } from "./leave-circle.ts";
import { answerCircleInvitation } from "./answer-circle-invitation.ts";
import { requestToJoinCircle } from "./request-to-join-circle.ts";
import { moveCircleMeeting } from "./move-circle-meeting.ts";
import { cancelCircleMeeting } from "./cancel-circle-meeting.ts";
import { setCircleMeetingFacilitator } from "./set-circle-meeting-facilitator.ts";
import { setCircleMeetingPrompt } from "./set-circle-meeting-prompt.ts";
import { recordCircleAttendance } from "./record-circle-attendance.ts";
import {
  answerCircleJoinRequest,
  archiveCircle,
  listCircleJoinRequests,
  restoreCircle,
  setCircleReminder,
} from "./circle-organizing.ts";
import {
  acknowledgeCircleAgreement,
  proposeCircleAgreementChange,
  publishCircleAgreement,
  showCircleAgreement,
} from "./circle-agreement.ts";
// — trainers (issue 10) —
import { listTrainers } from "./list-trainers.ts";
import { showTrainerStanding } from "./show-trainer-standing.ts";
// in-house trainings (issue 10, item 6)
import {
  createInhouseReport,
  listInhouseReports,
  reviewInhouseTraining,
  showInhouseReport,
  updateInhouseReport,
} from "./inhouse-trainings.ts";

export const endpoints: Record<OperationId, Endpoint> = {
  issueToken,
  showMe,
  listMyTokens,
  revokeMyToken,
  // — privacy (issue 14) —
  requestMyAccountDeletion,
  createUser,
  showUser,
  // — courses and sessions, admin —
  listCourses,
  createCourse,
  showCourse,
  createSession,
  // — catalog —
  listSessions,
  showSession,
  // — registrations —
  createRegistration,
  listSessionRegistrations,
  listMyRegistrations,
  showRegistration,
  cancelRegistration,
  acceptOffer,
  declineOffer,
  approveRegistration,
  denyRegistration,
  // — certifications —
  listMyCertifications,
  // — attendance —
  recordSessionAttendance,
  addWalkIn,
  completeSession,
  // — credentials —
  listMyCredentials,
  verifyCredential,
  declarePrerequisiteByCredential,
  addOutsideHoursByCredential,
  revokeCredential,
  // — evaluations —
  showEvaluationResults,
  // — partners —
  listPartnerStaff,
  listSponsoredBlocks,
  createSponsoredBlock,
  assignSponsoredSeat,
  // — trainers (issue 10) —
  listTrainers,
  showTrainerStanding,
  openApiDocument,
  // — webhooks —
  createWebhookSubscription,
  listWebhookSubscriptions,
  deleteWebhookSubscription,
  listWebhookDeliveries,
  rotateWebhookSecret,
  redeliverWebhookMessage,
  // — journal —
  listMyJournalEntries,
  createMyJournalEntry,
  showMyJournalEntry,
  deleteMyJournalEntry,
  listMyIntentions,
  createMyIntention,
  exportMyJournal,
  // — impact (issue 12) —
  showPublicImpact,
  showImpactDashboard,
  // — circles —
  listMyCircles,
  createCircle,
  showCircle,
  scheduleCircleMeetings,
  inviteToCircle,
  answerCircleMeeting,
  listReflectionPrompts,
  leaveCircle,
  answerCircleInvitation,
  requestToJoinCircle,
  moveCircleMeeting,
  cancelCircleMeeting,
  setCircleMeetingFacilitator,
  setCircleMeetingPrompt,
  recordCircleAttendance,
  showCircleAgreement,
  proposeCircleAgreementChange,
  publishCircleAgreement,
  acknowledgeCircleAgreement,
  listCircleJoinRequests,
  answerCircleJoinRequest,
  setCircleReminder,
  archiveCircle,
  restoreCircle,
  // in-house trainings (issue 10, item 6)
  createInhouseReport,
  listInhouseReports,
  showInhouseReport,
  updateInhouseReport,
  reviewInhouseTraining,
};
