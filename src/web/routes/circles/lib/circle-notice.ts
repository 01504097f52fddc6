// The line a circle page shows after a form was sent (`?done=…`), worded in the page's language.
import type { Translate } from "#i18n/translate.ts";

export function circleNotice(done: string | null, t: Translate): string | null {
  if (!done) return null;
  const counted = /^(scheduled|invited|published)-(\d{1,3})$/.exec(done);
  if (counted) {
    const n = Number(counted[2]);
    if (counted[1] === "scheduled") return t("circles.schedule.done", { count: n });
    if (counted[1] === "invited") return t("circles.invite.done", { count: n });
    return t("circles.agreement.published", { version: n });
  }
  switch (done) {
    case "created":
      return t("circles.new.created");
    case "joined":
      return t("circles.list.accepted");
    case "answered":
      return t("circles.page.answerSaved");
    case "attendance":
      return t("circles.page.attendanceSaved");
    case "facilitator":
      return t("circles.page.facilitatorSaved");
    case "prompt":
      return t("circles.prompt.saved");
    case "moved":
      return t("circles.page.moved.done");
    case "cancelled":
      return t("circles.page.cancelled.done");
    case "proposed":
      return t("circles.agreement.proposed");
    case "acknowledged":
      return t("circles.agreement.acknowledged");
    case "reminder":
      return t("circles.page.reminderSaved");
    case "archived":
      return t("circles.archive.done");
    default:
      return null;
  }
}
