// The session editor, for a new session and an existing one: meetings as dates and clock times in the session's own
// time zone (blank rows, and a button that adds one more), place or link, seats, prices and trainers. Works without JavaScript.
import { Form } from "react-router";
import { sessionFormats } from "#core/catalog.ts";
import type { CommonTimeZone } from "#core/time-zones.ts";
import type { MessageKey } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import type { FormState } from "../../../components/forms.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from "../../../components/forms.tsx";
import { useLocale, useT } from "../../../components/i18n.tsx";
import { FieldGroup, RadioGroup } from "./catalog-fields.tsx";
import { MAX_SESSION_NOTE_LENGTH, MAX_VENUE_ADDRESS_LENGTH, MAX_VENUE_NAME_LENGTH } from "#core/limits.ts";

export const formatKeys: Record<(typeof sessionFormats)[number], MessageKey> = {
  in_person: "sessions.format.in_person",
  online: "sessions.format.online",
  hybrid: "sessions.format.hybrid",
};

const commonZoneKeys = {
  "America/Los_Angeles": "account.profile.zone.pacific",
  "America/Denver": "account.profile.zone.mountain",
  "America/Chicago": "account.profile.zone.central",
  "America/New_York": "account.profile.zone.eastern",
  "America/Anchorage": "account.profile.zone.alaska",
  "Pacific/Honolulu": "account.profile.zone.hawaii",
} as const satisfies Record<CommonTimeZone, MessageKey>;

export type SessionFormChoices = {
  courses: ReadonlyArray<{ id: string; titleEn: string; titleEs: string }>;
  trainers: ReadonlyArray<{ id: string; name: string; email: string }>;
  organizations: ReadonlyArray<{ id: string; name: string }>;
  zones: { common: string[]; other: string[] };
};

