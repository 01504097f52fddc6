// Which reflection prompt a circle meeting offers: the one its facilitator chose for that date, else the next one in
// the library's order, taking turns date by date. Pure: the feature passes the circle's meetings, the choices and the
// library.

/** One meeting as the rotation sees it: where the series first put it, so moving a date keeps its place in turn. */
export type RotationMeeting = { id: string; originalStartsAt: Date };

export type MeetingPrompt = { promptId: string; chosen: boolean };

/**
 * The prompt for each meeting of one circle. A chosen prompt wins. Otherwise the meetings, in the order their series
 * placed them (cancelled ones included, so cancelling a date never shifts the prompts of the others), take the
 * library's prompts in turn. An empty library leaves unchosen meetings without a prompt.
 */
export function meetingPrompts(
  meetings: readonly RotationMeeting[],
  chosen: ReadonlyMap<string, string>,
  library: readonly string[],
): Map<string, MeetingPrompt> {
  const ordered = [...meetings].sort(
    (a, b) => a.originalStartsAt.getTime() - b.originalStartsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const out = new Map<string, MeetingPrompt>();
  ordered.forEach((meeting, turn) => {
    const choice = chosen.get(meeting.id);
    if (choice) out.set(meeting.id, { promptId: choice, chosen: true });
    else if (library.length) out.set(meeting.id, { promptId: library[turn % library.length]!, chosen: false });
  });
  return out;
}
