// Form pieces that carry errors the accessible way: next to the field, linked by aria-describedby, summarised in an alert.
import type { InputHTMLAttributes, ReactNode } from "react";
import { useT } from "./i18n.tsx";

export type FieldErrors = Record<string, string | undefined>;

export function TextField(
  props: {
    name: string;
    label: string;
    hint?: ReactNode;
    error?: string;
  } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">,
) {
  const { name, label, hint, error, id, ...input } = props;
  const fieldId = id ?? `field-${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      <input id={fieldId} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
    </div>
  );
}

/** A list of what needs fixing, at the top of the form; focusable links jump to each field. */
export function ErrorSummary({ errors, formError }: { errors?: FieldErrors; formError?: string }) {
  const t = useT();
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (!formError && entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2>{t("forms.errorSummary")}</h2>
      {formError ? <p>{formError}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#field-${name}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A calm confirmation after an action, announced to screen readers. */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
