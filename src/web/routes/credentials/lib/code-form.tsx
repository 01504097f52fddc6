// The box for a certificate's code, on the verify pages; it asks /verify, which finds the certificate or says what is wrong.
import { Form } from "react-router";
import { SubmitButton, TextField } from "../../../components/forms.tsx";
import { useT } from "../../../components/i18n.tsx";

export function CodeForm({ defaultValue = "", error }: { defaultValue?: string; error?: string }) {
  const t = useT();
  return (
    <Form method="get" action="/verify" className="stack verify-form">
      <TextField
        name="code"
        label={t("credentials.verify.code.label")}
        hint={t("credentials.verify.code.hint")}
        error={error}
        defaultValue={defaultValue}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
        required
      />
      <SubmitButton>{t("credentials.verify.code.submit")}</SubmitButton>
    </Form>
  );
}
