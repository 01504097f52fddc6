// PUT /sessions/{id}/attendance: the session's trainers (or an admin) save minutes present per person and meeting.
import { recordAttendance } from "#features/attendance/record-attendance.ts";
import { defineEndpoint } from "../endpoint.ts";
import { SessionIdParams } from "../catalog-schemas.ts";
import { AttendanceRequest, SavedAttendance } from "../attendance-schemas.ts";

export const recordSessionAttendance = defineEndpoint({
  operationId: "recordSessionAttendance",
  tag: "Sessions",
  summary: "Save attendance",
  description:
    "Saves minutes present for confirmed people at the session's meetings (`GET /sessions/{id}` lists the meeting ids). " +
    "Only the session's own trainers and hub admins may. A mark replaces what was there, a self check-in included; " +
    "each change is recorded in the audit log with its before and after. All marks are saved, or none.",
  request: { params: SessionIdParams, body: AttendanceRequest },
  response: { status: 200, description: "The marks as saved.", schema: SavedAttendance },
  problems: {
    "not-found": "No session has this id.",
    forbidden: "You are not one of this session's trainers (nor an admin).",
  },
  async handle({ services, viewer, params, body, actor }) {
    // Read with the use case's own schema; handed on as read, not checked again.
    const marks = await recordAttendance(services, { viewer, sessionId: params.id, read: body }, actor);
    return { body: { marks: marks.map((mark) => ({ ...mark, updatedAt: mark.updatedAt.toISOString() })) } };
  },
});
