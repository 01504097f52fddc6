// The "check a digital credential" form on /verify and the report it shows: each check with its result in plain words.
import { Form } from "react-router";
import { SubmitButton, TextAreaField, TextField } from "../../../components/forms.tsx";
import { useFormat, useT } from "../../../components/i18n.tsx";
import { checkTitleKey, describeCheck } from "#features/credentials/describe-check.ts";
import type { AnyCheck } from "#features/credentials/verify-any-credential.ts";
import type { MessageKey } from "#i18n/translate.ts";

export type CheckReport = {
  valid: boolean;
  issuer: { id: string; name: string | null } | null;
  checks: AnyCheck[];
};

export function CredentialCheckForm({ pasted, error }: { pasted: string; error?: string }) {
  const t = useT();
  return (
    <Form method="post" encType="multipart/form-data" className="stack" noValidate>
      <TextAreaField
        name="credential"
        label={t("credentials.verify.any.paste")}
        hint={t("credentials.verify.any.pasteHint")}
        error={error}
        defaultValue={pasted}
        rows={8}
        spellCheck={false}
        autoComplete="off"
      />
      <TextField
        name="file"
        type="file"
        accept=".json,.jwt,application/json,application/ld+json,text/plain"
        label={t("credentials.verify.any.file")}
      />
      <SubmitButton>{t("credentials.verify.any.submit")}</SubmitButton>
    </Form>
  );
}

const resultKeys: Record<"true" | "false" | "null", MessageKey> = {
  true: "credentials.verify.any.passed",
  false: "credentials.verify.any.failed",
  null: "credentials.verify.any.notApplicable",
};

export function CredentialCheckReport({ report }: { report: CheckReport }) {
  const t = useT();
  const format = useFormat();
  const date = (iso: string) => format.date(new Date(iso), { dateStyle: "long" });
  return (
    <section
      className={`verify-status ${report.valid ? "verify-valid" : "verify-revoked"}`}
      aria-labelledby="check-result-title"
      tabIndex={-1}
      id="check-result"
    >
      <h2 id="check-result-title">
        <span className="verify-mark" aria-hidden="true">
          {report.valid ? "✓" : "!"}
        </span>{" "}
        {t(report.valid ? "credentials.verify.any.valid" : "credentials.verify.any.invalid")}
      </h2>
      {report.issuer ? (
        <p>{t("credentials.verify.any.issuer", { issuer: report.issuer.name ?? report.issuer.id })}</p>
      ) : null}
      <ul className="check-list">
        {report.checks.map((check) => (
          <li key={check.name} className={`check-${String(check.ok)}`}>
            <strong>
              {t(checkTitleKey(check))}: {t(resultKeys[String(check.ok) as "true" | "false" | "null"])}.
            </strong>{" "}
            {describeCheck(t, check, date)}
          </li>
        ))}
      </ul>
    </section>
  );
}
