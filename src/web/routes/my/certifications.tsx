// A person's certifications and CE hours: where they stand for renewal, what to do next, the ledger, and forms to add
// a certification or hours from elsewhere (with an evidence file, or with another IPS hub's digital credential, which
// counts at once when it comes from a trusted hub and names the person). Works without JavaScript.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/certifications";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { ceCategories } from "#core/catalog.ts";
import { minutesFromHours, hoursFromMinutes } from "#core/decimal-input.ts";
import { MAX_EVIDENCE_BYTES } from "#core/evidence.ts";
import { utcToZoned } from "#core/local-time.ts";
import {
  addCertification,
  listCertificationTypes,
  removeCertification,
  updateCertification,
} from "#features/certifications/manage-certifications.ts";
import { recordOutsideHours, removeOutsideHours } from "#features/certifications/outside-hours.ts";
import { addHoursByCredential } from "#features/certifications/add-hours-by-credential.ts";
import { MAX_CREDENTIAL_BYTES } from "#features/credentials/verify-any-credential.ts";
import { oneOf } from "#web/search-params.ts";
import { personCompliance, type CertificationStanding } from "#features/certifications/person-compliance.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { localized, localizedField } from "#i18n/localized.ts";
import {
  ConfirmAction,
  CheckboxField,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { MyTrainingsPage } from "./lib/my-nav.tsx";
import { MAX_CERTIFICATION_NUMBER_LENGTH, MAX_CERTIFICATION_TEXT_LENGTH } from "#core/limits.ts";

export const handle: RouteHandle = { access: "signed-in", acceptsFiles: true };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "certifications.title");

const notices = {
  added: "certifications.added",
  removed: "certifications.removed",
  reminders: "certifications.reminders.saved",
  hours: "certifications.outside.added",
} as const satisfies Record<string, MessageKey>;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, timeZone } = appContext(context);
  const now = services.now();
  const [types, standing] = await Promise.all([
    listCertificationTypes(services.db),
    personCompliance(services.db, viewer!.userId, now, utcToZoned(now, timeZone).date),
  ]);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const byCredential = oneOf(["accepted", "queued"] as const, url.searchParams.get("credential"));
  // The entry the credential added, named back in the notice (its hours and hub).
  const added = byCredential ? standing.ledger.find((entry) => entry.id === url.searchParams.get("entry")) : undefined;
  return {
    byCredential: added ? byCredential : null,
    addedByCredential: added ? { minutes: added.minutes, provider: added.provider ?? "" } : null,
    types: types.map(({ key, name, authority }) => ({ key, name, authority })),
    standings: standing.standings,
    ledger: standing.ledger,
    notice: done && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : null,
  };
}

