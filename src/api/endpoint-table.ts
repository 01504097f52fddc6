// Who may call which API endpoint: the one access table, read by the router's guard, the OpenAPI document and the route-walk test.
import type { AccessLevel } from "#core/access.ts";

/** Every path below is relative to this prefix. */
export const API_BASE_PATH = "/api/v1";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type EndpointRow = {
  method: HttpMethod;
  /** OpenAPI style, relative to API_BASE_PATH: `/me/tokens/{id}`. */
  path: string;
  /** Checked with `decideAccess` before the endpoint runs; a row without a level is refused. */
  access: AccessLevel;
  /** Names the implementation in `endpoints/` and the operation in the OpenAPI document. */
  operationId: string;
};

export const endpointTable = [
  { method: "post", path: "/auth/token", access: "public", operationId: "issueToken" },
  { method: "get", path: "/me", access: "signed-in", operationId: "showMe" },
  { method: "get", path: "/me/tokens", access: "signed-in", operationId: "listMyTokens" },
  { method: "delete", path: "/me/tokens/{id}", access: "signed-in", operationId: "revokeMyToken" },
  // — privacy (issue 14) —
  { method: "post", path: "/me/deletion", access: "signed-in", operationId: "requestMyAccountDeletion" },
  { method: "post", path: "/users", access: "admin", operationId: "createUser" },
  { method: "get", path: "/users/{id}", access: "admin", operationId: "showUser" },
  // — courses and sessions, admin —
  { method: "get", path: "/courses", access: "public", operationId: "listCourses" },
  { method: "post", path: "/courses", access: "admin", operationId: "createCourse" },
  { method: "get", path: "/courses/{id}", access: "public", operationId: "showCourse" },
  { method: "post", path: "/sessions", access: "admin", operationId: "createSession" },
  // — catalog —
  { method: "get", path: "/sessions", access: "public", operationId: "listSessions" },
  { method: "get", path: "/sessions/{id}", access: "public", operationId: "showSession" },
  // — registrations —
  { method: "post", path: "/sessions/{id}/registrations", access: "signed-in", operationId: "createRegistration" },
  { method: "get", path: "/sessions/{id}/registrations", access: "trainer", operationId: "listSessionRegistrations" },
  { method: "get", path: "/me/registrations", access: "signed-in", operationId: "listMyRegistrations" },
  { method: "get", path: "/registrations/{id}", access: "signed-in", operationId: "showRegistration" },
  { method: "post", path: "/registrations/{id}/cancel", access: "signed-in", operationId: "cancelRegistration" },
  { method: "post", path: "/registrations/{id}/accept", access: "signed-in", operationId: "acceptOffer" },
  { method: "post", path: "/registrations/{id}/decline", access: "signed-in", operationId: "declineOffer" },
  { method: "post", path: "/registrations/{id}/approve", access: "admin", operationId: "approveRegistration" },
  { method: "post", path: "/registrations/{id}/deny", access: "admin", operationId: "denyRegistration" },
  // — certifications —
  { method: "get", path: "/me/certifications", access: "signed-in", operationId: "listMyCertifications" },
  // — attendance —
  { method: "put", path: "/sessions/{id}/attendance", access: "trainer", operationId: "recordSessionAttendance" },
  { method: "post", path: "/sessions/{id}/walk-ins", access: "trainer", operationId: "addWalkIn" },
  { method: "post", path: "/sessions/{id}/complete", access: "trainer", operationId: "completeSession" },
  // — credentials —
  { method: "get", path: "/me/credentials", access: "signed-in", operationId: "listMyCredentials" },
  { method: "post", path: "/credentials/verify", access: "public", operationId: "verifyCredential" },
  // A credential from another IPS hub, shown for a prerequisite or for CE hours (decision 0037)
  {
    method: "post",
    path: "/me/prerequisite-declarations",
    access: "signed-in",
    operationId: "declarePrerequisiteByCredential",
  },
  { method: "post", path: "/me/outside-hours", access: "signed-in", operationId: "addOutsideHoursByCredential" },
  { method: "post", path: "/credentials/{id}/revoke", access: "admin", operationId: "revokeCredential" },
  // — evaluations —
  { method: "get", path: "/evaluations/results", access: "trainer", operationId: "showEvaluationResults" },
  // — partners —
  { method: "get", path: "/organizations/{id}/staff", access: "partner-admin", operationId: "listPartnerStaff" },
  {
    method: "get",
    path: "/organizations/{id}/sponsored-blocks",
    access: "partner-admin",
    operationId: "listSponsoredBlocks",
  },
  { method: "post", path: "/sponsored-blocks", access: "admin", operationId: "createSponsoredBlock" },
  { method: "post", path: "/sponsored-blocks/{id}/seats", access: "partner-admin", operationId: "assignSponsoredSeat" },
  // — trainers (issue 10) —
  { method: "get", path: "/trainers", access: "admin", operationId: "listTrainers" },
  { method: "get", path: "/trainers/{id}/standing", access: "trainer", operationId: "showTrainerStanding" },
  { method: "get", path: "/openapi.json", access: "public", operationId: "openApiDocument" },
  // — webhooks —
  { method: "post", path: "/webhook-subscriptions", access: "admin", operationId: "createWebhookSubscription" },
  { method: "get", path: "/webhook-subscriptions", access: "admin", operationId: "listWebhookSubscriptions" },
  { method: "delete", path: "/webhook-subscriptions/{id}", access: "admin", operationId: "deleteWebhookSubscription" },
  {
    method: "get",
    path: "/webhook-subscriptions/{id}/deliveries",
    access: "admin",
    operationId: "listWebhookDeliveries",
  },
  {
    method: "post",
    path: "/webhook-subscriptions/{id}/rotate-secret",
    access: "admin",
    operationId: "rotateWebhookSecret",
  },
  {
    method: "post",
    path: "/webhook-subscriptions/{id}/deliveries/{messageId}/redeliver",
    access: "admin",
    operationId: "redeliverWebhookMessage",
  },
  // — journal: the caller's own, whatever their role —
  { method: "get", path: "/me/journal/entries", access: "signed-in", operationId: "listMyJournalEntries" },
  { method: "post", path: "/me/journal/entries", access: "signed-in", operationId: "createMyJournalEntry" },
  { method: "get", path: "/me/journal/entries/{id}", access: "signed-in", operationId: "showMyJournalEntry" },
  { method: "delete", path: "/me/journal/entries/{id}", access: "signed-in", operationId: "deleteMyJournalEntry" },
  { method: "get", path: "/me/journal/intentions", access: "signed-in", operationId: "listMyIntentions" },
  { method: "post", path: "/me/journal/intentions", access: "signed-in", operationId: "createMyIntention" },
  { method: "get", path: "/me/journal/export", access: "signed-in", operationId: "exportMyJournal" },
  // — impact (issue 12) —
  { method: "get", path: "/impact", access: "public", operationId: "showPublicImpact" },
  { method: "get", path: "/impact/dashboard", access: "admin", operationId: "showImpactDashboard" },
  // — circles —
  { method: "get", path: "/me/circles", access: "signed-in", operationId: "listMyCircles" },
  { method: "post", path: "/circles", access: "signed-in", operationId: "createCircle" },
  { method: "get", path: "/circles/{id}", access: "signed-in", operationId: "showCircle" },
  { method: "post", path: "/circles/{id}/meetings", access: "signed-in", operationId: "scheduleCircleMeetings" },
  { method: "post", path: "/circles/{id}/invitations", access: "signed-in", operationId: "inviteToCircle" },
  {
    method: "put",
    path: "/circles/{id}/meetings/{meetingId}/rsvp",
    access: "signed-in",
    operationId: "answerCircleMeeting",
  },
  { method: "get", path: "/prompts", access: "signed-in", operationId: "listReflectionPrompts" },
  { method: "delete", path: "/me/circles/{id}", access: "signed-in", operationId: "leaveCircle" },
  {
    method: "post",
    path: "/me/circle-invitations/{id}/answer",
    access: "signed-in",
    operationId: "answerCircleInvitation",
  },
  { method: "post", path: "/circles/{id}/join-requests", access: "signed-in", operationId: "requestToJoinCircle" },
  {
    method: "patch",
    path: "/circles/{id}/meetings/{meetingId}",
    access: "signed-in",
    operationId: "moveCircleMeeting",
  },
  {
    method: "post",
    path: "/circles/{id}/meetings/{meetingId}/cancel",
    access: "signed-in",
    operationId: "cancelCircleMeeting",
  },
  {
    method: "put",
    path: "/circles/{id}/meetings/{meetingId}/facilitator",
    access: "signed-in",
    operationId: "setCircleMeetingFacilitator",
  },
  {
    method: "put",
    path: "/circles/{id}/meetings/{meetingId}/prompt",
    access: "signed-in",
    operationId: "setCircleMeetingPrompt",
  },
  {
    method: "put",
    path: "/circles/{id}/meetings/{meetingId}/attendance",
    access: "signed-in",
    operationId: "recordCircleAttendance",
  },
  { method: "get", path: "/circles/{id}/agreement", access: "signed-in", operationId: "showCircleAgreement" },
  {
    method: "post",
    path: "/circles/{id}/agreement/proposals",
    access: "signed-in",
    operationId: "proposeCircleAgreementChange",
  },
  {
    method: "post",
    path: "/circles/{id}/agreement/versions",
    access: "signed-in",
    operationId: "publishCircleAgreement",
  },
  {
    method: "post",
    path: "/circles/{id}/agreement/acknowledgements",
    access: "signed-in",
    operationId: "acknowledgeCircleAgreement",
  },
  { method: "get", path: "/circles/{id}/join-requests", access: "signed-in", operationId: "listCircleJoinRequests" },
  {
    method: "post",
    path: "/circles/{id}/join-requests/{userId}/answer",
    access: "signed-in",
    operationId: "answerCircleJoinRequest",
  },
  { method: "put", path: "/circles/{id}/reminder", access: "signed-in", operationId: "setCircleReminder" },
  { method: "post", path: "/circles/{id}/archive", access: "signed-in", operationId: "archiveCircle" },
  { method: "post", path: "/circles/{id}/restore", access: "admin", operationId: "restoreCircle" },
  // in-house trainings (issue 10, item 6)
  { method: "post", path: "/inhouse-trainings", access: "trainer", operationId: "createInhouseReport" },
  { method: "get", path: "/inhouse-trainings", access: "trainer", operationId: "listInhouseReports" },
  { method: "get", path: "/inhouse-trainings/{id}", access: "trainer", operationId: "showInhouseReport" },
  { method: "put", path: "/inhouse-trainings/{id}", access: "trainer", operationId: "updateInhouseReport" },
  { method: "post", path: "/inhouse-trainings/{id}/review", access: "admin", operationId: "reviewInhouseTraining" },
] as const satisfies readonly EndpointRow[];

export type OperationId = (typeof endpointTable)[number]["operationId"];
export type AccessOf<Id extends OperationId> = Extract<(typeof endpointTable)[number], { operationId: Id }>["access"];

/** `/me/tokens/{id}` → `/me/tokens/:id`, the form express matches. */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ":$1");
}
