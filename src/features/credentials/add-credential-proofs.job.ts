// The job contract for giving credentials issued before embedded proofs their Data Integrity proof (add-credential-proofs.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const addCredentialProofsJob = defineJobContract({
  name: "add-credential-proofs",
  payload: z.object({}),
  attempts: 5,
  // One run does every credential still without a proof; a second request while it waits adds nothing.
  dedupeKey: () => "add-credential-proofs",
});
