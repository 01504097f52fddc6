// Which backup files a folder keeps: names carry their UTC time, the newest `keep` complete backups stay, and a
// half-written file left by a stopped run goes once a newer backup is complete.

const PREFIX = "ips-hub-backup-";
const SUFFIX = ".jsonl";
/** A backup is written under this suffix and renamed when complete, so a complete name is never half a file. */
export const PARTIAL_SUFFIX = ".partial";

const NAME = /^ips-hub-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.jsonl(\.partial)?$/;

/** `ips-hub-backup-20261205T100000Z.jsonl`: sorts by time as text, and says when it was taken. */
export function backupFileName(takenAt: Date): string {
  const stamp = takenAt
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/[-:]/g, "");
  return `${PREFIX}${stamp}${SUFFIX}`;
}

type BackupFile = { name: string; takenAt: number; partial: boolean };

/** The time a backup's name carries and whether it is unfinished; null for any other file (never touched). */
export function readBackupFileName(name: string): BackupFile | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, partial] = match;
  const takenAt = Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!);
  if (Number.isNaN(takenAt) || backupFileName(new Date(takenAt)) !== name.replace(PARTIAL_SUFFIX, "")) return null;
  return { name, takenAt, partial: partial !== undefined };
}

/**
 * The files to delete from a backup folder holding `names`: complete backups older than the newest `keep`, and
 * unfinished ones older than the newest complete backup (a newer unfinished one may still be being written). Files
 * that are not backups by their name are never chosen.
 */
export function backupsToDelete(names: readonly string[], keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new RangeError("keep must be a whole number of at least 1");
  const backups = names.map(readBackupFileName).filter((file): file is BackupFile => file !== null);
  const complete = backups.filter((file) => !file.partial).sort((a, b) => b.takenAt - a.takenAt);
  const newest = complete[0]?.takenAt ?? -Infinity;
  const leftovers = backups.filter((file) => file.partial && file.takenAt <= newest);
  return [...complete.slice(keep), ...leftovers].map((file) => file.name).sort();
}