type PageState = FormState & {
  form?: "certification" | "hours" | "credential" | "entry" | "remove" | "reminders";
};

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const actor = actorOf(ctx);
  const services = ctx.services;
  switch (fields.intent) {
    case "add-certification": {
      const values = { typeKey: fields.typeKey ?? "", number: fields.number ?? "", issuedOn: fields.issuedOn ?? "" };
      const result = await attempt(() => addCertification(services, { viewer: ctx.viewer, ...values }, actor), t, {
        values,
        form: "certification",
      });
      if (!result.ok) return result.response;
      throw redirect("/my/certifications?done=added");
    }
    case "reminders": {
      const result = await attempt(
        () =>
          updateCertification(
            services,
            {
              viewer: ctx.viewer,
              id: fields.id ?? "",
              typeKey: fields.typeKey ?? "",
              number: fields.number ?? "",
              issuedOn: fields.issuedOn ?? "",
              remindersOn: fields.remindersOn === "on",
            },
            actor,
          ),
        t,
        { form: "reminders" },
      );
      if (!result.ok) return result.response;
      throw redirect("/my/certifications?done=reminders");
    }
    case "remove-certification": {
      const result = await attempt(
        () => removeCertification(services, { viewer: ctx.viewer, id: fields.id ?? "" }, actor),
        t,
        { form: "remove" },
      );
      if (!result.ok) return result.response;
      throw redirect("/my/certifications?done=removed");
    }
    case "remove-hours": {
      const result = await attempt(
        () => removeOutsideHours(services, { viewer: ctx.viewer, id: fields.id ?? "" }, actor),
        t,
        { form: "entry" },
      );
      if (!result.ok) return result.response;
      throw redirect("/my/certifications?done=removed");
    }
    case "add-hours": {
      const values: Record<string, string> = {
        title: fields.title ?? "",
        provider: fields.provider ?? "",
        completedOn: fields.completedOn ?? "",
        hours: fields.hours ?? "",
        inPerson: fields.inPerson ?? "",
      };
      for (const category of ceCategories) values[`category-${category}`] = fields[`category-${category}`] ?? "";
      const file = form.get("evidence");
      const minutes = minutesFromHours(values.hours!);
      const categories = ceCategories.flatMap((category) => {
        const typed = values[`category-${category}`]!.trim();
        if (!typed) return [];
        const categoryMinutes = minutesFromHours(typed);
        return [{ category, minutes: categoryMinutes ?? -1 }];
      });
      if (categories.some((c) => c.minutes <= 0)) {
        return data<PageState>(
          { values, form: "hours", errors: { categories: t("certifications.errors.hours") } },
          { status: 400 },
        );
      }
      const evidence =
        file instanceof File && file.size > 0
          ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
          : null;
      const result = await attempt(
        () =>
          recordOutsideHours(
            services,
            {
              viewer: ctx.viewer,
              title: values.title!,
              provider: values.provider!,
              completedOn: values.completedOn!,
              minutes: minutes ?? Number.NaN,
              categories,
              inPerson: values.inPerson === "on",
              evidence,
            },
            actor,
          ),
        t,
        { values, form: "hours" },
      );
      if (!result.ok) return result.response;
      throw redirect("/my/certifications?done=hours");
    }
    case "add-hours-credential": {
      const file = form.get("credentialFile");
      let credential = (fields.credential ?? "").trim();
      const values = {
        credential: credential.length <= MAX_CREDENTIAL_BYTES ? credential : "",
        credentialInPerson: fields.credentialInPerson ?? "",
      };
      if (!credential && file instanceof File && file.size > 0) {
        if (file.size > MAX_CREDENTIAL_BYTES)
          return data<PageState>(
            { values, form: "credential", errors: { credential: t("trust.errors.credentialTooLarge") } },
            { status: 400 },
          );
        credential = (await file.text()).trim();
      }
      const result = await attempt(
        () =>
          addHoursByCredential(
            services,
            { viewer: ctx.viewer, credential, inPerson: values.credentialInPerson === "on" },
            actor,
          ),
        t,
        { values, form: "credential" },
      );
      if (!result.ok) return result.response;
      throw redirect(`/my/certifications?credential=${result.value.status}&entry=${result.value.id}`);
    }
    default:
      return data<PageState>({ formError: t("admin.errors.conflict") }, { status: 400 });
  }
}

/** Hours from whole minutes, in the page's language ("1.5" in English, "1,5" in Spanish). */
function useHours(): (minutes: number) => string {
  const format = useFormat();
  return (minutes) => format.number(Number(hoursFromMinutes(minutes)));
}

