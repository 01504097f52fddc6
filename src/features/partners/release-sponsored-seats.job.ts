// The job contract for handing sponsored blocks' unused seats back to the public at their release date (sponsored-blocks.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const releaseSponsoredSeatsJob = defineJobContract({
  name: "release-sponsored-seats",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
