// The job contract for issuing one registration's credential (issue-credential.ts); sign-off queues one per completion.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const issueCredentialJob = defineJobContract({
  name: "issue-credential",
  payload: z.object({ registrationId: z.string() }),
  attempts: 5,
  dedupeKey: ({ registrationId }) => `credential:${registrationId}`,
});
