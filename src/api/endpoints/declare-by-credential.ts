// POST /me/prerequisite-declarations and POST /me/outside-hours: a credential from another IPS hub, shown for a course's
// prerequisite or for CE hours. It counts at once when it verifies, comes from a trusted hub, stands for a matched
// training and names the caller; otherwise it waits for the hub team with the reason (decision 0037).
import { declareOutsideCompletionByCredential } from "#features/registration/declare-by-credential.ts";
import { addHoursByCredential } from "#features/certifications/add-hours-by-credential.ts";
import { defineEndpoint } from "../endpoint.ts";
import {
  OutsideHoursByCredential,
  OutsideHoursByCredentialRequest,
  PrerequisiteDeclaration,
  PrerequisiteDeclarationRequest,
} from "../credential-schemas.ts";

const CHECKS =
  "The credential is checked as `POST /credentials/verify` does (its proof against the keys its issuer publishes, dates, " +
  "status list, OB 3.0 schema), then against this hub's trusted hubs and the trainings matched to its courses, and " +
  "whether its hashed email identifier is the caller's account email. ";

const asText = (credential: string | Record<string, unknown>) =>
  typeof credential === "string" ? credential : JSON.stringify(credential);

export const declarePrerequisiteByCredential = defineEndpoint({
  operationId: "declarePrerequisiteByCredential",
  tag: "Your account",
  summary: "Declare a prerequisite with a credential",
  description:
    "A training done at another IPS hub that a course here builds on, shown with that hub's digital credential. " +
    CHECKS +
    "When all hold, the course counts as done at once (`accepted`); otherwise the declaration waits in the hub team's " +
    "queue with the reason and the verifier's report (`queued`). Either way it is on your prerequisites page.",
  request: { body: PrerequisiteDeclarationRequest },
  response: { status: 201, description: "The declaration is recorded.", schema: PrerequisiteDeclaration },
  problems: {
    invalid: "`credential` is missing or longer than 256 KB, or `courseId` is empty; `errors` names the field.",
    "not-found": "No course has this id.",
  },
  async handle({ services, viewer, body, actor }) {
    const declared = await declareOutsideCompletionByCredential(
      services,
      { viewer, courseId: body.courseId, credential: asText(body.credential) },
      actor,
    );
    return {
      body: {
        id: declared.id,
        status: declared.status === "approved" ? ("accepted" as const) : ("queued" as const),
        reason: declared.reason,
      },
    };
  },
});

export const addOutsideHoursByCredential = defineEndpoint({
  operationId: "addOutsideHoursByCredential",
  tag: "Your account",
  summary: "Add CE hours with a credential",
  description:
    "Continuing-education hours from another IPS hub's digital credential, added to your CE ledger. " +
    CHECKS +
    "When all hold (the training must be matched to one of this hub's courses), the hours are added already checked, " +
    "marked as from that hub (`accepted`); otherwise they are added unchecked and wait in the hub team's outside-hours " +
    "queue with the reason and the verifier's report (`queued`). One credential counts once per person: showing it " +
    "again answers 409 (remove a waiting entry on the certifications page first to have it checked again). Hours with a " +
    "file as evidence are added on the certifications page.",
  request: { body: OutsideHoursByCredentialRequest },
  response: { status: 201, description: "The hours are in your ledger.", schema: OutsideHoursByCredential },
  problems: {
    invalid:
      "`credential` is missing, longer than 256 KB, not a credential at all, or states no hours; `errors` names the field.",
    conflict: "This credential is already in your CE ledger.",
  },
  async handle({ services, viewer, body, actor }) {
    const added = await addHoursByCredential(
      services,
      { viewer, credential: asText(body.credential), inPerson: body.inPerson ?? false },
      actor,
    );
    return { body: added };
  },
});
