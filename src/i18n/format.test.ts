import { describe, expect, it } from "vitest";
import {
  calendarDate,
  calendarDateRange,
  clockTime,
  dateAndTime,
  dayRange,
  decimalHours,
  formatRangeOnce,
  formatters,
  RANGE_MEMO_LIMIT,
  fullDateTime,
  hoursFigure,
  inZone,
  longDate,
  longDay,
  meetingTime,
  money,
  moneyWithCents,
  monthAndYear,
  plainSpaces,
  sessionDates,
  shortDay,
  timeRange,
  timeWithZone,
  weekdayAndDate,
  zoneLabel,
  zoneName,
  zoneNameStyle,
} from "./format.ts";

const LA = "America/Los_Angeles";
const nine = new Date("2027-04-05T16:00:00Z"); // Monday 9:00 PDT
const halfPastFour = new Date("2027-04-05T23:30:00Z");
const friday = new Date("2027-04-09T23:30:00Z");
const UNUSUAL = /[\u2000-\u200A\u202F\u205F]/;

describe("plain spaces in worded dates", () => {
  it("turns thin and narrow no-break spaces into plain ones and leaves everything else", () => {
    expect(plainSpaces("9:00\u202fAM\u2009–\u20093:30\u202fPM")).toBe("9:00 AM – 3:30 PM");
    expect(plainSpaces("9–13 de noviembre\u00a0de 2026")).toBe("9–13 de noviembre\u00a0de 2026");
  });
});

describe("time zones", () => {
  it("names a zone by its abbreviation where the language has one, and by its long name instead of a bare offset", () => {
    expect(zoneNameStyle("en", LA)).toBe("short");
    expect(zoneNameStyle("es", LA)).toBe("long");
    expect(zoneNameStyle("en", "UTC")).toBe("short");
    expect(zoneLabel("en", LA, new Date("2027-07-10T18:00:00Z"))).toBe("PDT");
    expect(zoneLabel("es", "America/Chicago", new Date("2027-01-10T18:00:00Z"))).toBe("hora estándar central");
    expect(zoneLabel("es", "America/Chicago", new Date("2027-07-10T18:00:00Z"))).toBe("hora de verano central");
  });

  it("names a zone as people read it, without the season", () => {
    expect(zoneName("en", LA, nine)).toBe("Pacific Time");
    expect(zoneName("es", LA, nine)).toBe("hora del Pacífico");
  });
});

describe("calendar dates", () => {
  it("says a one-day training once and a longer one as a range, in the reader's language", () => {
    expect(calendarDateRange("en", "2027-04-05", "2027-04-05")).toBe("April 5, 2027");
    expect(calendarDateRange("en", "2027-04-05", "2027-04-09")).toBe("April 5 – 9, 2027");
    expect(calendarDateRange("es", "2027-04-05", "2027-04-09")).toBe("5–9 de abril de 2027");
  });

  it("keeps calendar dates whatever the machine's time zone (they are days, not instants)", () => {
    expect(calendarDateRange("en", "2027-12-31", "2028-01-01", "medium")).toBe("Dec 31, 2027 – Jan 1, 2028");
    expect(calendarDate("en", "2027-12-31", "medium")).toBe("Dec 31, 2027");
    expect(calendarDate("es", "2027-12-31")).toBe("31 de diciembre de 2027");
    expect(monthAndYear("es", new Date("2027-04-15T00:00:00Z"))).toBe("abril de 2027");
  });
});

describe("instants in a zone", () => {
  it("words days and times with plain spaces, so a page drawn by Node hydrates in Chromium", () => {
    expect(dayRange("en", LA, nine, friday)).toBe("Mon, Apr 5 – Fri, Apr 9, 2027");
    expect(longDay("es", LA, nine)).toBe("lunes, 5 de abril de 2027");
    expect(shortDay("en", LA, nine)).toBe("Mon, Apr 5");
    expect(clockTime("en", LA, nine)).toBe("9:00 AM");
    expect(longDate("en", LA, nine)).toBe("April 5, 2027");
    expect(dateAndTime("en", LA, nine)).toBe("April 5, 2027 at 9:00 AM");
    expect(timeWithZone("en", LA, nine)).toBe("9:00 AM PDT");
    expect(timeWithZone("es", LA, nine)).toBe("9:00 hora de verano del Pacífico");
  });

  it("adds the zone's full name after a time range, which Intl would only write as an offset", () => {
    expect(timeRange("en", LA, nine, halfPastFour)).toBe("9:00 AM – 4:30 PM PDT");
    expect(timeRange("es", LA, nine, halfPastFour)).toBe("9:00–16:30 hora de verano del Pacífico");
  });

  it("names a session's dates with its hours and zone when it is one day, as a range of days otherwise", () => {
    expect(sessionDates("en", LA, nine, halfPastFour)).toBe("Mon, Apr 5, 2027, 9:00 AM – 4:30 PM PDT");
    expect(sessionDates("en", LA, nine, friday)).toBe("Mon, Apr 5 – Fri, Apr 9, 2027");
    expect(sessionDates("es", LA, nine, halfPastFour)).toBe("lun, 5 abr 2027, 9:00–16:30 hora de verano del Pacífico");
  });
});

