import { describe, expect, it } from "vitest";
import { commonTimeZones, isSupportedTimeZone, supportedTimeZones, timeZoneChoices } from "./time-zones.ts";

describe("time zones", () => {
  it("knows real IANA zones and UTC, and refuses made-up ones", () => {
    expect(isSupportedTimeZone("America/Los_Angeles")).toBe(true);
    expect(isSupportedTimeZone("Europe/Madrid")).toBe(true);
    expect(isSupportedTimeZone("UTC")).toBe(true);
    expect(isSupportedTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isSupportedTimeZone("america/los_angeles")).toBe(false);
    expect(isSupportedTimeZone("")).toBe(false);
  });

  it("offers the common US zones first, then every other zone once, sorted", () => {
    const { common, other } = timeZoneChoices();
    expect(common).toEqual([...commonTimeZones]);
    for (const zone of common) expect(other).not.toContain(zone);
    expect(other).toEqual([...other].sort((a, b) => a.localeCompare(b)));
    expect(common.length + other.length).toBe(new Set(supportedTimeZones()).size);
  });

  it("leaves out common zones the runtime does not know", () => {
    const { common, other } = timeZoneChoices(["Europe/Madrid", "America/Chicago"]);
    expect(common).toEqual(["America/Chicago"]);
    expect(other).toEqual(["Europe/Madrid"]);
  });

  it("keeps a saved zone the runtime does not list, first among the rest, and adds nothing for a listed one", () => {
    expect(timeZoneChoices(["Europe/Madrid", "America/Chicago"], "Asia/Calcutta").other).toEqual([
      "Asia/Calcutta",
      "Europe/Madrid",
    ]);
    expect(timeZoneChoices(["Europe/Madrid", "America/Chicago"], "America/Chicago").other).toEqual(["Europe/Madrid"]);
    expect(timeZoneChoices(["Europe/Madrid", "America/Chicago"], "Europe/Madrid").other).toEqual(["Europe/Madrid"]);
  });
});
