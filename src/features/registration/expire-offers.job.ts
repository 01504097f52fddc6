// The job contract for ending offers whose hold ran out (expire-offers.ts); the worker runs it every minute.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const expireOffersJob = defineJobContract({
  name: "expire-offers",
  payload: z.object({}).passthrough(),
  attempts: 5,
});
