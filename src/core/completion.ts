// Contact time and the completion decision for one person in one session (docs/product.md, contact hours and C4).
// Contact time is scheduled meeting time minus breaks; homework and reading never count (OAR 950-060-0010).
// Pure: the caller passes the meetings, the person's minutes present and the course's rules.

export type Interval = { startsAt: Date; endsAt: Date };
/** One meeting of a session; `position` is its place in time order ("day 2" is 2). */
export type Meeting = Interval & { id: string; position: number; breaks: Interval[] };
export type MeetingAttendance = { meetingId: string; minutesPresent: number };

/** A course's completion rules, stored as data. Every field is optional but sign-off. */
export type CompletionRules = {
  /** Share of all contact time a person must attend, from 0 to 1 (0.9 = 90 %). */
  minimumShare?: number;
  /** Most contact minutes a person may miss in total. */
  maximumMissedMinutes?: number;
  /**
   * Meetings that cannot be missed, by position ("days 1 and 2" is [1, 2]): a course's rules outlive its sessions, so
   * they name days, never meeting ids. Attending less than `requiredMeetingShare` of one fails.
   */
  requiredMeetingPositions?: number[];
  /** How much of a required meeting counts as attending it; arriving a little late is not missing it. */
  requiredMeetingShare?: number;
  /** A trainer must sign off before anyone completes. */
  requireSignOff: boolean;
  /** Whether minutes attended count as continuing-education time even when the course is not completed. */
  ceWithoutCompletion: boolean;
};

/** A course without rules of its own asks for every contact minute and a trainer's sign-off (see course.completionRules). */
export const defaultCompletionRules: CompletionRules = {
  minimumShare: 1,
  requireSignOff: true,
  ceWithoutCompletion: false,
};

export type CompletionReason =
  | { code: "share_below_minimum"; attendedMinutes: number; requiredMinutes: number }
  | { code: "missed_too_much"; missedMinutes: number; allowedMinutes: number }
  | {
      code: "required_meeting_missed";
      meetingId: string;
      position: number;
      attendedMinutes: number;
      requiredMinutes: number;
    }
  | { code: "awaiting_sign_off" };

export type CompletionResult = {
  contactMinutes: number;
  attendedMinutes: number;
  missedMinutes: number;
  completed: boolean;
  /** Why not (empty when completed); the trainer and the person both see these before sign-off. */
  reasons: CompletionReason[];
  /** Minutes that count toward continuing education. */
  ceMinutes: number;
};

const MINUTE = 60_000;

function overlapMinutes(a: Interval, b: Interval): number {
  const start = Math.max(a.startsAt.getTime(), b.startsAt.getTime());
  const end = Math.min(a.endsAt.getTime(), b.endsAt.getTime());
  return end > start ? Math.floor((end - start) / MINUTE) : 0;
}

/** Scheduled minutes of one meeting less the parts of its breaks that fall inside it. */
export function contactMinutes(meeting: Meeting): number {
  const scheduled = Math.max(0, Math.floor((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / MINUTE));
  const breaks = meeting.breaks.reduce((sum, pause) => sum + overlapMinutes(meeting, pause), 0);
  return Math.max(0, scheduled - breaks);
}

export function completionFor(input: {
  meetings: readonly Meeting[];
  attendance: readonly MeetingAttendance[];
  rules: CompletionRules;
  signedOff: boolean;
}): CompletionResult {
  const { meetings, rules } = input;
  const present = new Map(input.attendance.map((mark) => [mark.meetingId, mark.minutesPresent]));
  let contact = 0;
  let attended = 0;
  const attendedIn = new Map<number, { meetingId: string; attended: number; contact: number }>();
  for (const meeting of meetings) {
    const meetingContact = contactMinutes(meeting);
    // A mark can never count more than the meeting's contact time, nor less than nothing.
    const meetingAttended = Math.min(meetingContact, Math.max(0, Math.floor(present.get(meeting.id) ?? 0)));
    contact += meetingContact;
    attended += meetingAttended;
    attendedIn.set(meeting.position, { meetingId: meeting.id, attended: meetingAttended, contact: meetingContact });
  }
  const missed = contact - attended;
  const reasons: CompletionReason[] = [];
  if (rules.minimumShare !== undefined) {
    const required = Math.ceil(contact * rules.minimumShare);
    if (attended < required)
      reasons.push({ code: "share_below_minimum", attendedMinutes: attended, requiredMinutes: required });
  }
  if (rules.maximumMissedMinutes !== undefined && missed > rules.maximumMissedMinutes) {
    reasons.push({ code: "missed_too_much", missedMinutes: missed, allowedMinutes: rules.maximumMissedMinutes });
  }
  // A session with fewer meetings than a rule names has nothing to miss there.
  for (const position of rules.requiredMeetingPositions ?? []) {
    const meeting = attendedIn.get(position);
    if (!meeting) continue;
    const required = Math.ceil(meeting.contact * (rules.requiredMeetingShare ?? 0.5));
    if (meeting.attended < required) {
      reasons.push({
        code: "required_meeting_missed",
        meetingId: meeting.meetingId,
        position,
        attendedMinutes: meeting.attended,
        requiredMinutes: required,
      });
    }
  }
  if (rules.requireSignOff && !input.signedOff) reasons.push({ code: "awaiting_sign_off" });
  const completed = reasons.length === 0;
  return {
    contactMinutes: contact,
    attendedMinutes: attended,
    missedMinutes: missed,
    completed,
    reasons,
    ceMinutes: ceMinutesFor({ completed, attendedMinutes: attended, rules }),
  };
}

/** CE minutes follow attendance for a completed training; without completion only where the course says so. */
export function ceMinutesFor(input: { completed: boolean; attendedMinutes: number; rules: CompletionRules }): number {
  return input.completed || input.rules.ceWithoutCompletion ? input.attendedMinutes : 0;
}

/**
 * The continuing-education minutes a person earned in each of the course's categories. Someone who earned all of the
 * contact time earns the categories as they are; someone who earned less earns each category in proportion, rounded
 * down, so the categories never add up to more than the CE minutes. Certificates, credentials and board rosters all
 * use this one rule.
 */
export function ceCategoryMinutes(
  categories: readonly { category: string; minutes: number }[],
  ceMinutes: number,
  courseContactMinutes: number,
): { category: string; minutes: number }[] {
  if (ceMinutes <= 0) return [];
  // Categories that claim more than the contact time (a course set up loosely) are scaled to fit too.
  const whole = Math.max(
    courseContactMinutes,
    categories.reduce((sum, entry) => sum + entry.minutes, 0),
  );
  const share = whole > 0 ? Math.min(1, ceMinutes / whole) : 1;
  return categories
    .map((entry) => ({
      category: entry.category,
      minutes: share === 1 ? entry.minutes : Math.floor(entry.minutes * share),
    }))
    .filter((entry) => entry.minutes > 0);
}
