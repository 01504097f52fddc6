// A backup into the backup folder under a name that carries its time, then the folder trimmed to the newest few.
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { DatabaseHandle } from "#db/client.ts";
import type { JobHandler } from "#platform/jobs/contract.ts";
import { backupFileName, backupsToDelete } from "#core/backup-rotation.ts";
import { backupTo } from "./backup.ts";
import type { scheduledBackupJob } from "./scheduled-backup.job.ts";

export type FolderBackup = { file: string; tables: number; rows: number; deleted: string[] };

/**
 * Writes `ips-hub-backup-<UTC time>.jsonl` into `dir` (made if missing), then deletes what the rotation rule says:
 * complete backups beyond the newest `keep`, and half-written files of runs that stopped. Only files named as backups
 * are ever deleted, so the folder may hold other things.
 */
export async function backupToFolder(
  database: DatabaseHandle,
  options: { dir: string; keep: number; now: Date },
): Promise<FolderBackup> {
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, backupFileName(options.now));
  const written = await backupTo(database, file);
  const deleted = backupsToDelete(await readdir(options.dir), options.keep);
  for (const name of deleted) await rm(path.join(options.dir, name), { force: true });
  return { file, ...written, deleted };
}

/** The worker's handler for `scheduledBackupJob`. */
export const scheduledBackupHandler: JobHandler<typeof scheduledBackupJob> = async (services) => {
  const settings = services.config.backup;
  // The schedule is registered only where BACKUP_DIR is set; a worker without it leaves the run to one that has it.
  if (!settings) throw new Error("BACKUP_DIR is not set in this worker: set it on every process that runs jobs");
  const result = await backupToFolder(services.database, { ...settings, now: services.now() });
  services.logger.info(
    { file: result.file, tables: result.tables, rows: result.rows, deleted: result.deleted },
    "scheduled backup written",
  );
};
