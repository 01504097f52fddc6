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
// — courses and sessions, admin (H1) —
import { listCourses } from "./list-courses.ts";
import { createCourse } from "./create-course.ts";
import { showCourse } from "./show-course.ts";
import { createSession } from "./create-session.ts";
// — catalog (H2) —
import { listSessions } from "./list-sessions.ts";
import { showSession } from "./show-session.ts";
// — registrations (H6) —
import { createRegistration } from "./create-registration.ts";
import { listSessionRegistrations } from "./list-session-registrations.ts";
import { listMyRegistrations } from "./list-my-registrations.ts";
import { showRegistration } from "./show-registration.ts";
import { cancelRegistration } from "./cancel-registration.ts";
import { acceptOffer } from "./accept-offer.ts";
import { declineOffer } from "./decline-offer.ts";
import { approveRegistration } from "./approve-registration.ts";
import { denyRegistration } from "./deny-registration.ts";
// — certifications (lead) —
import { listMyCertifications } from "./list-my-certifications.ts";
// — attendance (H8) —
import { recordSessionAttendance } from "./record-session-attendance.ts";
import { completeSession } from "./complete-session.ts";
// — credentials (H7) —
import { listMyCredentials } from "./list-my-credentials.ts";
import { verifyCredential } from "./verify-credential.ts";
import { revokeCredential } from "./revoke-credential.ts";

export const endpoints: Record<OperationId, Endpoint> = {
  issueToken,
  showMe,
  listMyTokens,
  revokeMyToken,
  createUser,
  showUser,
  // — courses and sessions, admin (H1) —
  listCourses,
  createCourse,
  showCourse,
  createSession,
  // — catalog (H2) —
  listSessions,
  showSession,
  // — registrations (H6) —
  createRegistration,
  listSessionRegistrations,
  listMyRegistrations,
  showRegistration,
  cancelRegistration,
  acceptOffer,
  declineOffer,
  approveRegistration,
  denyRegistration,
  // — certifications (lead) —
  listMyCertifications,
  // — attendance (H8) —
  recordSessionAttendance,
  completeSession,
  // — credentials (H7) —
  listMyCredentials,
  verifyCredential,
  revokeCredential,
  openApiDocument,
};
