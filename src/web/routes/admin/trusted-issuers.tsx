// Trusted hubs, for hub admins: other IPS hubs whose credentials count here by themselves — add one, change its name or
// where its keys live, stop or start trusting it, and match its trainings to this hub's courses.
import { Form, redirect } from "react-router";
import type { Route } from "./+types/trusted-issuers";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { localizedField } from "#i18n/localized.ts";
import { MAX_ACHIEVEMENT_ID_LENGTH, MAX_TRUSTED_ISSUER_NAME_LENGTH, MAX_WEB_ADDRESS_LENGTH } from "#core/limits.ts";
import { listCourses } from "#features/catalog/list-courses.ts";
import {
  addTrustedIssuer,
  listTrustedIssuers,
  setTrustedIssuerActive,
  updateTrustedIssuer,
} from "#features/trust/manage-trusted-issuers.ts";
import { addAchievementMapping, removeAchievementMapping } from "#features/trust/map-trusted-achievements.ts";
import { actorOf, attempt, formFields, type FormState, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { orRefused } from "./lib/roster-access.server.ts";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trust.admin.title");

const doneKinds = ["added", "saved", "activated", "deactivated", "mapped", "unmapped"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const [issuers, courses] = await Promise.all([
    orRefused(listTrustedIssuers(services.db, viewer)),
    listCourses(services.db, { includeArchived: false, now: services.now() }),
  ]);
  return {
    issuers,
    courses: courses.map((course) => ({ id: course.id, titleEn: course.titleEn, titleEs: course.titleEs })),
    done: oneOf(doneKinds, new URL(request.url).searchParams.get("done")),
  };
}

type TrustState = FormState & { form?: string; values?: Record<string, string> };

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const viewer = ctx.viewer;
  const actor = actorOf(ctx);
  const id = fields.id ?? "";
  const finish = async (
    work: () => Promise<unknown>,
    form: string,
    done: (typeof doneKinds)[number],
    values: Record<string, string> = {},
    fieldPrefix = "",
  ) => {
    const result = await attempt<unknown, TrustState>(work, t, { form, values }, { fieldPrefix });
    if (!result.ok) return result.response;
    throw redirect(`/admin/trusted-issuers?done=${done}`);
  };
  switch (fields.intent) {
    case "update": {
      const values = { name: fields.name ?? "", keyOrigin: fields.keyOrigin ?? "" };
      return finish(
        () => updateTrustedIssuer(ctx.services, { viewer, id, ...values }, actor),
        `update:${id}`,
        "saved",
        values,
        `${id}-`,
      );
    }
    case "activate":
    case "deactivate": {
      const active = fields.intent === "activate";
      return finish(
        () => setTrustedIssuerActive(ctx.services, { viewer, id, active }, actor),
        `issuer:${id}`,
        active ? "activated" : "deactivated",
      );
    }
    case "map": {
      const values = {
        achievementId: fields.achievementId ?? "",
        achievementName: fields.achievementName ?? "",
        courseId: fields.courseId ?? "",
      };
      return finish(
        () => addAchievementMapping(ctx.services, { viewer, trustedIssuerId: id, ...values }, actor),
        `map:${id}`,
        "mapped",
        values,
        `${id}-`,
      );
    }
    case "unmap":
      return finish(
        () =>
          removeAchievementMapping(ctx.services, { viewer, trustedIssuerId: id, id: fields.mappingId ?? "" }, actor),
        `issuer:${id}`,
        "unmapped",
      );
    default: {
      const values = { issuerId: fields.issuerId ?? "", name: fields.name ?? "", keyOrigin: fields.keyOrigin ?? "" };
      return finish(() => addTrustedIssuer(ctx.services, { viewer, ...values }, actor), "add", "added", values);
    }
  }
}

const doneKeys = {
  added: "trust.admin.added",
  saved: "trust.admin.saved",
  activated: "trust.admin.activated",
  deactivated: "trust.admin.deactivated",
  mapped: "trust.admin.mapped",
  unmapped: "trust.admin.unmapped",
} as const;

