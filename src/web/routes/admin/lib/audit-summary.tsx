// One audit event's action, actor and summary, written out for people ("role: trainer"), shared by the overview and
// the log.
import { isAuditAction } from "#core/audit-actions.ts";
import { useT } from "../../../components/i18n.tsx";

export type AuditRow = {
  actorId: string | null;
  actorLabel: string | null;
  actorName: string | null;
  actorEmail: string | null;
  summary: Record<string, unknown>;
};

/**
 * What happened, in a sentence ("Issued a credential"). The code stays in reach, since the log's filter takes codes:
 * in a muted <code> below the sentence, or (when `brief`) in the sentence's title. A code the hub no longer
 * writes, kept in older rows, shows as it was stored.
 */
export function AuditActionName({ action, brief = false }: { action: string; brief?: boolean }) {
  const t = useT();
  if (!isAuditAction(action)) return <code>{action}</code>;
  const sentence = t(`audit.action.${action}`);
  if (brief) return <span title={action}>{sentence}</span>;
  return (
    <>
      {sentence}
      <code className="muted block">{action}</code>
    </>
  );
}

/** The person by name (and, unless `brief`, their email below it); a label for the hub's own actions. */
export function AuditActorName({ event, brief = false }: { event: AuditRow; brief?: boolean }) {
  const t = useT();
  if (event.actorName) {
    return (
      <>
        {event.actorName}
        {event.actorEmail && !brief ? <span className="muted block">{event.actorEmail}</span> : null}
      </>
    );
  }
  if (event.actorLabel) return <>{event.actorLabel}</>;
  return <span className="muted">{t("admin.audit.system")}</span>;
}

function written(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.map(written).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function AuditSummary({ summary }: { summary: Record<string, unknown> }) {
  const entries = Object.entries(summary ?? {});
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="summary-list">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}:</dt> <dd>{written(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
