// The time zones a person can choose: the common US zones first, then every zone this runtime knows.
export const commonTimeZones = [
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Anchorage",
  "Pacific/Honolulu",
] as const;

export type CommonTimeZone = (typeof commonTimeZones)[number];

/** Every IANA zone the runtime's Intl supports, plus UTC (which Intl accepts but does not list). */
export function supportedTimeZones(): string[] {
  return [...Intl.supportedValuesOf("timeZone"), "UTC"];
}

export function isSupportedTimeZone(value: string, supported: readonly string[] = supportedTimeZones()): boolean {
  return supported.includes(value);
}

/**
 * The choices in display order: the common zones, then the rest alphabetically, without repeats. A `current` zone
 * this runtime does not list (saved under an older one) comes first among the rest, so saving other fields never loses it.
 */
export function timeZoneChoices(
  supported: readonly string[] = supportedTimeZones(),
  current?: string,
): { common: string[]; other: string[] } {
  const common = commonTimeZones.filter((zone) => supported.includes(zone));
  const other = supported.filter((zone) => !(common as string[]).includes(zone)).sort((a, b) => a.localeCompare(b));
  if (current && !common.includes(current as CommonTimeZone) && !other.includes(current)) other.unshift(current);
  return { common, other };
}
