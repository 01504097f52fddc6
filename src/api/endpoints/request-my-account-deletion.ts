// POST /me/deletion: the caller asks for their own account to be deleted (decision 0038).
import { requestAccountDeletion } from "#features/privacy/request-account-deletion.ts";
import { defineEndpoint } from "../endpoint.ts";
import { AccountDeletion, AccountDeletionRequest } from "../privacy-schemas.ts";

export const requestMyAccountDeletion = defineEndpoint({
  operationId: "requestMyAccountDeletion",
  tag: "Your account",
  summary: "Delete your account",
  description:
    "Deletes your account, confirmed with your password. From this moment every session and every access token of yours " +
    "stops working, this one included; a job finishes within minutes and emails you, at your current address, when it is done. " +
    "It cannot be undone, and nobody (not even a hub admin) can stop it.\n\n" +
    "**Deleted:** your profile and contact details, your registration answers, pronouns, access needs and scholarship notes, " +
    "your places in trainings that have not ended (each seat goes to the next person waiting), your journal (its key is " +
    "destroyed), circle memberships, testimonials, certifications and CE hours with their evidence files, your trainer " +
    "profile and photo, your password, sessions and tokens. Your consents are closed.\n\n" +
    "**Kept, without any way to contact you:** a completion record for each training you finished and the audit log, with " +
    "you shown as “Deleted account”. Your credentials stay verifiable or are revoked, as you choose.",
  request: { body: AccountDeletionRequest },
  response: {
    status: 201,
    description: "The request is made; you are signed out everywhere.",
    schema: AccountDeletion,
  },
  problems: {
    conflict: "Your account is already being deleted, or you are the hub's only admin.",
    "rate-limited": "Too many wrong passwords: wait as `Retry-After` says.",
  },
  async handle({ services, viewer, body, actor, clientIp }) {
    const asked = await requestAccountDeletion(services, { viewer, ...body, ip: clientIp }, actor);
    return { body: { id: asked.id, status: "pending" as const, requestedAt: asked.requestedAt.toISOString() } };
  },
});
