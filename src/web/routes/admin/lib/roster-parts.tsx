// Pieces the roster, the queues and the partner pages share: a registration's state as a pill, a person's answers, and
// the registration fields staff fill in for someone else (the course's questions, pronouns, accommodations, price, consent).
import { MAX_ANSWER_LENGTH } from "#core/registration.ts";
import type { ReactNode } from "react";
import type { CourseQuestion, PriceTier } from "#core/catalog.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { money } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { CheckboxField, SelectField, TextAreaField, TextField } from "../../../components/forms.tsx";
import { useLocale, useT } from "../../../components/i18n.tsx";
import { answerText, KEPT_LIST_SEPARATOR, questionLabel, statusKeys, tierKeys } from "./roster-answers.ts";
import { MAX_ACCOMMODATIONS_LENGTH, MAX_REGISTRATION_PRONOUNS_LENGTH } from "#core/limits.ts";

const pillClass: Record<RegistrationStatus, string> = {
  pending_approval: "status-waiting",
  approved: "status-waiting",
  confirmed: "status-active",
  waitlisted: "status-waiting",
  offered: "status-waiting",
  declined: "status-expired",
  expired: "status-expired",
  cancelled: "status-expired",
  denied: "status-expired",
  transferred: "status-expired",
  no_show: "status-expired",
};

export function StatusPill({ status }: { status: RegistrationStatus }) {
  const t = useT();
  return <span className={`pill ${pillClass[status]}`}>{t(statusKeys[status])}</span>;
}

/** An email address that wraps before the "@" rather than inside a word, and copies as it is. */
export function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

/** "Sliding scale · $120". */
export function PriceText({
  tier,
  amountCents,
  currency,
}: {
  tier: PriceTier["kind"];
  amountCents: number;
  currency: string;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {t(tierKeys[tier])}
      {tier === "free" ? null : <span className="block">{money(locale, currency, amountCents)}</span>}
    </>
  );
}

