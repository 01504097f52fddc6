// A session's roster for its trainers and hub admins: the seats at a glance, everyone registered grouped by state with
// their answers, and the staff actions (cancel, decide, move in line, transfer, no-show, register someone by phone).
import { Form, data, redirect } from "react-router";
import type { ReactNode } from "react";
import type { Route } from "./+types/session-roster";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator, type MessageKey } from "#i18n/translate.ts";
import { isHubAdmin, mayRegisterSomeoneElse } from "#core/access.ts";
import type { RegistrationStatus } from "#core/registration.ts";
import { listSessionRoster, type RosterEntry } from "#features/registration/list-session-roster.ts";
import { readRosterSession } from "#features/registration/read-roster-session.ts";
import { cancelRegistration } from "#features/registration/cancel-registration.ts";
import { approveApplication } from "#features/registration/approve-application.ts";
import { denyApplication } from "#features/registration/deny-application.ts";
import { moveWaitlistEntry } from "#features/registration/move-waitlist-entry.ts";
import { transferRegistration } from "#features/registration/transfer-registration.ts";
import { markNoShow } from "#features/registration/mark-attendance-status.ts";
import { registerSomeoneElse } from "#features/registration/register-someone-else.ts";
import { listPeople } from "#features/access/list-people.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { oneOf } from "#web/search-params.ts";
import { inZone } from "#i18n/format.ts";
import { localizedField } from "#i18n/localized.ts";
import { ErrorSummary, Notice, SubmitButton, TextField, useFormState } from "../../components/forms.tsx";
import { useFormat, useLocale, useT } from "../../components/i18n.tsx";
import { ResponsiveTable, type Column } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { orRefused } from "./lib/roster-access.server.ts";
import { readRegistrationForm } from "./lib/registration-form.server.ts";
import { RosterActions, rowForm, type RowState } from "./lib/roster-actions.tsx";
import {
  AnswerList,
  ConsentField,
  EmailText,
  PersonalFields,
  PriceFields,
  PriceText,
  QuestionFields,
  StatusPill,
} from "./lib/roster-parts.tsx";

export const handle: RouteHandle = { access: "trainer" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "roster.pageTitle");

