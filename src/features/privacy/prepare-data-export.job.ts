// The job contract for "download my data": prepare one person's archive (prepare-data-export.ts).
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const prepareDataExportJob = defineJobContract({
  name: "prepare-data-export",
  payload: z.object({ exportId: z.string().min(1) }),
  attempts: 3,
  dedupeKey: (payload) => `data-export:${payload.exportId}`,
});
