// Which renewal reminder is due today: when the window opens, then 60 and 30 days before expiry — one at a time, calmly.
import { daysBetween, type IsoDate } from "./certification.ts";

export const reminderKinds = ["window_open", "expiry_60", "expiry_30"] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/**
 * The reminder to send today, if any, and every kind it stands for. Several can be due at once (a certification added
 * three weeks before expiry): only the latest is sent and the earlier ones count as said, so nobody gets a burst.
 */
export function reminderDue(input: {
  renewalOpensOn: IsoDate;
  expiresOn: IsoDate;
  today: IsoDate;
  alreadySent: ReadonlySet<ReminderKind>;
}): {
  send: ReminderKind;
  covers: ReminderKind[];
} | null {
  const daysLeft = daysBetween(input.today, input.expiresOn);
  if (daysLeft < 0) return null;
  const due: ReminderKind[] = [];
  if (daysBetween(input.renewalOpensOn, input.today) >= 0) due.push("window_open");
  if (daysLeft <= 60) due.push("expiry_60");
  if (daysLeft <= 30) due.push("expiry_30");
  const latest = due.at(-1);
  if (!latest || input.alreadySent.has(latest)) return null;
  return { send: latest, covers: due.filter((kind) => !input.alreadySent.has(kind)) };
}
