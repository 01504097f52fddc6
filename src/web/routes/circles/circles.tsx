// The circles page: your circles, invitations waiting for you, circles you can ask to join, and (for hub admins) every
// circle as a name, a size and a meeting count. Works without JavaScript.
import { data, Form, Link, redirect } from "react-router";
import type { Route } from "./+types/circles";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { translator } from "#i18n/translate.ts";
import { languageName } from "#core/locale.ts";
import { listCircles } from "#features/circles/list-circles.ts";
import { answerCircleInvitation } from "#features/circles/answer-circle-invitation.ts";
import { requestToJoin } from "#features/circles/request-to-join.ts";
import { archiveCircle, restoreCircle } from "#features/circles/archive-circle.ts";
import { longDate } from "#i18n/format.ts";
import { actorOf, attempt, formFields, readForm } from "#web/form-state.server.ts";
import { ErrorSummary, Notice, useFormState } from "../../components/forms.tsx";
import { useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { ArchiveCircleForm } from "./lib/archive-circle-form.tsx";

export const handle: RouteHandle = { access: "signed-in" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "circles.list.title");

const notices = {
  declined: "circles.list.declined",
  requested: "circles.list.requestSent",
  left: "circles.leave.done",
  archived: "circles.list.archiveDone",
  restored: "circles.list.restored",
} as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const page = await listCircles(services.db, { viewer });
  const done = new URL(request.url).searchParams.get("done");
  return {
    ...page,
    archived: page.archived.map(({ archivedAt, ...circle }) => ({
      ...circle,
      archivedOn: longDate(locale, timeZone, archivedAt),
    })),
    notice: done && Object.hasOwn(notices, done) ? notices[done as keyof typeof notices] : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const ctx = appContext(context);
  const t = translator(ctx.locale);
  const fields = formFields(await readForm(request));
  const actor = actorOf(ctx);
  if (fields.intent === "accept" || fields.intent === "decline") {
    const accept = fields.intent === "accept";
    const result = await attempt(
      () => answerCircleInvitation(ctx.services, { viewer: ctx.viewer, invitationId: fields.id ?? "", accept }, actor),
      t,
      {},
    );
    if (!result.ok) return result.response;
    throw redirect(accept ? `/circles/${result.value.circleId}?done=joined` : "/circles?done=declined");
  }
  if (fields.intent === "request") {
    const result = await attempt(
      () => requestToJoin(ctx.services, { viewer: ctx.viewer, circleId: fields.id ?? "" }, actor),
      t,
      {},
    );
    if (!result.ok) return result.response;
    throw redirect("/circles?done=requested");
  }
  if (fields.intent === "archive") {
    const circleId = fields.id ?? "";
    const result = await attempt(
      () => archiveCircle(ctx.services, { viewer: ctx.viewer, circleId, reason: fields.reason ?? "" }, actor),
      t,
      { form: `archive-${circleId}` },
    );
    if (!result.ok) return result.response;
    throw redirect("/circles?done=archived");
  }
  if (fields.intent === "restore") {
    const result = await attempt(
      () => restoreCircle(ctx.services, { viewer: ctx.viewer, circleId: fields.id ?? "" }, actor),
      t,
      {},
    );
    if (!result.ok) return result.response;
    throw redirect("/circles?done=restored");
  }
  return data({ formError: t("admin.errors.conflict") }, { status: 400 });
}

export default function Circles({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { state, errors } = useFormState(actionData);
  const { mine, invitations, open, all, archived, mayStart, mayRestore, notice } = loaderData;
  const archiveForm = (state as { form?: string } | undefined)?.form;
  return (
    <div className="page stack">
      <h1>{t("circles.list.title")}</h1>
      <p className="lede">{t("circles.list.lede")}</p>
      {notice && !state ? <Notice>{t(notice)}</Notice> : null}
      {state ? <ErrorSummary errors={errors} formError={state.formError} /> : null}
      {mayStart ? (
        <p>
          <Link className="button" to="/circles/new">
            {t("circles.list.start")}
          </Link>
        </p>
      ) : null}

      {invitations.length ? (
        <section aria-labelledby="invitations-title" className="stack">
          <h2 id="invitations-title">{t("circles.list.invitations")}</h2>
          {invitations.map((invitation) => (
            <article key={invitation.id} className="card stack">
              <h3>{t("circles.list.invitedTo", { circle: invitation.circleName })}</h3>
              {invitation.description ? <p>{invitation.description}</p> : null}
              <div className="actions">
                <Form method="post">
                  <input type="hidden" name="id" value={invitation.id} />
                  <button type="submit" className="primary" name="intent" value="accept">
                    {t("circles.list.accept", { circle: invitation.circleName })}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="id" value={invitation.id} />
                  <button type="submit" className="secondary" name="intent" value="decline">
                    {t("circles.list.decline")}
                  </button>
                </Form>
              </div>
            </article>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="mine-title" className="stack">
        <h2 id="mine-title">{t("circles.list.mine")}</h2>
        {mine.length === 0 ? (
          <p className="card">{t("circles.list.mineEmpty")}</p>
        ) : (
          <ul className="plain-list stack">
            {mine.map((circle) => (
              <li key={circle.id} className="card">
                {circle.requested ? (
                  <>
                    <strong>{circle.name}</strong>
                    <p className="muted">{t("circles.list.requested")}</p>
                  </>
                ) : (
                  <>
                    <Link to={`/circles/${circle.id}`}>{circle.name}</Link>
                    <p className="muted">
                      {t("circles.list.size", { members: circle.memberCount, max: circle.maxMembers })} ·{" "}
                      {t("circles.list.meetings", { count: circle.meetingCount })} · {languageName(circle.language)}
                    </p>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="open-title" className="stack">
        <h2 id="open-title">{t("circles.list.open")}</h2>
        {open.length === 0 ? (
          <p className="card">{t("circles.list.openEmpty")}</p>
        ) : (
          <ul className="plain-list stack">
            {open.map((circle) => (
              <li key={circle.id} className="card stack">
                <h3>{circle.name}</h3>
                {circle.description ? <p>{circle.description}</p> : null}
                <p className="muted">
                  {t("circles.list.size", { members: circle.memberCount, max: circle.maxMembers })} ·{" "}
                  {languageName(circle.language)}
                </p>
                <Form method="post">
                  <input type="hidden" name="id" value={circle.id} />
                  <button type="submit" className="secondary" name="intent" value="request">
                    {t("circles.list.request", { circle: circle.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>

      {all ? (
        <section aria-labelledby="all-title" className="stack">
          <h2 id="all-title">{t("circles.list.all")}</h2>
          <p className="muted">{t("circles.list.allNote")}</p>
          {/* Cards on a phone: five columns and a button with the circle's name do not fit 390 px. */}
          <ResponsiveTable
            rows={all}
            rowKey={(circle) => circle.id}
            columns={[
              { label: t("circles.list.name"), rowHeader: true, cell: (circle) => circle.name },
              { label: t("circles.list.language"), cell: (circle) => languageName(circle.language) },
              {
                label: t("circles.page.members"),
                cell: (circle) => t("circles.list.size", { members: circle.memberCount, max: circle.maxMembers }),
              },
              {
                label: t("circles.list.meetingsHeading"),
                cell: (circle) => t("circles.list.meetings", { count: circle.meetingCount }),
              },
              {
                label: t("circles.list.actions"),
                actions: true,
                cell: (circle) => (
                  <ArchiveCircleForm
                    circleId={circle.id}
                    circleName={circle.name}
                    reasonError={archiveForm === `archive-${circle.id}` ? errors.reason : undefined}
                  />
                ),
              },
            ]}
          />
        </section>
      ) : null}

      {archived.length ? (
        <section aria-labelledby="archived-title" className="stack">
          <h2 id="archived-title">{t("circles.list.archived")}</h2>
          <p className="muted">{t("circles.list.archivedNote")}</p>
          <ul className="plain-list stack">
            {archived.map((circle) => (
              <li key={circle.id} className="card stack">
                {circle.member ? (
                  <Link to={`/circles/${circle.id}`}>{circle.name}</Link>
                ) : (
                  <strong>{circle.name}</strong>
                )}
                <p className="muted">
                  {t("circles.list.archivedOn", { date: circle.archivedOn })} ·{" "}
                  {t("circles.list.size", { members: circle.memberCount, max: circle.maxMembers })} ·{" "}
                  {languageName(circle.language)}
                </p>
                {mayRestore ? (
                  <Form method="post">
                    <input type="hidden" name="id" value={circle.id} />
                    <button type="submit" className="secondary" name="intent" value="restore">
                      {t("circles.list.restore", { circle: circle.name })}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
