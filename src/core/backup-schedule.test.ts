import { describe, expect, it } from "vitest";
import { backupScheduleCron } from "./backup-schedule.ts";

describe("backupScheduleCron", () => {
  it.each([
    ["daily@10", "0 10 * * *"],
    ["daily@03:30", "30 3 * * *"],
    ["Daily@0:05", "5 0 * * *"],
    ["every 6h", "0 */6 * * *"],
    ["every 1h", "0 * * * *"],
    ["every 24h", "0 0 * * *"],
    ["every 15m", "*/15 * * * *"],
    ["  30 2 * * 1  ", "30 2 * * 1"],
    ["0  4 * * SUN", "0 4 * * SUN"],
  ])("reads %j as %j", (text, cron) => {
    expect(backupScheduleCron(text)).toBe(cron);
  });

  it.each(["daily@24", "daily@10:60", "every 5h", "every 7m", "every 0h", "weekly", "", "0 4 * *", "sometimes"])(
    "refuses %j",
    (text) => {
      expect(backupScheduleCron(text)).toBeNull();
    },
  );
});
