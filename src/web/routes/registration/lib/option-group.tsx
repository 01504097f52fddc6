// A group of radio buttons or checkboxes in a fieldset: legend, hint and error tied to it, the first option carrying the
// field's id so the error summary's link lands on it.
import type { ReactNode } from "react";

export type Option = { value: string; label: ReactNode; hint?: ReactNode };

export function OptionGroup(props: {
  name: string;
  type: "radio" | "checkbox";
  /** The id the error summary links to (`field-<error path>`). */
  fieldId: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly Option[];
  checked: readonly string[];
  children?: ReactNode;
}) {
  const { fieldId, error, hint } = props;
  const described =
    [hint ? `${fieldId}-hint` : null, error ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={error ? "field field-invalid option-group" : "field option-group"}
      aria-describedby={described}
    >
      <legend>{props.legend}</legend>
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
      {props.options.map((option, index) => {
        const id = index === 0 ? fieldId : `${fieldId}-${index + 1}`;
        return (
          <div className="checkbox" key={option.value}>
            <input
              type={props.type}
              id={id}
              name={props.name}
              value={option.value}
              defaultChecked={props.checked.includes(option.value)}
              aria-invalid={error ? true : undefined}
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
      {props.children}
    </fieldset>
  );
}
