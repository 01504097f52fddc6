// The attendance API's shapes: marks in minutes per person and meeting, and the outcome of a trainer's sign-off.
import { z } from "zod";
import "zod-openapi";
import { attendanceMark, markListOf } from "#features/attendance/record-attendance.ts";

const timestamp = z.iso
  .datetime({ offset: true })
  .meta({ description: "A moment in time, in UTC (RFC 3339).", examples: ["2027-04-02T23:05:00.000Z"] });
const REGISTRATION_ID = "5b2d7e91-0c4a-4f3e-8a6b-1d9c2e7f4a30";
const MEETING_ID = "8d1f2c3b-4a5e-4f60-9b7c-0e1d2c3b4a59";

/** The use case's own mark, each field described. */
export const AttendanceMark = attendanceMark
  .extend({
    registrationId: attendanceMark.shape.registrationId.meta({
      description: "A confirmed registration of this session.",
      examples: [REGISTRATION_ID],
    }),
    meetingId: attendanceMark.shape.meetingId.meta({
      description: "One of the session's meetings (`GET /sessions/{id}` lists them).",
      examples: [MEETING_ID],
    }),
    minutesPresent: attendanceMark.shape.minutesPresent.meta({
      description:
        "Minutes of contact time the person was there, breaks not counted: 0 for absent, at most the meeting's contact time.",
      examples: [320],
    }),
  })
  .meta({ id: "AttendanceMark", description: "Minutes one person was present at one meeting." });

export const AttendanceRequest = markListOf(AttendanceMark).meta({
  id: "AttendanceRequest",
  description:
    "The marks to save. All are saved or none; a later mark for the same person and meeting in the list wins.",
  examples: [[{ registrationId: REGISTRATION_ID, meetingId: MEETING_ID, minutesPresent: 420 }]],
});

export const SavedAttendance = z
  .object({
    marks: z.array(
      AttendanceMark.extend({
        method: z.enum(["trainer", "self_check_in"]).meta({
          description: "`trainer` for a mark you or another trainer made, `self_check_in` for the person's own scan.",
        }),
        updatedAt: timestamp.meta({ description: "When this mark was last changed." }),
      }).meta({ id: "SavedAttendanceMark" }),
    ),
  })
  .meta({ id: "SavedAttendance", description: "The marks as saved." });

const ReasonBody = z
  .object({
    code: z
      .enum(["share_below_minimum", "missed_too_much", "required_meeting_missed", "awaiting_sign_off"])
      .meta({ description: "Which rule was not met." }),
    attendedMinutes: z.number().int().optional(),
    requiredMinutes: z.number().int().optional(),
    missedMinutes: z.number().int().optional(),
    allowedMinutes: z.number().int().optional(),
    meetingId: z.string().optional(),
    position: z.number().int().optional().meta({ description: "For a required meeting: its day (1, 2, …)." }),
  })
  .meta({ id: "CompletionReason", description: "Why a person did not complete, with the figures the rule compared." });

export const SessionCompletion = z
  .object({
    sessionId: z.string(),
    signedOffAt: timestamp,
    sessionCompleted: z
      .boolean()
      .meta({ description: "True when all meetings have ended and the session is now `completed`." }),
    credentialsRequested: z.number().int().meta({
      description:
        "How many people's credentials this sign-off asked for (each person's are asked for once, whatever the number of sign-offs).",
    }),
    outcomes: z.array(
      z
        .object({
          registrationId: z.string(),
          userId: z.string(),
          name: z.string().meta({ description: "The person's chosen name." }),
          completed: z.boolean(),
          contactMinutes: z.number().int().meta({ description: "The session's contact time, breaks not counted." }),
          attendedMinutes: z.number().int(),
          ceMinutes: z.number().int().meta({ description: "Minutes that count as continuing education." }),
          reasons: z.array(ReasonBody),
          credentialRequested: z
            .boolean()
            .meta({ description: "True when this sign-off asked for the person's certificate and credential." }),
        })
        .meta({ id: "CompletionOutcome" }),
    ),
  })
  .meta({ id: "SessionCompletion", description: "Each confirmed person's outcome at sign-off." });
