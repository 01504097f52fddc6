// The circle page's form intents, each calling one circles use case; the route stays a dispatcher.
import { data, redirect } from "react-router";
import type { RequestContext } from "#web/request-context.ts";
import { actorOf, attempt } from "#web/form-state.server.ts";
import { translator } from "#i18n/translate.ts";
import { answerMeeting } from "#features/circles/answer-meeting.ts";
import { recordCircleAttendance } from "#features/circles/record-circle-attendance.ts";
import { changeCircleMeeting, setMeetingFacilitator } from "#features/circles/change-circle-meeting.ts";
import { scheduleCircleMeetings } from "#features/circles/schedule-circle-meetings.ts";
import { inviteToCircle } from "#features/circles/invite-to-circle.ts";
import { answerJoinRequest } from "#features/circles/request-to-join.ts";
import { acknowledgeAgreement, proposeAgreementChange, publishAgreement } from "#features/circles/agreement.ts";
import { setMeetingPrompt } from "#features/circles/set-meeting-prompt.ts";
import { leaveCircle } from "#features/circles/leave-circle.ts";
import { setCircleReminder } from "#features/circles/set-circle-reminder.ts";
import { archiveCircle } from "#features/circles/archive-circle.ts";

export type CircleFormState = {
  errors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  /** Which form answered (an intent, and for a meeting's forms its id), so only that one shows its errors. */
  form?: string;
};

export async function circleAction(
  ctx: RequestContext,
  circleId: string,
  form: FormData,
  fields: Record<string, string>,
) {
  const t = translator(ctx.locale);
  const actor = actorOf(ctx);
  const services = ctx.services;
  const viewer = ctx.viewer;
  const meetingId = fields.meetingId ?? "";
  const back = (done: string, anchor = "") => redirect(`/circles/${circleId}?done=${done}${anchor}`);
  const run = async <T>(work: () => Promise<T>, kept: CircleFormState) => attempt(work, t, kept);
  switch (fields.intent) {
    case "answer": {
      const r = await run(() => answerMeeting(services, { viewer, circleId, meetingId, answer: fields.answer ?? "" }), {
        form: `answer-${meetingId}`,
      });
      return r.ok ? back("answered", `#meeting-${meetingId}`) : r.response;
    }
    case "attended-self": {
      const r = await run(
        () => recordCircleAttendance(services, { viewer, circleId, meetingId, present: [viewer!.userId] }, actor),
        { form: `attendance-${meetingId}` },
      );
      return r.ok ? back("attendance", `#meeting-${meetingId}`) : r.response;
    }
    case "attendance": {
      const present = form.getAll("present").map(String);
      const everyone = form.getAll("member").map(String);
      const r = await run(
        () =>
          recordCircleAttendance(
            services,
            { viewer, circleId, meetingId, present, absent: everyone.filter((id) => !present.includes(id)) },
            actor,
          ),
        { form: `attendance-${meetingId}` },
      );
      return r.ok ? back("attendance", `#meeting-${meetingId}`) : r.response;
    }
    case "facilitator": {
      const r = await run(
        () =>
          setMeetingFacilitator(
            services,
            { viewer, circleId, meetingId, facilitatorId: fields.facilitatorId ?? "" },
            actor,
          ),
        { form: `facilitator-${meetingId}` },
      );
      return r.ok ? back("facilitator", `#meeting-${meetingId}`) : r.response;
    }
    case "prompt": {
      const r = await run(
        () => setMeetingPrompt(services, { viewer, circleId, meetingId, promptId: fields.promptId ?? "" }, actor),
        { form: `prompt-${meetingId}` },
      );
      return r.ok ? back("prompt", `#meeting-${meetingId}`) : r.response;
    }
    case "move": {
      const values = {
        date: fields.date ?? "",
        startTime: fields.startTime ?? "",
        durationMinutes: fields.durationMinutes ?? "",
      };
      const r = await run(
        () =>
          changeCircleMeeting(
            services,
            {
              viewer,
              circleId,
              meetingId,
              change: { kind: "move", ...values, durationMinutes: Number(values.durationMinutes) },
            },
            actor,
          ),
        { form: `move-${meetingId}`, values },
      );
      return r.ok ? back("moved", `#meeting-${meetingId}`) : r.response;
    }
    case "cancel": {
      const r = await run(
        () => changeCircleMeeting(services, { viewer, circleId, meetingId, change: { kind: "cancel" } }, actor),
        { form: `move-${meetingId}` },
      );
      return r.ok ? back("cancelled", `#meeting-${meetingId}`) : r.response;
    }
    case "schedule": {
      const values = {
        frequency: fields.frequency ?? "",
        interval: fields.interval ?? "",
        firstDate: fields.firstDate ?? "",
        startTime: fields.startTime ?? "",
        durationMinutes: fields.durationMinutes ?? "",
        count: fields.count ?? "",
      };
      const r = await run(
        () =>
          scheduleCircleMeetings(
            services,
            {
              viewer,
              circleId,
              schedule: {
                ...values,
                frequency: values.frequency as "weekly",
                interval: values.interval || undefined,
                durationMinutes: values.durationMinutes || undefined,
                count: values.count || undefined,
              },
            },
            actor,
          ),
        { form: "schedule", values },
      );
      return r.ok ? back(`scheduled-${r.value.meetingIds.length}`) : r.response;
    }
    case "invite": {
      const values = { emails: fields.emails ?? "" };
      const emails = values.emails
        .split(/[\s,;]+/)
        .map((e) => e.trim())
        .filter(Boolean);
      const r = await run(() => inviteToCircle(services, { viewer, circleId, emails }, actor), {
        form: "invite",
        values,
      });
      return r.ok ? back(`invited-${r.value.invited.length}`) : r.response;
    }
    case "admit":
    case "turn-down": {
      const r = await run(
        () =>
          answerJoinRequest(
            services,
            { viewer, circleId, userId: fields.userId ?? "", admit: fields.intent === "admit" },
            actor,
          ),
        { form: "requests" },
      );
      return r.ok ? back("requests") : r.response;
    }
    case "propose": {
      const values = { body: fields.body ?? "" };
      const r = await run(() => proposeAgreementChange(services, { viewer, circleId, body: values.body }, actor), {
        form: "propose",
        values,
      });
      return r.ok ? back("proposed", "#agreement-title") : r.response;
    }
    case "publish": {
      const values = { body: fields.body ?? "" };
      const r = await run(() => publishAgreement(services, { viewer, circleId, body: values.body }, actor), {
        form: "publish",
        values,
      });
      return r.ok ? back(`published-${r.value.version}`, "#agreement-title") : r.response;
    }
    case "acknowledge": {
      const r = await run(() => acknowledgeAgreement(services, { viewer, circleId, version: Number(fields.version) }), {
        form: "acknowledge",
      });
      return r.ok ? back("acknowledged", "#agreement-title") : r.response;
    }
    case "reminder": {
      const r = await run(() => setCircleReminder(services, { viewer, circleId, minutes: fields.minutes ?? "" }), {
        form: "reminder",
      });
      return r.ok ? back("reminder") : r.response;
    }
    case "archive": {
      const r = await run(() => archiveCircle(services, { viewer, circleId, reason: fields.reason ?? "" }, actor), {
        form: "archive",
      });
      return r.ok ? back("archived") : r.response;
    }
    case "leave": {
      const r = await run(() => leaveCircle(services, { viewer, circleId }, actor), { form: "leave" });
      return r.ok ? redirect("/circles?done=left") : r.response;
    }
    default:
      return data<CircleFormState>({ formError: t("admin.errors.conflict") }, { status: 400 });
  }
}
