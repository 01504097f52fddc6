// The job contract for "delete my account": carry out one person's deletion request (delete-account.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const deleteAccountJob = defineJobContract({
  name: "delete-account",
  payload: z.object({ deletionId: z.string().min(1) }),
  // The job is one transaction and does nothing twice: a retry after a crash starts over from the same state.
  attempts: 10,
  dedupeKey: (payload) => `account-deletion:${payload.deletionId}`,
});
