// Form pieces the account, admin and partner pages add to the shared TextField: select, text area, checkbox, confirm.
import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Form, Link } from "react-router";
import { useT } from "../../components/i18n.tsx";
import type { Role } from "#core/access.ts";
import type { MessageKey } from "#i18n/translate.ts";

function describedBy(fieldId: string, hint: unknown, error: unknown) {
  return [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

function HintAndError({ fieldId, hint, error }: { fieldId: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? (
        <p className="field-hint" id={`${fieldId}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={`${fieldId}-error`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

export function SelectField(
  props: { name: string; label: string; hint?: ReactNode; error?: string; children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">,
) {
  const { name, label, hint, error, id, children, ...select } = props;
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      <HintAndError fieldId={fieldId} hint={hint} error={error} />
      <select id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...select}>
        {children}
      </select>
    </div>
  );
}

export function TextAreaField(
  props: { name: string; label: string; hint?: ReactNode; error?: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">,
) {
  const { name, label, hint, error, id, ...area } = props;
  const fieldId = id ?? `field-${name}`;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      <HintAndError fieldId={fieldId} hint={hint} error={error} />
      <textarea id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(fieldId, hint, error)} {...area} />
    </div>
  );
}

export function CheckboxField(props: { name: string; value?: string; label: ReactNode; hint?: ReactNode; id?: string; defaultChecked?: boolean }) {
  const fieldId = props.id ?? `field-${props.name}`;
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={fieldId}
        name={props.name}
        value={props.value ?? "on"}
        defaultChecked={props.defaultChecked}
        aria-describedby={props.hint ? `${fieldId}-hint` : undefined}
      />
      <div>
        <label htmlFor={fieldId}>{props.label}</label>
        {props.hint ? (
          <p className="field-hint" id={`${fieldId}-hint`}>
            {props.hint}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/**
 * A destructive action behind a second step that works without JavaScript: the first button opens an
 * explanation, the second one posts.
 */
export function ConfirmAction(props: {
  label: string;
  /** Read out after the label only, so a list of identical buttons still says which item each is for. */
  context?: string;
  explanation: ReactNode;
  confirmLabel: string;
  fields: Record<string, string>;
  action?: string;
}) {
  return (
    <details className="confirm-action">
      <summary>
        {props.label}
        {props.context ? <span className="visually-hidden"> {props.context}</span> : null}
      </summary>
      <div className="confirm-panel">
        <p>{props.explanation}</p>
        <Form method="post" action={props.action}>
          {Object.entries(props.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="danger">
            {props.confirmLabel}
          </button>
        </Form>
      </div>
    </details>
  );
}

export const roleKeys = {
  admin: "admin.roles.admin",
  trainer: "admin.roles.trainer",
  partner_admin: "admin.roles.partnerAdmin",
  participant: "admin.roles.participant",
} as const satisfies Record<Role, MessageKey>;

export function RolePill({ role, organizationName }: { role: Role; organizationName?: string | null }) {
  const t = useT();
  return (
    <span className={`pill role-${role}`}>
      {organizationName ? t("admin.roles.withOrganization", { role: t(roleKeys[role]), organization: organizationName }) : t(roleKeys[role])}
    </span>
  );
}

/** "Page 2 of 7" with previous and next links that keep the other query parameters. */
export function Pagination({ page, pageCount, query, label }: { page: number; pageCount: number; query: Record<string, string>; label: string }) {
  const t = useT();
  if (pageCount <= 1) return null;
  const href = (target: number) => `?${new URLSearchParams({ ...query, page: String(target) }).toString()}`;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("admin.pagination.previous")}
        </Link>
      ) : null}
      <span>{t("admin.pagination.pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next">
          {t("admin.pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
