// How attendance is said on the trainer's and the person's pages: durations ("5 h 30 min"), a mark, a result's reasons.
import type { CompletionReason, CompletionResult } from "#core/completion.ts";
import type { Translate } from "#i18n/translate.ts";

/** "7 h", "45 min", "5 h 30 min". */
export function duration(t: Translate, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  const shown = hours === 0 ? "minutes" : rest === 0 ? "hours" : "both";
  return t("attendance.duration", { shown, hours, minutes: rest });
}

/** Why a person has not completed, in a sentence each ("Missed 5 h 30 min of 5 h allowed."). */
export function reasonText(t: Translate, reason: CompletionReason): string {
  switch (reason.code) {
    case "share_below_minimum":
      return t("attendance.reason.share", {
        attended: duration(t, reason.attendedMinutes),
        required: duration(t, reason.requiredMinutes),
      });
    case "missed_too_much":
      return t("attendance.reason.missed", {
        missed: duration(t, reason.missedMinutes),
        allowed: duration(t, reason.allowedMinutes),
      });
    case "required_meeting_missed":
      return t("attendance.reason.requiredMeeting", {
        position: reason.position,
        attended: duration(t, reason.attendedMinutes),
        required: duration(t, reason.requiredMinutes),
      });
    case "awaiting_sign_off":
      return t("attendance.reason.awaitingSignOff");
  }
}

/** The one-word state of a result: completed, waiting only for sign-off, or not (yet) completed. */
export function resultState(
  result: Pick<CompletionResult, "completed" | "reasons">,
): "completed" | "awaiting" | "incomplete" {
  if (result.completed) return "completed";
  return result.reasons.every((reason) => reason.code === "awaiting_sign_off") ? "awaiting" : "incomplete";
}
