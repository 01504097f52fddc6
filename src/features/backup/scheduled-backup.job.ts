// The job contract for a scheduled backup into BACKUP_DIR (backup-to-folder.ts); the worker runs it on BACKUP_SCHEDULE.
import { z } from "zod";
import { defineJobContract } from "#platform/jobs/contract.ts";

export const scheduledBackupJob = defineJobContract({
  name: "backup.scheduled",
  payload: z.object({}).passthrough(),
  attempts: 3,
});