describe("remembered ranges", () => {
  const zones = ["America/Los_Angeles", "America/Chicago", "Europe/Madrid", "Pacific/Auckland"];
  const starts = Array.from(
    { length: 20 },
    (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 7 * 86_400_000 + i * 3_600_000),
  );

  it("words every range exactly as Intl does, the first time and every time after", () => {
    for (const locale of ["en", "es"] as const)
      for (const timeZone of zones) {
        const days = new Intl.DateTimeFormat(locale, {
          weekday: "short",
          month: "short",
          day: "numeric",
          year: "numeric",
          timeZone,
        });
        const clock = new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit", timeZone });
        for (const start of starts)
          for (const hours of [2, 30, 100]) {
            const end = new Date(start.getTime() + hours * 3_600_000);
            const wordedDays = plainSpaces(days.formatRange(start, end));
            const wordedClock = plainSpaces(clock.formatRange(start, end));
            for (let pass = 0; pass < 2; pass++) {
              expect(dayRange(locale, timeZone, start, end)).toBe(wordedDays);
              expect(timeRange(locale, timeZone, start, end).startsWith(`${wordedClock} `)).toBe(true);
              expect(formatRangeOnce(days, start, end)).toBe(days.formatRange(start, end));
            }
          }
      }
  });

  it("keeps formatters apart: the same instants under another language or zone are worded anew", () => {
    const start = new Date("2026-05-04T16:00:00Z");
    const end = new Date("2026-05-08T23:30:00Z");
    expect(dayRange("en", "America/Los_Angeles", start, end)).toBe("Mon, May 4 – Fri, May 8, 2026");
    expect(dayRange("es", "America/Los_Angeles", start, end)).not.toBe(
      dayRange("en", "America/Los_Angeles", start, end),
    );
    expect(dayRange("en", "Pacific/Auckland", start, end)).toBe("Tue, May 5 – Sat, May 9, 2026");
  });

  it("starts over when full and still answers correctly", () => {
    const format = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
    const base = Date.UTC(2030, 0, 1);
    for (let i = 0; i < RANGE_MEMO_LIMIT + 10; i++) {
      const start = new Date(base + i * 60_000);
      const end = new Date(base + i * 60_000 + 3 * 86_400_000);
      expect(formatRangeOnce(format, start, end)).toBe(format.formatRange(start, end));
    }
  });
});

describe("mail", () => {
  it("writes a meeting, a deadline and a day in full, keeping the spaces Intl writes", () => {
    expect(plainSpaces(meetingTime("en", LA, { startsAt: nine, endsAt: halfPastFour }))).toBe(
      "Monday, April 5, 2027, 9:00 AM – 4:30 PM PDT",
    );
    expect(meetingTime("es", LA, { startsAt: nine, endsAt: halfPastFour })).toBe(
      "lunes, 5 de abril de 2027, 9:00–16:30 hora de verano del Pacífico",
    );
    expect(plainSpaces(fullDateTime("en", LA, nine))).toBe("Monday, April 5, 2027 at 9:00 AM PDT");
    expect(fullDateTime("es", LA, nine)).toBe("lunes, 5 de abril de 2027, 9:00 hora de verano del Pacífico");
    expect(weekdayAndDate("es", LA, nine)).toBe("lunes, 5 de abril");
    // Node's ICU writes a narrow no-break space before AM/PM; the mail keeps it (only pages and PDFs need plain ones).
    expect(UNUSUAL.test(fullDateTime("en", LA, nine))).toBe(
      UNUSUAL.test(new Intl.DateTimeFormat("en", { hour: "numeric", timeZone: LA }).format(nine)),
    );
  });
});

describe("money and hours", () => {
  it("drops the cents of a whole amount on a page, and keeps them in mail", () => {
    expect(money("en", "USD", 15000)).toBe("$150");
    expect(money("en", "USD", 1250)).toBe("$12.50");
    expect(money("es", "EUR", 1250)).toBe("12,50\u00a0€");
    expect(moneyWithCents("en", "USD", 15000)).toBe("$150.00");
  });

  it("writes hours with up to two decimals in the reader's language; the CE transcript's always with a full stop", () => {
    expect(hoursFigure("en", 450)).toBe("7.5");
    expect(hoursFigure("es", 450)).toBe("7,5");
    expect(hoursFigure("en", 100)).toBe("1.67");
    expect(decimalHours(450)).toBe("7.5");
    expect(decimalHours(100)).toBe("1.67");
  });
});

describe("the page's formatters", () => {
  it("shows a moment in the session's zone with the zone named as its readers know it", () => {
    expect(formatters("es", "UTC").dateTime(nine, inZone(LA))).toBe("lun, 5 abr, 9:00 hora de verano del Pacífico");
    expect(formatters("en", "UTC").dateTime(nine, inZone(LA, true))).toBe("Monday, April 5, 2027 at 9:00 AM PDT");
    expect(formatters("en", LA).date(nine)).toBe("April 5, 2027");
    expect(formatters("en", LA).dateTime("2027-04-05T16:00:00Z")).toBe("Apr 5, 2027, 9:00 AM");
    expect(formatters("es", LA).number(1234.5)).toBe("1234,5");
  });
});
