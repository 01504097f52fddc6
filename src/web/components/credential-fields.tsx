// The fields people type to sign in or choose a password, and the one-field form that asks for a link by email.
import type { ReactNode } from "react";
import { Form } from "react-router";
import { MIN_PASSWORD_LENGTH } from "#core/passwords.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { ErrorSummary, SubmitButton, TextField, type FormState } from "./forms.tsx";
import { useT } from "./i18n.tsx";

export function EmailField(props: { defaultValue: string; error?: string; hint?: ReactNode }) {
  const t = useT();
  return (
    <TextField
      name="email"
      label={t("auth.fields.email")}
      hint={props.hint}
      type="email"
      autoComplete="email"
      inputMode="email"
      required
      defaultValue={props.defaultValue}
      error={props.error}
    />
  );
}

/** A password being chosen: how long it must be, said before it is typed (`hint` is a message with a {min}). */
export function NewPasswordField(props: { name?: string; label: string; hint?: MessageKey; error?: string }) {
  const t = useT();
  return (
    <TextField
      name={props.name ?? "password"}
      label={props.label}
      hint={t(props.hint ?? "auth.fields.newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
      type="password"
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      error={props.error}
    />
  );
}

/** Sign-in link, reset link, a fresh confirmation link: one address, one button. */
export function EmailRequestForm({
  state,
  defaultEmail = "",
  submitLabel,
  next = "",
}: {
  state: FormState | undefined;
  defaultEmail?: string;
  submitLabel: string;
  /** Where the emailed link brings the person back to. */
  next?: string;
}) {
  return (
    <>
      <ErrorSummary errors={state?.errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <EmailField defaultValue={state?.values?.email ?? defaultEmail} error={state?.errors?.email} />
        <p>
          <SubmitButton>{submitLabel}</SubmitButton>
        </p>
      </Form>
    </>
  );
}
