// The job contract for deleting "download my data" archives once their link has expired (purge-data-exports.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const purgeDataExportsJob = defineJobContract({
  name: "purge-data-exports",
  payload: z.object({}).passthrough(),
  attempts: 3,
});