export function SessionForm(props: {
  values: Record<string, string>;
  meetingRows: number;
  state?: FormState;
  choices: SessionFormChoices;
  /** A new session picks its course; an existing one names it. */
  courseTitle?: string;
  submitLabel: string;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = props.state?.errors ?? {};
  const values = props.state?.values ?? props.values;
  const rows = Number(values.meetingRows) || props.meetingRows;
  const value = (name: string) => values[name] ?? "";
  const { choices } = props;
  const organizationOptions = (
    <>
      <option value="">{t("sessions.field.organizationNone")}</option>
      {choices.organizations.map((organization) => (
        <option key={organization.id} value={organization.id}>
          {organization.name}
        </option>
      ))}
    </>
  );
  return (
    <>
      <ErrorSummary errors={errors} formError={props.state?.formError} />
      <Form method="post" className="stack session-editor" noValidate>
        {/* Pressing Enter in a field saves; without this the first button of the form (add a day) would answer. */}
        <button type="submit" name="intent" value="save" hidden tabIndex={-1} aria-hidden="true" />
        <input type="hidden" name="meetingRows" value={rows} />

        {props.courseTitle ? (
          <p className="course-named">
            <span className="muted">{t("sessions.field.course")}:</span> <strong>{props.courseTitle}</strong>
          </p>
        ) : (
          <SelectField
            name="courseId"
            label={t("sessions.field.course")}
            error={errors.courseId}
            defaultValue={value("courseId")}
            required
          >
            <option value="">{t("sessions.field.coursePick")}</option>
            {choices.courses.map((course) => (
              <option key={course.id} value={course.id}>
                {localizedField(course, "title", locale)}
              </option>
            ))}
          </SelectField>
        )}

        <h2>{t("sessions.edit.section.when")}</h2>
        <SelectField
          name="timeZone"
          label={t("sessions.field.timeZone")}
          hint={t("sessions.field.timeZoneHint")}
          error={errors.timeZone}
          defaultValue={value("timeZone")}
        >
          <optgroup label={t("account.profile.timeZone.common")}>
            {choices.zones.common.map((zone) => (
              <option key={zone} value={zone}>
                {t(commonZoneKeys[zone as CommonTimeZone])}
              </option>
            ))}
          </optgroup>
          <optgroup label={t("account.profile.timeZone.all")}>
            {choices.zones.other.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll("_", " ")}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <FieldGroup
          id="field-meetings"
          legend={t("sessions.field.meetings")}
          hint={t("sessions.field.meetingsHint")}
          error={errors.meetings}
        >
          {Array.from({ length: rows }, (_, index) => {
            const at = (name: string) => `meetings.${index}.${name}`;
            return (
              <FieldGroup
                key={index}
                id={`field-meetings.${index}`}
                legend={t("sessions.field.meeting", { number: index + 1 })}
                className="meeting-row"
              >
                <div className="meeting-fields">
                  <TextField
                    name={at("date")}
                    type="date"
                    label={t("sessions.field.date")}
                    error={errors[at("date")]}
                    defaultValue={value(at("date"))}
                  />
                  <TextField
                    name={at("startTime")}
                    type="time"
                    label={t("sessions.field.startTime")}
                    error={errors[at("startTime")]}
                    defaultValue={value(at("startTime"))}
                  />
                  <TextField
                    name={at("endTime")}
                    type="time"
                    label={t("sessions.field.endTime")}
                    error={errors[at("endTime")]}
                    defaultValue={value(at("endTime"))}
                  />
                </div>
                <TextField
                  name={at("breaks")}
                  label={t("sessions.field.breaks")}
                  hint={t("sessions.field.breaksHint")}
                  error={errors[at("breaks")]}
                  defaultValue={value(at("breaks"))}
                  autoComplete="off"
                />
              </FieldGroup>
            );
          })}
          <button type="submit" name="intent" value="more-meetings" className="secondary">
            {t("sessions.edit.addMeeting")}
          </button>
        </FieldGroup>
        <TextField
          name="registrationOpensAt"
          type="datetime-local"
          label={t("sessions.field.registrationOpensAt")}
          hint={t("sessions.field.registrationOpensAtHint")}
          error={errors.registrationOpensAt}
          defaultValue={value("registrationOpensAt")}
        />
        <TextField
          name="registrationClosesAt"
          type="datetime-local"
          label={t("sessions.field.registrationClosesAt")}
          hint={t("sessions.field.registrationClosesAtHint")}
          error={errors.registrationClosesAt}
          defaultValue={value("registrationClosesAt")}
        />
        <TextField
          name="cancelCutoffHours"
          type="number"
          inputMode="numeric"
          min={0}
          label={t("sessions.field.cancelCutoffHours")}
          hint={t("sessions.field.cancelCutoffHoursHint")}
          error={errors.cancelCutoffHours}
          defaultValue={value("cancelCutoffHours")}
          className="short-input"
        />

        <h2>{t("sessions.edit.section.where")}</h2>
        <RadioGroup
          name="format"
          legend={t("sessions.field.format")}
          error={errors.format}
          value={value("format")}
          options={sessionFormats.map((format) => ({
            value: format,
            label: t(formatKeys[format]),
            hint: t(`sessions.format.${format}.hint` as MessageKey),
          }))}
        />
        <SelectField
          name="language"
          label={t("sessions.field.language")}
          error={errors.language}
          defaultValue={value("language") || "en"}
        >
          <option value="en">{t("sessions.language.en")}</option>
          <option value="es">{t("sessions.language.es")}</option>
        </SelectField>
        <TextField
          name="venueName"
          label={t("sessions.field.venueName")}
          hint={t("sessions.field.venueHint")}
          error={errors.venueName}
          defaultValue={value("venueName")}
          maxLength={MAX_VENUE_NAME_LENGTH}
        />
        <TextAreaField
          name="venueAddress"
          rows={3}
          label={t("sessions.field.venueAddress")}
          error={errors.venueAddress}
          defaultValue={value("venueAddress")}
          maxLength={MAX_VENUE_ADDRESS_LENGTH}
        />
        <TextField
          name="joinUrl"
          type="url"
          label={t("sessions.field.joinUrl")}
          hint={t("sessions.field.joinUrlHint")}
          error={errors.joinUrl}
          defaultValue={value("joinUrl")}
          spellCheck={false}
          placeholder="https://"
        />
        <TextAreaField
          name="joinDetails"
          lang="en"
          rows={3}
          label={t("sessions.field.joinDetails")}
          hint={t("sessions.field.joinDetailsHint")}
          error={errors.joinDetails}
          defaultValue={value("joinDetails")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />
        <TextAreaField
          name="joinDetailsEs"
          lang="es"
          rows={3}
          label={t("sessions.field.joinDetailsEs")}
          hint={t("sessions.field.spanishFallbackHint")}
          error={errors.joinDetailsEs}
          defaultValue={value("joinDetailsEs")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />
        <TextAreaField
          name="accessibilityNotes"
          lang="en"
          rows={3}
          label={t("sessions.field.accessibilityNotes")}
          hint={t("sessions.field.accessibilityNotesHint")}
          error={errors.accessibilityNotes}
          defaultValue={value("accessibilityNotes")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />
        <TextAreaField
          name="accessibilityNotesEs"
          lang="es"
          rows={3}
          label={t("sessions.field.accessibilityNotesEs")}
          hint={t("sessions.field.spanishFallbackHint")}
          error={errors.accessibilityNotesEs}
          defaultValue={value("accessibilityNotesEs")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />

        <h2>{t("sessions.edit.section.seats")}</h2>
        <TextField
          name="capacity"
          type="number"
          inputMode="numeric"
          min={1}
          label={t("sessions.field.capacity")}
          hint={t("sessions.field.capacityHint")}
          error={errors.capacity}
          defaultValue={value("capacity")}
          className="short-input"
          required
        />
        <TextField
          name="reservedPartnerSeats"
          type="number"
          inputMode="numeric"
          min={0}
          label={t("sessions.field.reservedPartnerSeats")}
          hint={t("sessions.field.reservedPartnerSeatsHint")}
          error={errors.reservedPartnerSeats}
          defaultValue={value("reservedPartnerSeats")}
          className="short-input"
        />
        <SelectField
          name="reservedOrganizationId"
          label={t("sessions.field.reservedOrganization")}
          error={errors.reservedOrganizationId}
          defaultValue={value("reservedOrganizationId")}
        >
          {organizationOptions}
        </SelectField>
        <TextField
          name="reservedScholarshipSeats"
          type="number"
          inputMode="numeric"
          min={0}
          label={t("sessions.field.reservedScholarshipSeats")}
          hint={t("sessions.field.reservedScholarshipSeatsHint")}
          error={errors.reservedScholarshipSeats}
          defaultValue={value("reservedScholarshipSeats")}
          className="short-input"
        />
        <TextField
          name="offerHoldHours"
          type="number"
          inputMode="numeric"
          min={6}
          label={t("sessions.field.offerHoldHours")}
          hint={t("sessions.field.offerHoldHoursHint")}
          error={errors.offerHoldHours}
          defaultValue={value("offerHoldHours")}
          className="short-input"
        />

        <h2>{t("sessions.edit.section.price")}</h2>
        <FieldGroup
          id="field-priceTiers"
          legend={t("sessions.field.priceTiers")}
          hint={t("sessions.field.priceTiersHint")}
          error={errors.priceTiers}
        >
          <div className="price-tier card">
            <CheckboxField
              id="field-priceTiers.0.offered"
              name="priceTiers.0.offered"
              label={t("sessions.price.standard")}
              hint={t("sessions.price.standardHint")}
              defaultChecked={value("priceTiers.0.offered") === "on"}
            />
            <TextField
              name="priceTiers.0.amountCents"
              inputMode="decimal"
              label={t("sessions.price.amount")}
              error={errors["priceTiers.0.amountCents"]}
              defaultValue={value("priceTiers.0.amountCents")}
              className="short-input"
            />
          </div>
          <div className="price-tier card">
            <CheckboxField
              id="field-priceTiers.1.offered"
              name="priceTiers.1.offered"
              label={t("sessions.price.sponsored")}
              hint={t("sessions.price.sponsoredHint")}
              defaultChecked={value("priceTiers.1.offered") === "on"}
            />
            <SelectField
              name="priceTiers.1.organizationId"
              label={t("sessions.price.sponsor")}
              error={errors["priceTiers.1.organizationId"]}
              defaultValue={value("priceTiers.1.organizationId")}
            >
              {organizationOptions}
            </SelectField>
            <TextField
              name="priceTiers.1.amountCents"
              inputMode="decimal"
              label={t("sessions.price.sponsorPays")}
              error={errors["priceTiers.1.amountCents"]}
              defaultValue={value("priceTiers.1.amountCents")}
              className="short-input"
            />
          </div>
          <div className="price-tier card">
            <CheckboxField
              id="field-priceTiers.2.offered"
              name="priceTiers.2.offered"
              label={t("sessions.price.sliding")}
              hint={t("sessions.price.slidingHint")}
              defaultChecked={value("priceTiers.2.offered") === "on"}
            />
            <TextField
              name="priceTiers.2.minimumCents"
              inputMode="decimal"
              label={t("sessions.price.minimum")}
              error={errors["priceTiers.2.minimumCents"]}
              defaultValue={value("priceTiers.2.minimumCents")}
              className="short-input"
            />
            <TextField
              name="priceTiers.2.amountCents"
              inputMode="decimal"
              label={t("sessions.price.suggested")}
              error={errors["priceTiers.2.amountCents"]}
              defaultValue={value("priceTiers.2.amountCents")}
              className="short-input"
            />
          </div>
          <div className="price-tier card">
            <CheckboxField
              id="field-priceTiers.3.offered"
              name="priceTiers.3.offered"
              label={t("sessions.price.free")}
              hint={t("sessions.price.freeHint")}
              defaultChecked={value("priceTiers.3.offered") === "on"}
            />
          </div>
        </FieldGroup>

        <h2>{t("sessions.edit.section.trainers")}</h2>
        <FieldGroup
          id="field-trainers"
          legend={t("sessions.field.trainers")}
          hint={t("sessions.field.trainersHint")}
          error={errors.trainers}
        >
          {choices.trainers.length === 0 ? <p className="muted">{t("sessions.field.trainersNone")}</p> : null}
          {choices.trainers.map((trainer) => (
            <SelectField
              key={trainer.id}
              id={`field-trainer.${trainer.id}`}
              name={`trainer.${trainer.id}`}
              label={trainer.name}
              hint={trainer.email}
              defaultValue={value(`trainer.${trainer.id}`)}
            >
              <option value="">{t("sessions.trainer.none")}</option>
              <option value="lead">{t("sessions.trainer.lead")}</option>
              <option value="co">{t("sessions.trainer.co")}</option>
            </SelectField>
          ))}
        </FieldGroup>

        <h2>{t("sessions.edit.section.notes")}</h2>
        <TextAreaField
          name="notesEn"
          lang="en"
          rows={3}
          label={t("sessions.field.notesEn")}
          hint={t("sessions.field.notesHint")}
          error={errors.notesEn}
          defaultValue={value("notesEn")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />
        <TextAreaField
          name="notesEs"
          lang="es"
          rows={3}
          label={t("sessions.field.notesEs")}
          error={errors.notesEs}
          defaultValue={value("notesEs")}
          maxLength={MAX_SESSION_NOTE_LENGTH}
        />

        <RadioGroup
          name="status"
          legend={t("sessions.field.status")}
          error={errors.status}
          value={value("status")}
          options={[
            { value: "draft", label: t("sessions.status.draft"), hint: t("sessions.status.draftHint") },
            { value: "published", label: t("sessions.status.published"), hint: t("sessions.status.publishedHint") },
          ]}
        />
        <p className="muted">{t("sessions.edit.whatHappens")}</p>
        <SubmitButton>{props.submitLabel}</SubmitButton>
      </Form>
    </>
  );
}
