// PUT /circles/{id}/meetings/{meetingId}/attendance: who came to one meeting (never what was said).
import { recordCircleAttendance as record } from "#features/circles/record-circle-attendance.ts";
import { defineEndpoint } from "../endpoint.ts";
import { AttendanceRequest, CircleMeetingParams } from "../circle-schemas.ts";

export const recordCircleAttendance = defineEndpoint({
  operationId: "recordCircleAttendance",
  tag: "Circles",
  summary: "Record who came to a meeting",
  description:
    "Records that members were at a meeting that has started, and can take back an earlier record with `absent`. Every member may " +
    "record themselves; the facilitator or an organizer may record others. Attendance can count toward a co-reflection requirement; " +
    "nothing said in the meeting is stored.",
  request: { params: CircleMeetingParams, body: AttendanceRequest },
  response: { status: 204, description: "Attendance is recorded." },
  problems: {
    forbidden: "The caller recorded someone else without being the facilitator or an organizer.",
    "not-found": "No such circle with the caller as member, or no such meeting in it.",
    conflict: "The meeting is cancelled or has not started.",
    invalid: "Someone named is not a member of the circle.",
  },
  async handle({ services, viewer, params, body, actor }) {
    await record(
      services,
      { viewer, circleId: params.id, meetingId: params.meetingId, present: body.present, absent: body.absent },
      actor,
    );
    return { body: undefined };
  },
});
