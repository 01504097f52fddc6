// Reads the session editor's posted form into a session input, and turns a saved session into the editor's values.
import { priceTierKinds } from "#core/catalog.ts";
import { amountFromCents } from "#core/decimal-input.ts";
import { utcToZoned } from "#core/local-time.ts";
import { MAX_MEETINGS } from "#core/meeting-schedule.ts";
import { DEFAULT_OFFER_HOLD_HOURS } from "#core/seats.ts";
import { DEFAULT_CANCEL_CUTOFF_HOURS, type SessionInput } from "#features/catalog/session-input.ts";
import type { SessionForEdit } from "#features/catalog/read-session-for-edit.ts";

/** Blank meeting rows a new session starts with; an existing one shows one more than it has. */
export const NEW_SESSION_MEETING_ROWS = 3;

export const sessionTextFields = [
  "courseId",
  "status",
  "timeZone",
  "format",
  "language",
  "venueName",
  "venueAddress",
  "accessibilityNotes",
  "accessibilityNotesEs",
  "joinUrl",
  "joinDetails",
  "joinDetailsEs",
  "capacity",
  "reservedPartnerSeats",
  "reservedOrganizationId",
  "reservedScholarshipSeats",
  "registrationOpensAt",
  "registrationClosesAt",
  "offerHoldHours",
  "cancelCutoffHours",
  "notesEn",
  "notesEs",
] as const;

const meetingFields = ["date", "startTime", "endTime", "breaks"] as const;

/** The price tiers always sit at these places in the form, ticked or not, so messages land beside the right one. */
export const tierSlots = priceTierKinds;

export function meetingRowCount(value: string | undefined, fallback: number): number {
  const rows = Number(value);
  return Number.isInteger(rows) && rows >= 1 ? Math.min(rows, MAX_MEETINGS) : fallback;
}

/** The posted form as a session input (blank meeting rows and unticked prices as null) and as the values to show again. */
export function sessionFromForm(form: FormData): {
  session: SessionInput;
  values: Record<string, string>;
  meetingRows: number;
} {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const values: Record<string, string> = {};
  for (const name of sessionTextFields) values[name] = field(name);

  const meetingRows = meetingRowCount(field("meetingRows"), 1);
  values.meetingRows = String(meetingRows);
  const meetings: SessionInput["meetings"] = [];
  for (let index = 0; index < meetingRows; index += 1) {
    const at = (name: string) => `meetings.${index}.${name}`;
    for (const name of meetingFields) values[at(name)] = field(at(name));
    const blank = meetingFields.every((name) => !values[at(name)]!.trim());
    meetings.push(
      blank
        ? null
        : {
            date: values[at("date")]!,
            startTime: values[at("startTime")]!,
            endTime: values[at("endTime")]!,
            breaks: values[at("breaks")]!,
          },
    );
  }

  const priceTiers: NonNullable<SessionInput["priceTiers"]> = tierSlots.map((kind, index) => {
    const at = (name: string) => `priceTiers.${index}.${name}`;
    for (const name of ["amountCents", "minimumCents", "organizationId"]) values[at(name)] = field(at(name));
    values[at("offered")] = field(at("offered")) === "on" ? "on" : "";
    if (values[at("offered")] !== "on") return null;
    const amount = values[at("amountCents")]!.trim();
    const minimum = values[at("minimumCents")]!.trim();
    return {
      kind,
      ...(amount ? { amountCents: amount } : {}),
      ...(minimum ? { minimumCents: minimum } : {}),
      organizationId: values[at("organizationId")] || null,
    };
  });

  const trainers: NonNullable<SessionInput["trainers"]> = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || !name.startsWith("trainer.")) continue;
    values[name] = value;
    if (value === "lead" || value === "co") trainers.push({ userId: name.slice("trainer.".length), role: value });
  }

  return {
    session: {
      courseId: values.courseId || undefined,
      status: values.status as "draft" | "published",
      timeZone: values.timeZone!,
      meetings,
      format: values.format as SessionInput["format"],
      language: (values.language || "en") as "en" | "es",
      venueName: values.venueName,
      venueAddress: values.venueAddress,
      accessibilityNotes: values.accessibilityNotes,
      accessibilityNotesEs: values.accessibilityNotesEs,
      joinUrl: values.joinUrl,
      joinDetails: values.joinDetails,
      joinDetailsEs: values.joinDetailsEs,
      capacity: values.capacity,
      reservedPartnerSeats: values.reservedPartnerSeats || "0",
      reservedOrganizationId: values.reservedOrganizationId,
      reservedScholarshipSeats: values.reservedScholarshipSeats || "0",
      registrationOpensAt: values.registrationOpensAt,
      registrationClosesAt: values.registrationClosesAt,
      offerHoldHours: values.offerHoldHours,
      cancelCutoffHours: values.cancelCutoffHours,
      priceTiers,
      trainers,
      notesEn: values.notesEn,
      notesEs: values.notesEs,
    },
    values,
    meetingRows,
  };
}