const doneKinds = [
  "cancelled",
  "approved",
  "denied",
  "moved",
  "no-show",
  "attended",
  "transferred",
  "registered",
] as const;
const outcomes = ["confirmed", "waitlisted", "pending_approval"] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const now = services.now();
  const [roster, session] = await orRefused(
    Promise.all([
      listSessionRoster(services.db, viewer, params.id),
      readRosterSession(services.db, viewer, params.id, now),
    ]),
  );
  const url = new URL(request.url);
  const isAdmin = isHubAdmin(viewer);
  // Finding someone by email to register them (for no organization, so admins only), and only an exact address.
  const wanted = url.searchParams.get("person")?.trim().toLowerCase().slice(0, 254) ?? "";
  let lookup: { email: string; person: { id: string; name: string; email: string } | null } | null = null;
  if (mayRegisterSomeoneElse(viewer, { organizationId: null }) && wanted) {
    const found = await listPeople(services.db, { search: wanted });
    const person = found.people.find((p) => p.email === wanted);
    lookup = { email: wanted, person: person ? { id: person.id, name: person.name, email: person.email } : null };
  }
  return {
    // Those who may not read private answers are not sent the private questions either.
    session: roster.seesSensitive
      ? session
      : { ...session, questions: session.questions.filter((question) => !question.sensitive) },
    seesSensitive: roster.seesSensitive,
    entries: roster.entries,
    isAdmin,
    lookup,
    done: oneOf(doneKinds, url.searchParams.get("done")),
    outcome: oneOf(outcomes, url.searchParams.get("status")),
    place: Number(url.searchParams.get("place")) || null,
    created: url.searchParams.get("created") === "1",
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const form = await readForm(request);
  const fields = formFields(form);
  const intent = fields.intent ?? "";
  const registrationId = fields.registrationId ?? "";
  const actor = actorOf(ctx);
  const viewer = ctx.viewer;
  const done = (kind: (typeof doneKinds)[number], anchor: string, extra: Record<string, string> = {}) =>
    redirect(
      `/admin/sessions/${params.id}/roster?${new URLSearchParams({ done: kind, ...extra }).toString()}#${anchor}`,
    );
  const outcome = (status: string, place: number | null): Record<string, string> =>
    place ? { status, place: String(place) } : { status };
  // A row's form keeps what was typed; its field errors are named after the registration, so they land in the right row.
  const row = (values: Record<string, string> = {}) => ({
    kept: { form: rowForm(intent, registrationId), values },
    options: { fieldPrefix: `${registrationId}-` },
  });

  switch (intent) {
    case "cancel": {
      const { kept, options } = row({ reason: fields.reason ?? "" });
      const result = await attempt(
        () =>
          cancelRegistration(ctx.services, { viewer, registrationId, reason: fields.reason?.trim() || null }, actor),
        t,
        kept,
        options,
      );
      if (!result.ok) return result.response;
      throw done("cancelled", "roster");
    }
    case "approve":
    case "deny": {
      const { kept, options } = row({ message: fields.message ?? "" });
      const message = fields.message?.trim() || null;
      if (intent === "deny") {
        const result = await attempt(
          () => denyApplication(ctx.services, { viewer, registrationId, message }, actor),
          t,
          kept,
          options,
        );
        if (!result.ok) return result.response;
        throw done("denied", "applications");
      }
      const result = await attempt(
        () => approveApplication(ctx.services, { viewer, registrationId, message }, actor),
        t,
        kept,
        options,
      );
      if (!result.ok) return result.response;
      throw done(
        "approved",
        result.value.status === "confirmed" ? "confirmed" : "waitlist",
        outcome(result.value.status, result.value.waitlistPosition),
      );
    }
    case "move": {
      const { kept, options } = row({ position: fields.position ?? "", reason: fields.reason ?? "" });
      const result = await attempt(
        () =>
          moveWaitlistEntry(
            ctx.services,
            { viewer, registrationId, position: fields.position ?? "", reason: fields.reason ?? "" },
            actor,
          ),
        t,
        kept,
        options,
      );
      if (!result.ok) return result.response;
      throw done("moved", "waitlist", { place: String(result.value.position) });
    }
    case "transfer": {
      const { kept, options } = row({ toSessionId: fields.toSessionId ?? "", reason: fields.reason ?? "" });
      const result = await attempt(
        () =>
          transferRegistration(
            ctx.services,
            { viewer, registrationId, toSessionId: fields.toSessionId ?? "", reason: fields.reason?.trim() || null },
            actor,
          ),
        t,
        kept,
        options,
      );
      if (!result.ok) return result.response;
      throw done("transferred", "roster", outcome(result.value.status, result.value.waitlistPosition));
    }
    case "no-show":
    case "attended": {
      const { kept, options } = row();
      const result = await attempt(
        () => markNoShow(ctx.services, { viewer, registrationId, noShow: intent === "no-show" }, actor),
        t,
        kept,
        options,
      );
      if (!result.ok) return result.response;
      throw done(intent, intent === "no-show" ? "no-show" : "confirmed");
    }
    case "register": {
      const session = await orRefused(readRosterSession(ctx.services.db, viewer, params.id, ctx.services.now()));
      const read = readRegistrationForm(form, session.questions);
      const person = { email: fields.email ?? "", name: fields.name ?? "" };
      const result = await attempt(
        () =>
          registerSomeoneElse(
            ctx.services,
            { viewer, sessionId: params.id, ...person, ...read.fields, locale: ctx.locale },
            actor,
          ),
        t,
        { form: "register", values: { ...read.values, ...person } },
      );
      if (!result.ok) return result.response;
      const anchor =
        result.value.status === "confirmed"
          ? "confirmed"
          : result.value.status === "waitlisted"
            ? "waitlist"
            : "applications";
      throw done("registered", anchor, {
        ...outcome(result.value.status, result.value.waitlistPosition),
        ...(result.value.person.created ? { created: "1" } : {}),
      });
    }
    default:
      return data<RowState>({ formError: t("roster.errors.unknownAction") }, { status: 400 });
  }
}

