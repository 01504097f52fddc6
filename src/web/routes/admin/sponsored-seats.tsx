// Partners' sponsored seat blocks for hub admins: every block with its seats used, invoice and release date; record a
// new block on a session, mark its invoice paid or not, and release its unused seats to the public early. Every seat
// decision goes through the seat ledger (src/features/partners/sponsored-blocks.ts).
import { Form, redirect } from "react-router";
import type { Route } from "./+types/sponsored-seats";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { longDate, money } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import {
  createSponsoredBlock,
  listBlockChoices,
  listSponsoredBlocks,
  releaseSponsoredBlock,
  setSponsoredBlockPaid,
} from "#features/partners/sponsored-blocks.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import {
  CheckboxField,
  ConfirmAction,
  ErrorSummary,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  useFormState,
} from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "partners.blocks.admin.title");

const notices = ["paid", "released"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const now = services.now();
  const [blocks, choices] = await Promise.all([
    listSponsoredBlocks(services.db, viewer, null),
    listBlockChoices(services.db, viewer, now),
  ]);
  const url = new URL(request.url);
  return {
    blocks: blocks.map((block) => ({
      id: block.id,
      partner: block.organizationName,
      session: `${localizedField(block, "courseTitle", locale)} · ${longDate(locale, block.timeZone, block.startsAt)}`,
      seats: block.seats,
      used: block.used,
      code: block.code,
      hasReference: block.invoiceReference !== "",
      amount: money(locale, block.currency, block.amountCents),
      reference: block.invoiceReference,
      paid: block.paid,
      releaseOn: longDate(locale, timeZone, block.releaseAt),
      releasedOn: block.releasedAt ? longDate(locale, timeZone, block.releasedAt) : null,
    })),
    organizations: choices.organizations,
    sessions: choices.sessions.map((session) => ({
      id: session.id,
      label: `${localizedField(session, "title", locale)} · ${longDate(locale, session.timeZone, session.startsAt)}`,
    })),
    created: url.searchParams.get("created"),
    done: oneOf(notices, url.searchParams.get("done")),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const actor = actorOf(ctx);
  if (fields.intent === "paid" || fields.intent === "release") {
    const blockId = fields.blockId ?? "";
    const result = await attempt(
      () =>
        fields.intent === "paid"
          ? setSponsoredBlockPaid(ctx.services, { viewer: ctx.viewer, blockId, paid: fields.paid === "on" }, actor)
          : releaseSponsoredBlock(ctx.services, { viewer: ctx.viewer, blockId }, actor),
      t,
      { form: fields.intent },
    );
    if (!result.ok) return result.response;
    throw redirect(`/admin/sponsored-seats?done=${fields.intent === "paid" ? "paid" : "released"}`);
  }
  const values = {
    organizationId: fields.organizationId ?? "",
    sessionId: fields.sessionId ?? "",
    seats: fields.seats ?? "",
    releaseAt: fields.releaseAt ?? "",
    amountCents: fields.amountCents ?? "",
    invoiceReference: fields.invoiceReference ?? "",
    paid: fields.paid === "on" ? "on" : "",
  };
  const result = await attempt(
    () =>
      createSponsoredBlock(
        ctx.services,
        {
          viewer: ctx.viewer,
          organizationId: values.organizationId,
          sessionId: values.sessionId,
          seats: values.seats,
          // The day the admin chose, at noon UTC: the same calendar day for every zone the hub serves.
          releaseAt: /^\d{4}-\d{2}-\d{2}$/.test(values.releaseAt) ? `${values.releaseAt}T12:00:00Z` : "invalid",
          amountCents: values.amountCents,
          invoiceReference: values.invoiceReference,
          paid: values.paid === "on",
        },
        actor,
      ),
    t,
    { form: "create", values },
  );
  if (!result.ok) return result.response;
  throw redirect(`/admin/sponsored-seats?created=${encodeURIComponent(result.value.code)}`);
}

export default function SponsoredSeats({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state } = useFormState(actionData);
  const createErrors = state?.form === "create" ? (state.errors ?? {}) : {};
  const values = state?.form === "create" ? state.values : undefined;
  const rowAnswer = state && state.form !== "create" ? state : undefined;
  const data = loaderData;
  return (
    <AdminPage title={t("partners.blocks.admin.title")}>
      <p className="lede">{t("partners.blocks.admin.lede")}</p>
      {data.created && !state ? <Notice>{t("partners.blocks.admin.created", { code: data.created })}</Notice> : null}
      {data.done && !state ? (
        <Notice>
          {t(data.done === "paid" ? "partners.blocks.admin.paidChanged" : "partners.blocks.admin.releasedNow")}
        </Notice>
      ) : null}
      {rowAnswer ? <ErrorSummary errors={rowAnswer.errors} formError={rowAnswer.formError} /> : null}
      {data.blocks.length === 0 ? (
        <p className="card empty-state">{t("partners.blocks.admin.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={data.blocks}
          rowKey={(block) => block.id}
          columns={[
            { label: t("partners.blocks.admin.column.partner"), rowHeader: true, cell: (block) => block.partner },
            { label: t("partners.blocks.admin.column.session"), cell: (block) => block.session },
            {
              label: t("partners.blocks.admin.column.seats"),
              cell: (block) => (
                <>
                  {t("partners.blocks.seats", { used: block.used, seats: block.seats })}
                  <span className="field-hint">
                    {" "}
                    {t("partners.blocks.code")}: <code>{block.code}</code>
                  </span>
                </>
              ),
            },
            {
              label: t("partners.blocks.admin.column.invoice"),
              cell: (block) =>
                t("partners.blocks.invoice", {
                  reference: block.hasReference ? block.reference : t("partners.blocks.admin.noReference"),
                  amount: block.amount,
                  paid: t(block.paid ? "partners.blocks.paid" : "partners.blocks.unpaid"),
                }),
            },
            {
              label: t("partners.blocks.admin.column.release"),
              cell: (block) =>
                block.releasedOn ? t("partners.blocks.admin.released", { date: block.releasedOn }) : block.releaseOn,
            },
            {
              label: t("partners.blocks.admin.column.actions"),
              actions: true,
              cell: (block) => (
                <div className="card-actions">
                  <Form method="post">
                    <input type="hidden" name="intent" value="paid" />
                    <input type="hidden" name="blockId" value={block.id} />
                    {block.paid ? null : <input type="hidden" name="paid" value="on" />}
                    <button type="submit" className="secondary">
                      {t(block.paid ? "partners.blocks.admin.markUnpaid" : "partners.blocks.admin.markPaid")}
                      <span className="visually-hidden"> · {block.partner}</span>
                    </button>
                  </Form>
                  {block.releasedOn ? null : (
                    <ConfirmAction
                      label={t("partners.blocks.admin.release")}
                      context={`${block.partner} · ${block.session}`}
                      explanation={t("partners.blocks.admin.releaseExplain", {
                        unused: Math.max(0, block.seats - block.used),
                        partner: block.partner,
                      })}
                      confirmLabel={t("partners.blocks.admin.releaseConfirm")}
                      fields={{ intent: "release", blockId: block.id }}
                    />
                  )}
                </div>
              ),
            },
          ]}
        />
      )}

      <section className="narrow card" aria-labelledby="create-title">
        <h2 id="create-title">{t("partners.blocks.admin.create.title")}</h2>
        {data.sessions.length === 0 ? (
          <p className="muted">{t("partners.blocks.admin.create.noSessions")}</p>
        ) : (
          <>
            <ErrorSummary errors={createErrors} formError={state?.form === "create" ? state.formError : undefined} />
            <Form method="post" className="stack" noValidate>
              <input type="hidden" name="intent" value="create" />
              <SelectField
                name="organizationId"
                label={t("partners.blocks.admin.create.organization")}
                error={createErrors.organizationId}
                defaultValue={values?.organizationId ?? ""}
              >
                {data.organizations.map((organization) => (
                  <option key={organization.id} value={organization.id}>
                    {organization.name}
                  </option>
                ))}
              </SelectField>
              <SelectField
                name="sessionId"
                label={t("partners.blocks.admin.create.session")}
                error={createErrors.sessionId}
                defaultValue={values?.sessionId ?? ""}
              >
                {data.sessions.map((session) => (
                  <option key={session.id} value={session.id}>
                    {session.label}
                  </option>
                ))}
              </SelectField>
              <TextField
                name="seats"
                type="number"
                min={1}
                inputMode="numeric"
                label={t("partners.blocks.admin.create.seats")}
                error={createErrors.seats}
                defaultValue={values?.seats ?? ""}
                required
              />
              <TextField
                name="releaseAt"
                type="date"
                label={t("partners.blocks.admin.create.releaseAt")}
                hint={t("partners.blocks.admin.create.releaseHint")}
                error={createErrors.releaseAt}
                defaultValue={values?.releaseAt ?? ""}
                required
              />
              <TextField
                name="amountCents"
                type="number"
                min={0}
                inputMode="numeric"
                label={t("partners.blocks.admin.create.amount")}
                error={createErrors.amountCents}
                defaultValue={values?.amountCents ?? "0"}
              />
              <TextField
                name="invoiceReference"
                label={t("partners.blocks.admin.create.reference")}
                error={createErrors.invoiceReference}
                defaultValue={values?.invoiceReference ?? ""}
                maxLength={100}
              />
              <CheckboxField
                name="paid"
                label={t("partners.blocks.admin.create.paid")}
                defaultChecked={values?.paid === "on"}
              />
              <SubmitButton>{t("partners.blocks.admin.create.submit")}</SubmitButton>
            </Form>
          </>
        )}
      </section>
    </AdminPage>
  );
}
