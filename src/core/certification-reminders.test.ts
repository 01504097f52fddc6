import { describe, expect, it } from "vitest";
import { reminderDue, type ReminderKind } from "./certification-reminders.ts";

const dates = { renewalOpensOn: "2027-03-01", expiresOn: "2027-05-30" };
const due = (today: string, sent: ReminderKind[] = []) => reminderDue({ ...dates, today, alreadySent: new Set(sent) });

describe("renewal reminders", () => {
  it("says nothing before the window opens", () => {
    expect(due("2027-02-28")).toBeNull();
  });

  it("sends the window-open reminder on the day it opens, once", () => {
    expect(due("2027-03-01")).toEqual({ send: "window_open", covers: ["window_open"] });
    expect(due("2027-03-02", ["window_open"])).toBeNull();
  });

  it("sends 60 and then 30 days before expiry", () => {
    expect(due("2027-03-31", ["window_open"])).toEqual({ send: "expiry_60", covers: ["expiry_60"] });
    expect(due("2027-04-30", ["window_open", "expiry_60"])).toEqual({ send: "expiry_30", covers: ["expiry_30"] });
    expect(due("2027-05-10", ["window_open", "expiry_60", "expiry_30"])).toBeNull();
  });

  it("sends only the latest when several are due at once", () => {
    expect(due("2027-05-15")).toEqual({ send: "expiry_30", covers: ["window_open", "expiry_60", "expiry_30"] });
  });

  it("stops after expiry", () => {
    expect(due("2027-05-30")).toMatchObject({ send: "expiry_30" });
    expect(due("2027-05-31")).toBeNull();
  });
});
