// Form pieces: fields that show their errors beside them (aria-describedby) and in a summary alert, the submit button, a confirm step.
import {
  useCallback,
  useEffect,
  useRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from "react";
import { Form, useNavigation } from "react-router";
import { useT } from "./i18n.tsx";

export type FieldErrors = Record<string, string | undefined>;

/** What a form page gets back from its action: translated messages, and the values to show again (never a password). */
export type FormState = {
  errors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  /** Which of several forms on the page answered, so only that one shows the errors. */
  form?: string;
};

/** The action's answer (if any), its field errors, and whether a form of the page is being sent right now. */
export function useFormState<State extends FormState = FormState>(
  actionData: unknown,
): { state: State | undefined; errors: Record<string, string>; busy: boolean } {
  const state = actionData as State | undefined;
  const busy = useNavigation().state === "submitting";
  return { state, errors: state?.errors ?? {}, busy };
}

/** The form's main button; it rests while the form is on its way, so a second press sends nothing twice. */
export function SubmitButton({ children }: { children: ReactNode }) {
  const busy = useNavigation().state === "submitting";
  return (
    <button type="submit" className="primary" disabled={busy}>
      {children}
    </button>
  );
}

function describedBy(fieldId: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's label, then its hint and its error, each with the id the control points at. */
function FieldFrame({
  fieldId,
  label,
  hint,
  error,
  children,
}: {
  fieldId: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={fieldId}>{label}</label>
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
      {children}
    </div>
  );
}

type FieldProps = { name: string; label: string; hint?: ReactNode; error?: string };

export function TextField(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  const { name, label, hint, error, id, ...input } = props;
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <input
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField(
  props: FieldProps & { children: ReactNode } & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name">,
) {
  const { name, label, hint, error, id, children, ...select } = props;
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <select
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldFrame>
  );
}

export function TextAreaField(props: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  const { name, label, hint, error, id, ...area } = props;
  const fieldId = id ?? `field-${name}`;
  return (
    <FieldFrame fieldId={fieldId} label={label} hint={hint} error={error}>
      <textarea
        id={fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, hint, error)}
        {...area}
      />
    </FieldFrame>
  );
}

export function CheckboxField(props: {
  name: string;
  value?: string;
  label: ReactNode;
  hint?: ReactNode;
  id?: string;
  defaultChecked?: boolean;
}) {
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
 * Where focus goes when a sent form comes back: to what answers it (the error summary, or the notice saying it was
 * done), so a keyboard or screen-reader user hears what happened instead of landing on <body>.
 *
 * Without JavaScript the server writes `autofocus` on the answer, which the browser honours on the page the form's
 * response renders. With JavaScript the answer takes focus when it appears on the page (after a navigation or a
 * fetcher's submission; React itself only autofocuses form controls), and an answer that was already there (the
 * same mistake twice) takes it again when the page's navigation settles after sending.
 */
function useFocusWhenAnswered(answers = true): (node: HTMLElement | null) => void {
  const state = useNavigation().state;
  const element = useRef<HTMLElement | null>(null);
  const sending = useRef(false);
  useEffect(() => {
    if (state === "submitting") sending.current = true;
    else if (state === "idle" && sending.current) {
      sending.current = false;
      if (answers) element.current?.focus();
    }
  }, [state, answers]);
  return useCallback(
    (node: HTMLElement | null) => {
      if (node && answers && node !== element.current) node.focus();
      element.current = node;
    },
    [answers],
  );
}

/** A list of what needs fixing, at the top of the form; focusable links jump to each field. It takes focus when it appears. */
export function ErrorSummary({ errors, formError }: { errors?: FieldErrors; formError?: string }) {
  const t = useT();
  const ref = useFocusWhenAnswered();
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (!formError && entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} autoFocus>
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

/**
 * A calm confirmation after an action, announced to screen readers; it takes focus when it appears, as the answer to
 * the form just sent. A `standing` notice is part of the page itself (a draft, a partner's view) and leaves focus be.
 */
export function Notice({ children, standing = false }: { children: ReactNode; standing?: boolean }) {
  const ref = useFocusWhenAnswered(!standing);
  if (standing) {
    return (
      <div className="notice" role="status">
        {children}
      </div>
    );
  }
  return (
    <div className="notice" role="status" tabIndex={-1} ref={ref} autoFocus>
      {children}
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
}) {
  return (
    <details className="confirm-action">
      <summary>
        {props.label}
        {props.context ? <span className="visually-hidden"> {props.context}</span> : null}
      </summary>
      <div className="confirm-panel">
        <p>{props.explanation}</p>
        <Form method="post">
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
