// Archiving a circle, behind a second step like leaving it: the consequences, an optional reason, then the button.
// Used on the circle page (its organizers) and in the admins' list of every circle.
import { Form } from "react-router";
import { MAX_ARCHIVE_REASON } from "#features/circles/circle-input.ts";
import { TextAreaField } from "../../../components/forms.tsx";
import { useT } from "../../../components/i18n.tsx";

export function ArchiveCircleForm(props: { circleId: string; circleName: string; reasonError?: string | undefined }) {
  const t = useT();
  return (
    <details className="confirm-action" open={props.reasonError ? true : undefined}>
      <summary>{t("circles.archive.submit", { circle: props.circleName })}</summary>
      <div className="confirm-panel stack">
        <p>{t("circles.archive.explanation")}</p>
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="archive" />
          <input type="hidden" name="id" value={props.circleId} />
          <TextAreaField
            name="reason"
            id={`archive-reason-${props.circleId}`}
            label={t("circles.archive.reason")}
            rows={3}
            maxLength={MAX_ARCHIVE_REASON}
            error={props.reasonError}
          />
          <button type="submit" className="danger">
            {t("circles.archive.submit", { circle: props.circleName })}
          </button>
        </Form>
      </div>
    </details>
  );
}
