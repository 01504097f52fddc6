// Form pieces the course and session editors share: a group of radio buttons, a fieldset that carries one error, and
// finding the message for a field whose parts (a question's options) each have their own path.
import type { ReactNode } from "react";

/** The first message at `path` or under it (`questions.0.options.2.labelEs` belongs to `questions.0.options`). */
export function errorAt(errors: Record<string, string>, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const prefix = `${path}.`;
  const key = Object.keys(errors).find((name) => name.startsWith(prefix));
  return key ? errors[key] : undefined;
}

/** A group of related controls with its legend, hint and error; `id` lets an error summary link to it. */
export function FieldGroup(props: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
  className?: string;
}) {
  const described =
    [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <fieldset
      id={props.id}
      className={`field${props.error ? " field-invalid" : ""}${props.className ? ` ${props.className}` : ""}`}
      aria-describedby={described}
      tabIndex={-1}
    >
      <legend>{props.legend}</legend>
      {props.hint ? (
        <p className="field-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}

/** Radio buttons for one choice; each option may carry a hint. */
export function RadioGroup(props: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: ReactNode; hint?: ReactNode }>;
}) {
  return (
    <FieldGroup id={`field-${props.name}`} legend={props.legend} hint={props.hint} error={props.error}>
      <div className="radio-list">
        {props.options.map((option) => {
          const id = `field-${props.name}-${option.value}`;
          return (
            <div className="checkbox" key={option.value}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={option.value}
                defaultChecked={props.value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
              />
              <div>
                <label htmlFor={id}>{option.label}</label>
                {option.hint ? (
                  <p className="field-hint" id={`${id}-hint`}>
                    {option.hint}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </FieldGroup>
  );
}