const localMoment = (instant: Date | null, timeZone: string) => {
  if (!instant) return "";
  const local = utcToZoned(instant, timeZone);
  return `${local.date}T${local.time}`;
};

/** A saved session as the editor's values; a new one starts from sensible defaults. */
export function sessionFormValues(
  session: SessionForEdit | null,
  defaults: { courseId: string; timeZone: string },
): { values: Record<string, string>; meetingRows: number } {
  const values: Record<string, string> = {};
  if (!session) {
    for (const name of sessionTextFields) values[name] = "";
    Object.assign(values, {
      courseId: defaults.courseId,
      status: "draft",
      timeZone: defaults.timeZone,
      format: "in_person",
      language: "en",
      capacity: "20",
      reservedPartnerSeats: "0",
      reservedScholarshipSeats: "0",
      offerHoldHours: String(DEFAULT_OFFER_HOLD_HOURS),
      cancelCutoffHours: String(DEFAULT_CANCEL_CUTOFF_HOURS),
      "priceTiers.3.offered": "on",
      meetingRows: String(NEW_SESSION_MEETING_ROWS),
    });
    return { values, meetingRows: NEW_SESSION_MEETING_ROWS };
  }
  const zone = session.timeZone;
  for (const name of sessionTextFields) {
    const saved = name === "courseId" ? session.courseId : session[name];
    values[name] = saved instanceof Date ? localMoment(saved, zone) : String(saved ?? "");
  }
  // Published or draft are the choices here; a cancelled or completed session is shown as it is and not edited.
  session.meetings.forEach((meeting, index) => {
    const start = utcToZoned(meeting.startsAt, zone);
    values[`meetings.${index}.date`] = start.date;
    values[`meetings.${index}.startTime`] = start.time;
    values[`meetings.${index}.endTime`] = utcToZoned(meeting.endsAt, zone).time;
    values[`meetings.${index}.breaks`] = meeting.breaks
      .map(
        (pause) =>
          `${utcToZoned(new Date(pause.startsAt), zone).time}-${utcToZoned(new Date(pause.endsAt), zone).time}`,
      )
      .join(", ");
  });
  tierSlots.forEach((kind, index) => {
    const tier = session.priceTiers.find((t) => t.kind === kind);
    values[`priceTiers.${index}.offered`] = tier ? "on" : "";
    values[`priceTiers.${index}.amountCents`] = tier && kind !== "free" ? amountFromCents(tier.amountCents) : "";
    values[`priceTiers.${index}.minimumCents`] =
      tier?.minimumCents !== undefined ? amountFromCents(tier.minimumCents) : "";
    values[`priceTiers.${index}.organizationId`] = tier?.organizationId ?? "";
  });
  for (const trainer of session.trainers) values[`trainer.${trainer.userId}`] = trainer.role;
  const meetingRows = Math.min(session.meetings.length + 1, MAX_MEETINGS);
  values.meetingRows = String(meetingRows);
  return { values, meetingRows };
}
