// The job contract for re-issuing a person's credentials after their printed name changed (reissue-credentials.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

// No dedupe key: a second change while the first job runs must still be seen, and a run with nothing to do is cheap.
export const reissueCredentialsJob = defineJobContract({
  name: "reissue-credentials",
  payload: z.object({ userId: z.string() }),
  attempts: 5,
});
