// When scheduled backups run, from BACKUP_SCHEDULE: "daily@HH:MM" (UTC), "every Nh", "every Nm", or a cron line.

const HOUR_STEPS = [1, 2, 3, 4, 6, 8, 12, 24];
const MINUTE_STEPS = [5, 10, 15, 20, 30];

/**
 * The cron line (five fields, read in UTC) for a backup schedule, or null when the text is not one of the forms.
 * Intervals must divide the day or the hour, so runs are evenly spaced; a five-field cron line is passed on as it is
 * (the caller checks it parses).
 */
export function backupScheduleCron(text: string): string | null {
  const value = text.trim().toLowerCase();
  const daily = /^daily@(\d{1,2})(?::(\d{2}))?$/.exec(value);
  if (daily) {
    const hour = Number(daily[1]);
    const minute = Number(daily[2] ?? 0);
    return hour <= 23 && minute <= 59 ? `${minute} ${hour} * * *` : null;
  }
  const hours = /^every (\d{1,2}) ?h$/.exec(value);
  if (hours) {
    const step = Number(hours[1]);
    if (!HOUR_STEPS.includes(step)) return null;
    return step === 24 ? "0 0 * * *" : step === 1 ? "0 * * * *" : `0 */${step} * * *`;
  }
  const minutes = /^every (\d{1,2}) ?m$/.exec(value);
  if (minutes) {
    const step = Number(minutes[1]);
    return MINUTE_STEPS.includes(step) ? `*/${step} * * * *` : null;
  }
  const cron = text.trim().replace(/\s+/g, " ");
  if (/^\S+( \S+){4}$/.test(cron)) return cron;
  return null;
}