function Standing({ standing }: { standing: CertificationStanding }) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const c = standing.compliance;
  const hours = useHours();
  const date = (iso: string) => format.date(`${iso}T12:00:00Z`, { dateStyle: "long", timeZone: "UTC" });
  const category = (key: string) => t(`certifications.category.${key}` as MessageKey);
  // Status first, in one sentence: what is still missing and when renewal opens (or until when it is open).
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const missing = [
    ...c.categories
      .filter((entry) => entry.stillNeeded > 0)
      .map((entry) =>
        t("certifications.headline.need.category", {
          hours: hours(entry.stillNeeded),
          category: category(entry.category),
        }),
      ),
    ...(c.inPerson && c.inPerson.counted < c.inPerson.required
      ? [t("certifications.headline.need.inPerson", { hours: hours(c.inPerson.required - c.inPerson.counted) })]
      : []),
  ];
  // The total still needed leads when it is more than the categories add up to.
  if (c.minutesStillNeeded > 0)
    missing.unshift(t("certifications.headline.need.total", { hours: hours(c.minutesStillNeeded) }));
  const when =
    c.status === "renewal_open"
      ? t("certifications.headline.openUntil", { date: date(c.expiresOn) })
      : t("certifications.headline.opens", { date: date(c.renewalOpensOn) });
  const headline =
    c.daysUntilExpiry < 0
      ? null
      : missing.length
        ? t("certifications.headline.left", { needs: list.format(missing), when })
        : t("certifications.headline.done", { when });
  return (
    <article className="card stack" aria-labelledby={`certification-${standing.id}`}>
      <h2 id={`certification-${standing.id}`}>{standing.typeName}</h2>
      <p className="ce-status">
        <strong className={`status status-${c.status}`}>{t(`certifications.status.${c.status}`)}</strong>
        {headline ? <span className="ce-headline"> {headline}</span> : null}
      </p>
      <p className="muted">
        {standing.authority}
        {standing.number ? ` · ${t("certifications.number", { number: standing.number })}` : null} ·{" "}
        {t("certifications.issued", { date: date(standing.issuedOn) })}
      </p>
      <ul className="plain-list">
        <li>
          {t("certifications.summary.hours", { counted: hours(c.countedMinutes), required: hours(c.requiredMinutes) })}
        </li>
        {c.categories.map((entry) => (
          <li key={entry.category}>
            {t("certifications.summary.category", {
              category: category(entry.category),
              counted: hours(entry.countedMinutes),
              required: hours(entry.requiredMinutes),
            })}
          </li>
        ))}
        {c.inPerson ? (
          <li>
            {t("certifications.summary.inPerson", {
              counted: hours(c.inPerson.counted),
              required: hours(c.inPerson.required),
            })}
          </li>
        ) : null}
        {c.daysUntilExpiry >= 0 ? <li>{t("certifications.summary.opens", { date: date(c.renewalOpensOn) })}</li> : null}
        <li>
          {c.daysUntilExpiry >= 0
            ? t("certifications.summary.expires", { date: date(c.expiresOn) })
            : t("certifications.summary.expired", { date: date(c.expiresOn) })}
        </li>
      </ul>
      {c.unverifiedOutsideMinutes > 0 ? (
        <p className="muted">{t("certifications.summary.unverified", { hours: hours(c.unverifiedOutsideMinutes) })}</p>
      ) : null}
      <section aria-labelledby={`next-${standing.id}`}>
        <h3 id={`next-${standing.id}`}>{t("certifications.next.title")}</h3>
        {c.status === "lapsed_needs_test" ? <p>{t("certifications.next.lapsed")}</p> : null}
        {c.status === "expired" ? <p>{t("certifications.next.expired", { date: date(c.expiresOn) })}</p> : null}
        {c.complete ? (
          <p>{t("certifications.next.complete")}</p>
        ) : (
          <ul>
            {c.minutesStillNeeded > 0 ? (
              <li>
                {t("certifications.next.moreHours", { hours: hours(c.minutesStillNeeded), date: date(c.expiresOn) })}
              </li>
            ) : null}
            {c.categories
              .filter((entry) => entry.stillNeeded > 0)
              .map((entry) => (
                <li key={entry.category}>
                  {t("certifications.next.category", {
                    hours: hours(entry.stillNeeded),
                    category: category(entry.category),
                  })}
                </li>
              ))}
            {c.inPerson && c.inPerson.counted < c.inPerson.required ? (
              <li>{t("certifications.next.inPerson", { hours: hours(c.inPerson.required - c.inPerson.counted) })}</li>
            ) : null}
          </ul>
        )}
        {standing.suggestions.length ? (
          <>
            <p>{t("certifications.next.suggestions")}</p>
            <ul>
              {standing.suggestions.map((session) => (
                <li key={session.sessionId}>
                  <Link to={`/trainings/${session.sessionId}`}>{localizedField(session, "title", locale)}</Link> —{" "}
                  {format.date(session.startsAt, { dateStyle: "medium" })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <details className="ce-more">
        <summary>{t("certifications.settings.title")}</summary>
        <div className="stack">
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="reminders" />
            <input type="hidden" name="id" value={standing.id} />
            <input type="hidden" name="typeKey" value={standing.typeKey} />
            <input type="hidden" name="number" value={standing.number ?? ""} />
            <input type="hidden" name="issuedOn" value={standing.issuedOn} />
            <CheckboxField
              name="remindersOn"
              id={`reminders-${standing.id}`}
              label={t("certifications.reminders.on")}
              defaultChecked={standing.remindersOn}
            />
            <button type="submit" className="secondary">
              {t("certifications.reminders.save")}
            </button>
          </Form>
          <ConfirmAction
            label={t("certifications.remove")}
            context={standing.typeName}
            explanation={t("certifications.removeExplain")}
            confirmLabel={t("certifications.remove")}
            fields={{ intent: "remove-certification", id: standing.id }}
          />
        </div>
      </details>
    </article>
  );
}

export default function Certifications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state, errors } = useFormState<PageState>(actionData);
  const certificationErrors = state?.form === "certification" ? errors : {};
  const hoursErrors = state?.form === "hours" ? errors : {};
  const credentialErrors = state?.form === "credential" ? errors : {};
  const kept = (name: string) => (state?.values?.[name] as string | undefined) ?? "";
  const hours = useHours();
  return (
    <MyTrainingsPage title={t("certifications.title")}>
      <p className="lede">{t("certifications.lede")}</p>
      {loaderData.notice && !state ? <Notice>{t(loaderData.notice)}</Notice> : null}
      {loaderData.byCredential && loaderData.addedByCredential && !state ? (
        <Notice>
          {loaderData.byCredential === "accepted"
            ? t("certifications.credential.accepted", {
                hours: hours(loaderData.addedByCredential.minutes),
                provider: loaderData.addedByCredential.provider,
              })
            : t("certifications.credential.queued")}
        </Notice>
      ) : null}
      {state && !state.form?.match(/certification|hours|credential/) ? (
        <ErrorSummary errors={errors} formError={state.formError} />
      ) : null}

      {loaderData.standings.length === 0 ? (
        <p className="card">{t("certifications.empty")}</p>
      ) : (
        loaderData.standings.map((standing) => <Standing key={standing.id} standing={standing} />)
      )}

      <div className="ce-actions">
        <details className="ce-form narrow" open={state?.form === "certification" || loaderData.standings.length === 0}>
          <summary>{t("certifications.add.title")}</summary>
          <section aria-labelledby="add-certification" className="stack">
            <h2 id="add-certification" className="visually-hidden">
              {t("certifications.add.title")}
            </h2>
            {state?.form === "certification" ? (
              <ErrorSummary errors={certificationErrors} formError={state.formError} />
            ) : null}
            <Form method="post" className="stack" noValidate>
              <input type="hidden" name="intent" value="add-certification" />
              <SelectField
                name="typeKey"
                label={t("certifications.add.type")}
                error={certificationErrors.typeKey}
                defaultValue={kept("typeKey")}
              >
                <option value="">—</option>
                {loaderData.types.map((type) => (
                  <option key={type.key} value={type.key}>
                    {type.name}
                  </option>
                ))}
              </SelectField>
              <TextField
                name="number"
                label={t("certifications.add.number")}
                hint={t("certifications.add.numberHint")}
                error={certificationErrors.number}
                defaultValue={kept("number")}
                maxLength={MAX_CERTIFICATION_NUMBER_LENGTH}
                autoComplete="off"
              />
              <TextField
                name="issuedOn"
                type="date"
                label={t("certifications.add.issuedOn")}
                hint={t("certifications.add.issuedOnHint")}
                error={certificationErrors.issuedOn}
                defaultValue={kept("issuedOn")}
                required
              />
              <SubmitButton>{t("certifications.add.submit")}</SubmitButton>
            </Form>
          </section>
        </details>

        <details className="ce-form narrow" open={state?.form === "hours"}>
          <summary>{t("certifications.outside.title")}</summary>
          <section aria-labelledby="add-hours" className="stack">
            <h2 id="add-hours" className="visually-hidden">
              {t("certifications.outside.title")}
            </h2>
            <p>{t("certifications.outside.explain")}</p>
            {state?.form === "hours" ? <ErrorSummary errors={hoursErrors} formError={state.formError} /> : null}
            <Form method="post" encType="multipart/form-data" className="stack" noValidate>
              <input type="hidden" name="intent" value="add-hours" />
              <TextField
                name="title"
                label={t("certifications.outside.titleField")}
                error={hoursErrors.title}
                defaultValue={kept("title")}
                maxLength={MAX_CERTIFICATION_TEXT_LENGTH}
                required
              />
              <TextField
                name="provider"
                label={t("certifications.outside.provider")}
                error={hoursErrors.provider}
                defaultValue={kept("provider")}
                maxLength={MAX_CERTIFICATION_TEXT_LENGTH}
                required
              />
              <TextField
                name="completedOn"
                type="date"
                label={t("certifications.outside.completedOn")}
                error={hoursErrors.completedOn}
                defaultValue={kept("completedOn")}
                required
              />
              <TextField
                name="hours"
                id="field-minutes"
                inputMode="decimal"
                label={t("certifications.outside.hours")}
                hint={t("certifications.outside.hoursHint")}
                error={hoursErrors.minutes}
                defaultValue={kept("hours")}
                required
              />
              <fieldset
                className="stack"
                aria-describedby={hoursErrors.categories ? "field-categories-error" : undefined}
              >
                <legend>{t("certifications.outside.categories")}</legend>
                {hoursErrors.categories ? (
                  <p className="field-error" id="field-categories-error">
                    {hoursErrors.categories}
                  </p>
                ) : null}
                {ceCategories
                  .filter((category) => category !== "general")
                  .map((category) => (
                    <TextField
                      key={category}
                      name={`category-${category}`}
                      inputMode="decimal"
                      label={t(`certifications.category.${category}` as MessageKey)}
                      defaultValue={kept(`category-${category}`)}
                    />
                  ))}
              </fieldset>
              <CheckboxField
                name="inPerson"
                label={t("certifications.outside.inPerson")}
                defaultChecked={kept("inPerson") === "on"}
              />
              <TextField
                name="evidence"
                type="file"
                accept="application/pdf,image/png,image/jpeg,image/webp"
                label={t("certifications.outside.evidence")}
                hint={`PDF, PNG, JPEG, WebP · ${Math.round(MAX_EVIDENCE_BYTES / 1024 / 1024)} MB`}
                error={hoursErrors.evidence}
                required
              />
              <SubmitButton>{t("certifications.outside.submit")}</SubmitButton>
            </Form>
          </section>
        </details>

        <details className="ce-form narrow" open={state?.form === "credential"}>
          <summary>{t("certifications.credential.title")}</summary>
          <section aria-labelledby="add-credential-hours" className="stack">
            <h2 id="add-credential-hours" className="visually-hidden">
              {t("certifications.credential.title")}
            </h2>
            <p>{t("certifications.credential.explain")}</p>
            {state?.form === "credential" ? (
              <ErrorSummary errors={credentialErrors} formError={state.formError} />
            ) : null}
            <Form method="post" encType="multipart/form-data" className="stack" noValidate>
              <input type="hidden" name="intent" value="add-hours-credential" />
              <TextAreaField
                name="credential"
                label={t("certifications.credential.paste")}
                hint={t("certifications.credential.pasteHint")}
                error={credentialErrors.credential}
                defaultValue={kept("credential")}
                rows={6}
                spellCheck={false}
                autoComplete="off"
              />
              <TextField
                name="credentialFile"
                type="file"
                accept=".json,.jwt,application/json,application/ld+json,text/plain"
                label={t("certifications.credential.file")}
              />
              <CheckboxField
                name="credentialInPerson"
                label={t("certifications.outside.inPerson")}
                defaultChecked={kept("credentialInPerson") === "on"}
              />
              <SubmitButton>{t("certifications.credential.submit")}</SubmitButton>
            </Form>
          </section>
        </details>
      </div>

      <section aria-labelledby="ledger-title" className="stack">
        <h2 id="ledger-title">{t("certifications.ledger.title")}</h2>
        {loaderData.ledger.length === 0 ? (
          <p className="card">{t("certifications.ledger.empty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.ledger}
            rowKey={(entry) => entry.id}
            columns={[
              {
                label: t("certifications.ledger.date"),
                cell: (entry) =>
                  format.date(`${entry.completedOn}T12:00:00Z`, { dateStyle: "medium", timeZone: "UTC" }),
              },
              {
                label: t("certifications.ledger.what"),
                rowHeader: true,
                cell: (entry) => localized({ en: entry.title, es: entry.titleEs }, locale),
              },
              { label: t("certifications.ledger.hours"), cell: (entry) => hours(entry.minutes) },
              {
                label: t("certifications.ledger.categories"),
                cell: (entry) =>
                  entry.categories.length
                    ? entry.categories
                        .map((c) => `${t(`certifications.category.${c.category}` as MessageKey)} ${hours(c.minutes)}`)
                        .join(", ")
                    : t("certifications.category.general"),
              },
              {
                label: t("certifications.ledger.where"),
                cell: (entry) => t(entry.inPerson ? "certifications.ledger.inPerson" : "certifications.ledger.online"),
              },
              {
                label: t("certifications.ledger.source"),
                cell: (entry) =>
                  entry.source === "hub" ? (
                    <span className="stack-tight">
                      {entry.credentialCode ? (
                        <Link to={`/verify/${entry.credentialCode}`}>{t("certifications.ledger.hub")}</Link>
                      ) : (
                        <span>{t("certifications.ledger.hub")}</span>
                      )}
                      {entry.imported ? <span className="muted">{t("imports.ledger.imported")}</span> : null}
                    </span>
                  ) : (
                    <span className="stack-tight">
                      <span>
                        {t(
                          entry.byCredential ? "certifications.ledger.fromCredential" : "certifications.ledger.outside",
                          {
                            provider: entry.provider ?? "",
                          },
                        )}
                      </span>
                      <span className="muted">
                        {t(
                          entry.checkedByCredential
                            ? "certifications.ledger.checkedByCredential"
                            : entry.verified
                              ? "certifications.ledger.verified"
                              : "certifications.ledger.unverified",
                        )}
                      </span>
                      {entry.hasEvidence ? (
                        <a href={`/my/certifications/evidence/${entry.id}`}>{t("certifications.ledger.evidence")}</a>
                      ) : null}
                      {!entry.verified ? (
                        <ConfirmAction
                          label={t("certifications.ledger.removeEntry")}
                          context={entry.title}
                          explanation={t("certifications.errors.cannotRemove")}
                          confirmLabel={t("certifications.ledger.removeEntry")}
                          fields={{ intent: "remove-hours", id: entry.id }}
                        />
                      ) : null}
                    </span>
                  ),
              },
            ]}
          />
        )}
        <p>
          <a href="/my/certifications/transcript.pdf">{t("certifications.ledger.transcript")}</a>
        </p>
      </section>
    </MyTrainingsPage>
  );
}
