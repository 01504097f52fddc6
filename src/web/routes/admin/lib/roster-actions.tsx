// What staff can do to one registration on the roster, each a small form that works without JavaScript: cancel (with a
// confirm step), decide an application, move a waiting entry (with the reason the audit log keeps), transfer, no-show.
import type { ReactNode } from "react";
import { Form } from "react-router";
import { inZone } from "#i18n/format.ts";
import type { RosterEntry } from "#features/registration/list-session-roster.ts";
import type { RosterSession } from "#features/registration/read-roster-session.ts";
import { SelectField, TextAreaField, TextField, type FormState } from "../../../components/forms.tsx";
import { useFormat, useT } from "../../../components/i18n.tsx";
import { MAX_DECISION_MESSAGE_LENGTH, MAX_STAFF_REASON_LENGTH } from "#core/limits.ts";

export type RowState = FormState & { form?: string };

/** Which row's form answered: `<intent>:<registration id>`. */
export function rowForm(intent: string, registrationId: string): string {
  return `${intent}:${registrationId}`;
}

function Hidden({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** A panel that opens from a button-like summary; open again after a refusal, so the typed text and the error show. */
function ActionPanel(props: { label: string; person: string; open: boolean; danger?: boolean; children: ReactNode }) {
  return (
    <details className={props.danger ? "confirm-action" : "row-action"} open={props.open || undefined}>
      <summary>
        {props.label}
        <span className="visually-hidden"> · {props.person}</span>
      </summary>
      <div className={props.danger ? "confirm-panel" : "action-panel"}>{props.children}</div>
    </details>
  );
}

export function RosterActions(props: {
  entry: RosterEntry;
  session: RosterSession;
  isAdmin: boolean;
  /** Entries waiting in line: the highest place a move can name. */
  lineLength: number;
  /** People in this entry (a partner's group moves as one). */
  groupSize: number;
  state: RowState | undefined;
}) {
  const t = useT();
  const format = useFormat();
  const { entry, session, isAdmin, state } = props;
  const mine = (intent: string) => state?.form === rowForm(intent, entry.id);
  const kept = (intent: string, name: string) => (mine(intent) ? (state?.values?.[name] ?? "") : "");
  const error = (intent: string, name: string) => (mine(intent) ? state?.errors?.[`${entry.id}-${name}`] : undefined);
  const fieldId = (name: string) => `field-${entry.id}-${name}`;
  const live = ["pending_approval", "approved", "confirmed", "waitlisted", "offered"].includes(entry.status);
  const inGroup = props.groupSize > 1;
  const actions: ReactNode[] = [];

  if (isAdmin && (entry.status === "pending_approval" || entry.status === "approved")) {
    actions.push(
      <Form method="post" className="decide-form" key="decide">
        <Hidden fields={{ registrationId: entry.id }} />
        <TextAreaField
          id={fieldId("message")}
          name="message"
          label={t("roster.decide.message")}
          hint={t("roster.decide.messageHint")}
          error={error("approve", "message") ?? error("deny", "message")}
          defaultValue={kept("approve", "message") || kept("deny", "message")}
          rows={2}
          maxLength={MAX_DECISION_MESSAGE_LENGTH}
        />
        <div className="actions">
          <button type="submit" name="intent" value="approve" className="primary">
            {t("roster.decide.approve")}
            <span className="visually-hidden"> · {entry.name}</span>
          </button>
          <button type="submit" name="intent" value="deny" className="danger">
            {t("roster.decide.deny")}
            <span className="visually-hidden"> · {entry.name}</span>
          </button>
        </div>
      </Form>,
    );
  }

  if (isAdmin && entry.status === "waitlisted") {
    actions.push(
      <ActionPanel key="move" label={t("roster.move.open")} person={entry.name} open={mine("move")}>
        <p>{t("roster.move.why")}</p>
        <Form method="post" noValidate>
          <Hidden fields={{ intent: "move", registrationId: entry.id }} />
          <TextField
            id={fieldId("position")}
            name="position"
            type="number"
            inputMode="numeric"
            min={1}
            max={props.lineLength}
            label={t("roster.move.position", { count: props.lineLength })}
            error={error("move", "position")}
            defaultValue={kept("move", "position") || String(entry.waitlistPosition ?? 1)}
            required
          />
          <TextAreaField
            id={fieldId("reason")}
            name="reason"
            label={t("roster.move.reason")}
            hint={t("roster.move.reasonHint")}
            error={error("move", "reason")}
            defaultValue={kept("move", "reason")}
            rows={2}
            maxLength={MAX_STAFF_REASON_LENGTH}
            required
          />
          <button type="submit" className="secondary">
            {t("roster.move.submit")}
          </button>
        </Form>
      </ActionPanel>,
    );
  }

  if (isAdmin && !inGroup && (entry.status === "confirmed" || entry.status === "waitlisted")) {
    actions.push(
      <ActionPanel key="transfer" label={t("roster.transfer.open")} person={entry.name} open={mine("transfer")}>
        {session.transferTargets.length === 0 ? (
          <p>{t("roster.transfer.none")}</p>
        ) : (
          <>
            <p>{t("roster.transfer.explain")}</p>
            <Form method="post" noValidate>
              <Hidden fields={{ intent: "transfer", registrationId: entry.id }} />
              <SelectField
                id={fieldId("toSessionId")}
                name="toSessionId"
                label={t("roster.transfer.to")}
                error={error("transfer", "toSessionId")}
                defaultValue={kept("transfer", "toSessionId")}
              >
                {session.transferTargets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {format.dateTime(target.startsAt, inZone(target.timeZone))}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id={fieldId("transferReason")}
                name="reason"
                label={t("roster.transfer.reason")}
                error={error("transfer", "reason")}
                defaultValue={kept("transfer", "reason")}
                rows={2}
                maxLength={MAX_STAFF_REASON_LENGTH}
              />
              <button type="submit" className="secondary">
                {t("roster.transfer.submit")}
              </button>
            </Form>
          </>
        )}
      </ActionPanel>,
    );
  }

  if (session.started && entry.status === "confirmed") {
    actions.push(
      <Form method="post" key="no-show">
        <Hidden fields={{ intent: "no-show", registrationId: entry.id }} />
        <button type="submit" className="secondary">
          {t("roster.noShow.mark")}
          <span className="visually-hidden"> · {entry.name}</span>
        </button>
      </Form>,
    );
  }
  if (session.started && entry.status === "no_show") {
    actions.push(
      <Form method="post" key="attended">
        <Hidden fields={{ intent: "attended", registrationId: entry.id }} />
        <button type="submit" className="secondary">
          {t("roster.noShow.undo")}
          <span className="visually-hidden"> · {entry.name}</span>
        </button>
      </Form>,
    );
  }

  if (isAdmin && live) {
    actions.push(
      <ActionPanel key="cancel" danger label={t("roster.cancel.open")} person={entry.name} open={mine("cancel")}>
        <p>
          {inGroup
            ? t("roster.cancel.explainGroup", { name: entry.name, count: props.groupSize })
            : t("roster.cancel.explain", { name: entry.name })}
        </p>
        <Form method="post" noValidate>
          <Hidden fields={{ intent: "cancel", registrationId: entry.id }} />
          <TextAreaField
            id={fieldId("cancelReason")}
            name="reason"
            label={t("roster.cancel.reason")}
            hint={t("roster.cancel.reasonHint")}
            error={error("cancel", "reason")}
            defaultValue={kept("cancel", "reason")}
            rows={2}
            maxLength={MAX_STAFF_REASON_LENGTH}
          />
          <button type="submit" className="danger">
            {t("roster.cancel.confirm")}
          </button>
        </Form>
      </ActionPanel>,
    );
  }

  if (actions.length === 0) return <span className="muted">—</span>;
  return <div className="row-actions">{actions}</div>;
}