/** The answers a person gave, question by question; questions left blank are left out. */
export function AnswerList({
  questions,
  answers,
}: {
  questions: readonly CourseQuestion[];
  answers: Record<string, string | string[]>;
}) {
  const t = useT();
  const locale = useLocale();
  const answered = questions.filter(
    (question) => answers[question.id] !== undefined && answerText(question, answers[question.id], locale) !== "",
  );
  if (answered.length === 0) return <span className="muted">{t("roster.answers.none")}</span>;
  return (
    <dl className="answer-list">
      {answered.map((question) => (
        <div key={question.id}>
          <dt>
            {questionLabel(question, locale)}
            {question.sensitive ? <span className="visually-hidden"> ({t("roster.answers.sensitive")})</span> : null}
          </dt>
          <dd className="pre-line">{answerText(question, answers[question.id], locale)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A group of checkboxes or radio buttons for one question, with its legend and error. */
function QuestionGroup(props: { id: string; legend: string; required: boolean; error?: string; children: ReactNode }) {
  const t = useT();
  return (
    <fieldset
      id={props.id}
      className={props.error ? "field field-invalid" : "field"}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
      tabIndex={-1}
    >
      <legend>
        {props.legend}
        {props.required ? null : <span className="muted"> ({t("roster.form.optional")})</span>}
      </legend>
      {props.error ? (
        <p className="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </fieldset>
  );
}

/** The course's questions as form fields named `answers.<id>`, refilled from `values` after a refusal. */
export function QuestionFields(props: {
  questions: readonly CourseQuestion[];
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {props.questions.map((question) => {
        const name = `answers.${question.id}`;
        const label = questionLabel(question, locale);
        const error = props.errors[name];
        const kept = props.values[name] ?? "";
        const hint = question.sensitive ? t("roster.form.sensitiveHint") : undefined;
        if (question.kind === "text") {
          return (
            <TextAreaField
              key={question.id}
              name={name}
              label={question.required ? label : `${label} (${t("roster.form.optional")})`}
              hint={hint}
              error={error}
              defaultValue={kept}
              rows={3}
              maxLength={MAX_ANSWER_LENGTH}
            />
          );
        }
        const picked = new Set(kept.split(KEPT_LIST_SEPARATOR).filter(Boolean));
        return (
          <QuestionGroup
            key={question.id}
            id={`field-${name}`}
            legend={label}
            required={question.required}
            error={error}
          >
            {hint ? <p className="field-hint">{hint}</p> : null}
            {(question.options ?? []).map((option) => {
              const id = `field-${name}-${option.value}`;
              return (
                <div className="checkbox" key={option.value}>
                  <input
                    id={id}
                    type={question.kind === "checkbox" ? "checkbox" : "radio"}
                    name={name}
                    value={option.value}
                    defaultChecked={picked.has(option.value)}
                  />
                  <label htmlFor={id}>{localizedField(option, "label", locale)}</label>
                </div>
              );
            })}
          </QuestionGroup>
        );
      })}
    </>
  );
}

/** How the person pays: a choice when there are several tiers, and an amount for a sliding scale. */
export function PriceFields(props: {
  tiers: readonly PriceTier[];
  currency: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  preferred?: PriceTier["kind"];
}) {
  const t = useT();
  const locale = useLocale();
  const sliding = props.tiers.find((tier) => tier.kind === "sliding_scale");
  const describe = (tier: PriceTier) =>
    tier.kind === "free"
      ? t(tierKeys.free)
      : tier.kind === "sliding_scale"
        ? t("roster.form.slidingOption", {
            minimum: money(locale, props.currency, tier.minimumCents ?? 0),
            suggested: money(locale, props.currency, tier.amountCents),
          })
        : `${t(tierKeys[tier.kind])} · ${money(locale, props.currency, tier.amountCents)}`;
  return (
    <>
      {props.tiers.length > 1 ? (
        <SelectField
          name="priceTier"
          label={t("roster.form.priceTier")}
          error={props.errors.priceTier}
          defaultValue={props.values.priceTier ?? props.preferred ?? props.tiers[0]!.kind}
        >
          {props.tiers.map((tier) => (
            <option key={tier.kind} value={tier.kind}>
              {describe(tier)}
            </option>
          ))}
        </SelectField>
      ) : props.tiers[0] ? (
        <p>
          <strong>{t("roster.form.priceTier")}:</strong> {describe(props.tiers[0])}
        </p>
      ) : null}
      {sliding ? (
        <TextField
          id="field-amountCents"
          name="amount"
          label={t("roster.form.amount")}
          hint={t("roster.form.amountHint", { minimum: money(locale, props.currency, sliding.minimumCents ?? 0) })}
          error={props.errors.amountCents}
          defaultValue={props.values.amount ?? ""}
          inputMode="decimal"
          autoComplete="off"
        />
      ) : null}
    </>
  );
}

/** Pronouns and accommodations for someone registered by staff: optional, and said who sees them. */
export function PersonalFields(props: { values: Record<string, string>; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <TextField
        name="pronouns"
        label={t("roster.form.pronouns")}
        error={props.errors.pronouns}
        defaultValue={props.values.pronouns ?? ""}
        maxLength={MAX_REGISTRATION_PRONOUNS_LENGTH}
        autoComplete="off"
      />
      <TextAreaField
        name="accommodations"
        label={t("roster.form.accommodations")}
        hint={t("roster.form.accommodationsHint")}
        error={props.errors.accommodations}
        defaultValue={props.values.accommodations ?? ""}
        rows={3}
        maxLength={MAX_ACCOMMODATIONS_LENGTH}
      />
    </>
  );
}

/** The consent line, said on the person's behalf: staff confirm the person heard what is stored and who sees it. */
export function ConsentField(props: { label: string; hint: string; error?: string; checked: boolean }) {
  return (
    <div className={props.error ? "field field-invalid" : "field"} id="field-consent" tabIndex={-1}>
      {props.error ? <p className="field-error">{props.error}</p> : null}
      <CheckboxField
        name="consent"
        id="field-consent-box"
        label={props.label}
        hint={props.hint}
        defaultChecked={props.checked}
      />
    </div>
  );
}
