// Every endpoint implementation, by the operation id the access table names it with.
import type { Endpoint } from "../endpoint.ts";
import type { OperationId } from "../endpoint-table.ts";
import { issueToken } from "./issue-token.ts";
import { showMe } from "./show-me.ts";
import { listMyTokens } from "./list-my-tokens.ts";
import { revokeMyToken } from "./revoke-my-token.ts";
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
import { completeSession } from "./complete-session.ts";
// — credentials —
import { listMyCredentials } from "./list-my-credentials.ts";
import { verifyCredential } from "./verify-credential.ts";
import { revokeCredential } from "./revoke-credential.ts";
// — trainers (issue 10) —
import { listTrainers } from "./list-trainers.ts";
import { showTrainerStanding } from "./show-trainer-standing.ts";

export const endpoints: Record<OperationId, Endpoint> = {
  issueToken,
  showMe,
  listMyTokens,
  revokeMyToken,
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
  completeSession,
  // — credentials —
  listMyCredentials,
  verifyCredential,
  revokeCredential,
  // — trainers (issue 10) —
  listTrainers,
  showTrainerStanding,
  openApiDocument,
};