export default function TrustedIssuers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState<TrustState>(actionData);
  const { issuers, courses, done } = loaderData;
  const stateFor = (form: string) => (state?.form === form ? state : undefined);
  const adding = stateFor("add");
  return (
    <AdminPage title={t("trust.admin.title")}>
      <p className="lede">{t("trust.admin.lede")}</p>
      {done && !state ? <Notice>{t(doneKeys[done])}</Notice> : null}

      {issuers.length === 0 ? (
        <p className="card empty-state">{t("trust.admin.empty")}</p>
      ) : (
        <ul className="queue-list">
          {issuers.map((issuer) => {
            const updating = stateFor(`update:${issuer.id}`);
            const mapping = stateFor(`map:${issuer.id}`);
            const other = stateFor(`issuer:${issuer.id}`);
            const field = (name: string) => `field-${issuer.id}-${name}`;
            return (
              <li key={issuer.id} className="card queue-item stack">
                <h2 className="queue-title">
                  {issuer.name}{" "}
                  <span className={`pill ${issuer.active ? "declared-approved" : "declared-declined"}`}>
                    {t(issuer.active ? "trust.issuer.active" : "trust.issuer.inactive")}
                  </span>
                </h2>
                <p className="break-anywhere">
                  <code>{issuer.issuerId}</code>
                </p>
                <p className="muted break-anywhere">
                  {t("trust.issuer.keys", { origin: issuer.keyOrigin })} ·{" "}
                  {issuer.addedByName
                    ? t("trust.issuer.addedBy", {
                        name: issuer.addedByName,
                        date: format.date(issuer.createdAt, { dateStyle: "medium" }),
                      })
                    : t("trust.issuer.addedOn", { date: format.date(issuer.createdAt, { dateStyle: "medium" }) })}
                </p>
                {other?.formError ? <ErrorSummary formError={other.formError} /> : null}

                <h3>{t("trust.mappings.title")}</h3>
                {issuer.mappings.length === 0 ? (
                  <p className="muted">{t("trust.mappings.empty")}</p>
                ) : (
                  <ul className="plain-list">
                    {issuer.mappings.map((m) => (
                      <li key={m.id} className="break-anywhere">
                        {m.achievementId
                          ? t("trust.mappings.byId", { id: m.achievementId })
                          : t("trust.mappings.byName", { name: m.achievementName ?? "" })}{" "}
                        {t("trust.mappings.counts", { course: localizedField(m, "courseTitle", locale) })}{" "}
                        <ConfirmAction
                          label={t("trust.mappings.remove")}
                          context={`${m.achievementId ?? m.achievementName ?? ""} · ${issuer.name}`}
                          explanation={t("trust.mappings.removeExplain", {
                            course: localizedField(m, "courseTitle", locale),
                          })}
                          confirmLabel={t("trust.mappings.remove")}
                          fields={{ intent: "unmap", id: issuer.id, mappingId: m.id }}
                        />
                      </li>
                    ))}
                  </ul>
                )}

                <details open={mapping ? true : undefined}>
                  <summary>
                    {t("trust.mappings.add")}
                    <span className="visually-hidden"> · {issuer.name}</span>
                  </summary>
                  <ErrorSummary errors={mapping?.errors} formError={mapping?.formError} />
                  <Form method="post" className="stack narrow" noValidate>
                    <input type="hidden" name="intent" value="map" />
                    <input type="hidden" name="id" value={issuer.id} />
                    <TextField
                      id={field("achievementId")}
                      name="achievementId"
                      label={t("trust.field.achievementId")}
                      hint={t("trust.field.achievementIdHint")}
                      error={mapping?.errors?.[`${issuer.id}-achievementId`]}
                      defaultValue={mapping?.values?.achievementId ?? ""}
                      maxLength={MAX_ACHIEVEMENT_ID_LENGTH}
                      autoComplete="off"
                      spellCheck={false}
                    />
                    <TextField
                      id={field("achievementName")}
                      name="achievementName"
                      label={t("trust.field.achievementName")}
                      hint={t("trust.field.achievementNameHint")}
                      error={mapping?.errors?.[`${issuer.id}-achievementName`]}
                      defaultValue={mapping?.values?.achievementName ?? ""}
                      maxLength={MAX_TRUSTED_ISSUER_NAME_LENGTH}
                      autoComplete="off"
                    />
                    <SelectField
                      id={field("courseId")}
                      name="courseId"
                      label={t("trust.field.course")}
                      error={mapping?.errors?.[`${issuer.id}-courseId`]}
                      defaultValue={mapping?.values?.courseId ?? ""}
                      required
                    >
                      <option value="">{t("trust.field.courseChoose")}</option>
                      {courses.map((course) => (
                        <option key={course.id} value={course.id}>
                          {localizedField(course, "title", locale)}
                        </option>
                      ))}
                    </SelectField>
                    <SubmitButton>{t("trust.mappings.add")}</SubmitButton>
                  </Form>
                </details>

                <details open={updating ? true : undefined}>
                  <summary>
                    {t("trust.issuer.edit")}
                    <span className="visually-hidden"> · {issuer.name}</span>
                  </summary>
                  <ErrorSummary errors={updating?.errors} formError={updating?.formError} />
                  <Form method="post" className="stack narrow" noValidate>
                    <input type="hidden" name="intent" value="update" />
                    <input type="hidden" name="id" value={issuer.id} />
                    <TextField
                      id={field("name")}
                      name="name"
                      label={t("trust.field.name")}
                      error={updating?.errors?.[`${issuer.id}-name`]}
                      defaultValue={updating?.values?.name ?? issuer.name}
                      maxLength={MAX_TRUSTED_ISSUER_NAME_LENGTH}
                      required
                    />
                    <TextField
                      id={field("keyOrigin")}
                      name="keyOrigin"
                      type="url"
                      label={t("trust.field.keyOrigin")}
                      hint={t("trust.field.keyOriginHint")}
                      error={updating?.errors?.[`${issuer.id}-keyOrigin`]}
                      defaultValue={updating?.values?.keyOrigin ?? issuer.keyOrigin}
                      maxLength={MAX_WEB_ADDRESS_LENGTH}
                      autoComplete="off"
                    />
                    <SubmitButton>{t("trust.issuer.save")}</SubmitButton>
                  </Form>
                </details>

                <Form method="post" className="actions">
                  <input type="hidden" name="id" value={issuer.id} />
                  <button
                    type="submit"
                    name="intent"
                    value={issuer.active ? "deactivate" : "activate"}
                    className={issuer.active ? "danger" : "primary"}
                  >
                    {t(issuer.active ? "trust.issuer.deactivate" : "trust.issuer.activate")}
                    <span className="visually-hidden"> · {issuer.name}</span>
                  </button>
                </Form>
              </li>
            );
          })}
        </ul>
      )}

      <section className="narrow" aria-labelledby="trust-add-title">
        <h2 id="trust-add-title">{t("trust.admin.add")}</h2>
        <ErrorSummary errors={adding?.errors} formError={adding?.formError} />
        <Form method="post" className="stack" noValidate>
          <input type="hidden" name="intent" value="add" />
          <TextField
            name="issuerId"
            type="url"
            label={t("trust.field.issuerId")}
            hint={t("trust.field.issuerIdHint")}
            error={adding?.errors?.issuerId}
            defaultValue={adding?.values?.issuerId ?? ""}
            maxLength={MAX_WEB_ADDRESS_LENGTH}
            autoComplete="off"
            required
          />
          <TextField
            name="name"
            label={t("trust.field.name")}
            error={adding?.errors?.name}
            defaultValue={adding?.values?.name ?? ""}
            maxLength={MAX_TRUSTED_ISSUER_NAME_LENGTH}
            autoComplete="off"
            required
          />
          <TextField
            name="keyOrigin"
            type="url"
            label={t("trust.field.keyOrigin")}
            hint={t("trust.field.keyOriginHint")}
            error={adding?.errors?.keyOrigin}
            defaultValue={adding?.values?.keyOrigin ?? ""}
            maxLength={MAX_WEB_ADDRESS_LENGTH}
            autoComplete="off"
          />
          <SubmitButton>{t("trust.admin.add")}</SubmitButton>
        </Form>
      </section>
    </AdminPage>
  );
}