type Group = { id: string; title: MessageKey; explain?: MessageKey; entries: RosterEntry[] };

const endedStatuses: readonly RegistrationStatus[] = ["declined", "expired", "cancelled", "denied", "transferred"];

function byName(a: RosterEntry, b: RosterEntry) {
  return a.name.localeCompare(b.name);
}

export default function SessionRoster({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const locale = useLocale();
  const { state } = useFormState<RowState>(actionData);
  const { session, entries, isAdmin, seesSensitive } = loaderData;
  const title = localizedField(session, "courseTitle", locale);
  const of = (...statuses: RegistrationStatus[]) => entries.filter((entry) => statuses.includes(entry.status));
  const waiting = of("waitlisted").sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const lineLength = new Set(waiting.map((entry) => entry.groupId ?? entry.id)).size;
  const groups: Group[] = [
    { id: "confirmed", title: "roster.group.confirmed", entries: of("confirmed").sort(byName) },
    { id: "offered", title: "roster.group.offered", explain: "roster.group.offeredExplain", entries: of("offered") },
    { id: "waitlist", title: "roster.group.waitlist", explain: "roster.group.waitlistExplain", entries: waiting },
    {
      id: "applications",
      title: "roster.group.applications",
      explain: "roster.group.applicationsExplain",
      entries: of("pending_approval", "approved"),
    },
    { id: "no-show", title: "roster.group.noShow", entries: of("no_show").sort(byName) },
  ];
  const ended = of(...endedStatuses);
  const groupSize = (entry: RosterEntry) =>
    entry.groupId
      ? entries.filter((other) => other.groupId === entry.groupId && other.status === entry.status).length
      : 1;
  const registerState = state?.form === "register" ? state : undefined;
  const rowState = state && state.form !== "register" ? state : undefined;

  const columns = (group: string, rows: readonly RosterEntry[]): Array<Column<RosterEntry>> => {
    const list: Array<Column<RosterEntry>> = [];
    if (group === "waitlist")
      list.push({
        label: t("roster.column.place"),
        cell: (entry) => <span className="place-number">{entry.waitlistPosition}</span>,
      });
    list.push({
      label: t("roster.column.person"),
      rowHeader: true,
      cell: (entry) => (
        <span className="person-cell">
          {entry.name}
          {entry.pronouns ? <span className="muted"> ({entry.pronouns})</span> : null}
          <span className="block muted">
            <EmailText email={entry.email} />
          </span>
          {entry.organizationName ? <span className="block">{entry.organizationName}</span> : null}
          {entry.groupId && groupSize(entry) > 1 ? (
            <span className="block muted">{t("roster.groupOf", { count: groupSize(entry) })}</span>
          ) : null}
          <span className="block muted registered-at">
            {t("roster.registeredAt", {
              when: format.dateTime(entry.requestedAt, { dateStyle: "short", timeStyle: "short" }),
            })}
          </span>
        </span>
      ),
    });
    if (group === "offered") {
      list.push({
        label: t("roster.column.offerEnds"),
        cell: (entry) => (entry.offerExpiresAt ? format.dateTime(entry.offerExpiresAt, inZone(session.timeZone)) : "—"),
      });
    }
    if (group === "ended")
      list.push({ label: t("roster.column.status"), cell: (entry) => <StatusPill status={entry.status} /> });
    list.push({
      label: t("roster.column.answers"),
      cell: (entry) => <AnswerList questions={session.questions} answers={entry.answers} />,
    });
    // Accommodations get a column where someone asked for one; the organization and group sit under the name.
    if (seesSensitive && rows.some((entry) => entry.accommodations)) {
      list.push({
        label: t("roster.column.accommodations"),
        cell: (entry) =>
          entry.accommodations ? (
            <span className="pre-line">{entry.accommodations}</span>
          ) : (
            <span className="muted">—</span>
          ),
      });
    }
    list.push({
      label: t("roster.column.price"),
      cell: (entry) => (
        <>
          <PriceText tier={entry.priceTier as never} amountCents={entry.amountCents} currency={session.currency} />
          {entry.scholarship ? (
            <span className="block">
              {isAdmin && entry.scholarship.status === "requested" ? (
                <a href="/admin/scholarships">{t("roster.scholarship.requested")}</a>
              ) : (
                t(`roster.scholarship.${entry.scholarship.status}` as MessageKey)
              )}
            </span>
          ) : null}
        </>
      ),
    });
    if (group !== "ended") {
      list.push({
        label: t("roster.column.actions"),
        actions: true,
        cell: (entry) => (
          <RosterActions
            entry={entry}
            session={session}
            isAdmin={isAdmin}
            lineLength={lineLength}
            groupSize={groupSize(entry)}
            state={rowState}
          />
        ),
      });
    }
    return list;
  };

  const counts: Array<{ label: string; value: number; note?: string }> = [
    {
      label: t("roster.count.capacity"),
      value: session.capacity,
      note:
        session.reservedPartnerSeats || session.reservedScholarshipSeats
          ? t("roster.count.reserved", {
              partner: session.reservedPartnerSeats,
              scholarship: session.reservedScholarshipSeats,
            })
          : undefined,
    },
    { label: t("roster.count.confirmed"), value: of("confirmed").length },
    { label: t("roster.count.offered"), value: of("offered").length },
    {
      label: t("roster.count.waiting"),
      value: waiting.length,
      note: waiting.length !== lineLength ? t("roster.count.entries", { count: lineLength }) : undefined,
    },
    { label: t("roster.count.applications"), value: of("pending_approval", "approved").length },
  ];

  const heading = t("roster.title", { course: title });
  const csv = (
    <a className="button secondary" href={`/admin/sessions/${session.id}/roster.csv`} download>
      {t("roster.csv")}
    </a>
  );
  const body = (
    <>
      <p className="lede">
        {format.dateTime(session.startsAt, inZone(session.timeZone, true))}
        {session.status !== "published" ? (
          <>
            {" "}
            <span className="pill status-expired">{t(`roster.sessionStatus.${session.status}` as MessageKey)}</span>
          </>
        ) : null}
      </p>
      <DoneNotice {...loaderData} hidden={Boolean(state)} />
      {rowState ? <ErrorSummary errors={rowState.errors} formError={rowState.formError} /> : null}
      {!seesSensitive ? <Notice standing>{t("roster.partnerView")}</Notice> : null}

      <dl className="roster-counts" id="roster">
        {counts.map((count) => (
          <div key={count.label} className="card">
            <dt>{count.label}</dt>
            <dd>
              <span className="stat-number">{format.number(count.value)}</span>
              {count.note ? <span className="block muted">{count.note}</span> : null}
            </dd>
          </div>
        ))}
      </dl>

      {entries.length === 0 ? <p className="card empty-state">{t("roster.empty")}</p> : null}
      {groups
        .filter((group) => group.entries.length > 0)
        .map((group) => (
          <section key={group.id} id={group.id} aria-labelledby={`${group.id}-title`} className="roster-group">
            <h2 id={`${group.id}-title`}>
              {t(group.title)} <span className="muted">({format.number(group.entries.length)})</span>
            </h2>
            {group.explain ? <p className="muted">{t(group.explain, { hours: session.offerHoldHours })}</p> : null}
            <ResponsiveTable
              className="roster-table"
              rows={group.entries}
              rowKey={(entry) => entry.id}
              columns={columns(group.id, group.entries)}
            />
          </section>
        ))}
      {ended.length > 0 ? (
        <section id="ended" className="roster-group">
          <details>
            <summary className="ended-summary">
              <h2>
                {t("roster.group.ended")} <span className="muted">({format.number(ended.length)})</span>
              </h2>
            </summary>
            <ResponsiveTable
              className="roster-table"
              rows={ended}
              rowKey={(entry) => entry.id}
              columns={columns("ended", ended)}
            />
          </details>
        </section>
      ) : null}

      {isAdmin ? <RegisterSomeone loaderData={loaderData} state={registerState} /> : null}
    </>
  );
  return isAdmin ? (
    <AdminPage
      title={heading}
      back={{ to: `/admin/sessions/${session.id}`, label: t("roster.backToSession") }}
      action={csv}
    >
      {body}
    </AdminPage>
  ) : (
    <div className="page">
      <div className="page-heading">
        <h1>{heading}</h1>
        {csv}
      </div>
      {body}
    </div>
  );
}

function DoneNotice(props: Route.ComponentProps["loaderData"] & { hidden: boolean }) {
  const t = useT();
  if (!props.done || props.hidden) return null;
  const place = props.place ?? 0;
  const said: Record<(typeof doneKinds)[number], string> = {
    cancelled: t("roster.done.cancelled"),
    approved:
      props.outcome === "waitlisted" ? t("roster.done.approvedWaiting", { place }) : t("roster.done.approvedSeat"),
    denied: t("roster.done.denied"),
    moved: t("roster.done.moved", { place }),
    "no-show": t("roster.done.noShow"),
    attended: t("roster.done.attended"),
    transferred:
      props.outcome === "waitlisted"
        ? t("roster.done.transferredWaiting", { place })
        : t("roster.done.transferredSeat"),
    registered:
      props.outcome === "waitlisted"
        ? t("roster.done.registeredWaiting", { place })
        : props.outcome === "pending_approval"
          ? t("roster.done.registeredApplication")
          : t("roster.done.registeredSeat"),
  };
  return (
    <Notice>
      {said[props.done]}
      {props.done === "registered" && props.created ? ` ${t("roster.done.accountCreated")}` : null}
    </Notice>
  );
}

/** Registering someone by phone or at the door: find them by email (or add them), then the same form they would fill in. */
function RegisterSomeone({
  loaderData,
  state,
}: {
  loaderData: Route.ComponentProps["loaderData"];
  state: RowState | undefined;
}) {
  const t = useT();
  const { session, lookup } = loaderData;
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  let found: ReactNode = null;
  if (lookup && !state) {
    found = lookup.person ? (
      <Notice>{t("roster.register.found", { name: lookup.person.name, email: lookup.person.email })}</Notice>
    ) : (
      <Notice>{t("roster.register.notFound", { email: lookup.email })}</Notice>
    );
  }
  return (
    <section id="register" className="narrow roster-register" aria-labelledby="register-title">
      <h2 id="register-title">{t("roster.register.title")}</h2>
      <p>{t("roster.register.explain")}</p>
      <Form
        method="get"
        action={`/admin/sessions/${session.id}/roster#register`}
        className="search-form"
        role="search"
        aria-label={t("roster.register.lookupLabel")}
      >
        <label htmlFor="field-person">{t("roster.register.lookup")}</label>
        <div className="inline-fields">
          <input
            id="field-person"
            name="person"
            type="email"
            autoComplete="off"
            spellCheck={false}
            defaultValue={lookup?.email ?? ""}
          />
          <button type="submit" className="secondary">
            {t("roster.register.lookupSubmit")}
          </button>
        </div>
      </Form>
      {found}
      <ErrorSummary errors={errors} formError={state?.formError} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="register" />
        <TextField
          name="email"
          type="email"
          label={t("roster.register.email")}
          error={errors.email}
          defaultValue={values.email ?? lookup?.email ?? ""}
          autoComplete="off"
          spellCheck={false}
          required
        />
        <TextField
          name="name"
          label={t("roster.register.name")}
          hint={t("roster.register.nameHint")}
          error={errors.name}
          defaultValue={values.name ?? lookup?.person?.name ?? ""}
          autoComplete="off"
        />
        <QuestionFields questions={session.questions} values={values} errors={errors} />
        <PersonalFields values={values} errors={errors} />
        <PriceFields tiers={session.priceTiers} currency={session.currency} values={values} errors={errors} />
        <ConsentField
          label={t("roster.register.consent")}
          hint={t("roster.register.consentHint")}
          error={errors.consent}
          checked={values.consent === "on"}
        />
        <p className="muted">
          {session.requiresApproval ? t("roster.register.nextApplication") : t("roster.register.next")}
        </p>
        <SubmitButton>{t("roster.register.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
