import { describe, expect, it } from "vitest";
import { backupFileName, backupsToDelete, readBackupFileName } from "./backup-rotation.ts";

const at = (iso: string) => backupFileName(new Date(iso));

describe("backupFileName", () => {
  it("names a backup by its UTC second and reads the time back", () => {
    expect(at("2026-12-05T10:00:07.123Z")).toBe("ips-hub-backup-20261205T100007Z.jsonl");
    expect(readBackupFileName("ips-hub-backup-20261205T100007Z.jsonl")).toEqual({
      name: "ips-hub-backup-20261205T100007Z.jsonl",
      takenAt: Date.parse("2026-12-05T10:00:07Z"),
      partial: false,
    });
    expect(readBackupFileName("ips-hub-backup-20261205T100007Z.jsonl.partial")?.partial).toBe(true);
  });

  it("does not take other files, or impossible dates, for backups", () => {
    for (const name of [
      "notes.txt",
      "ips-hub-backup-20261205T100007Z.json",
      "ips-hub-backup-20261305T100007Z.jsonl",
      "ips-hub-backup-20260230T100007Z.jsonl",
      "old-ips-hub-backup-20261205T100007Z.jsonl",
      "ips-hub-backup-20261205T100007Z.jsonl.bak",
    ]) {
      expect(readBackupFileName(name)).toBeNull();
    }
  });
});

describe("backupsToDelete", () => {
  const days = Array.from({ length: 6 }, (_, i) => at(`2026-12-0${i + 1}T10:00:00Z`));

  it("keeps the newest complete backups and deletes the older ones, whatever order the folder lists them in", () => {
    const shuffled = [days[3]!, days[0]!, days[5]!, days[1]!, days[4]!, days[2]!];
    expect(backupsToDelete(shuffled, 4)).toEqual([days[0], days[1]]);
    expect(backupsToDelete(shuffled, 6)).toEqual([]);
    expect(backupsToDelete(shuffled, 1)).toEqual(days.slice(0, 5));
  });

  it("never deletes files that are not backups by name", () => {
    expect(backupsToDelete([...days, "README", "ips-hub-backup-manual.jsonl", "hub.jsonl"], 2)).toEqual(
      days.slice(0, 4),
    );
  });

  it("clears a half-written file older than the newest complete backup, and leaves one that may still be written", () => {
    const stopped = `${at("2026-12-02T12:00:00Z")}.partial`;
    const running = `${at("2026-12-07T10:00:00Z")}.partial`;
    expect(backupsToDelete([...days, stopped, running], 6)).toEqual([stopped]);
    // Only unfinished files, nothing complete yet: none is known to be abandoned.
    expect(backupsToDelete([stopped, running], 3)).toEqual([]);
  });

  it("counts only complete backups toward the number kept", () => {
    const running = `${at("2026-12-07T10:00:00Z")}.partial`;
    expect(backupsToDelete([...days, running], 5)).toEqual([days[0]]);
  });

  it("refuses to keep fewer than one", () => {
    expect(() => backupsToDelete(days, 0)).toThrow(RangeError);
    expect(() => backupsToDelete(days, 1.5)).toThrow(RangeError);
  });
});
