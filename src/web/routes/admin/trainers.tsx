// Every trainer for hub admins: their level, their computed standing with its reason and the date it changes by
// itself, filtered by standing; each name leads to the trainer's page (record activity, set a standing by hand).
import { Form, Link } from "react-router";
import type { Route } from "./+types/trainers";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { longDate } from "#i18n/format.ts";
import { localized } from "#i18n/localized.ts";
import { listTrainersWithStanding } from "#features/trainers/list-trainers.ts";
import { trainerLoad } from "#features/trainers/manage-standing.ts";
import { standingWords } from "#features/trainers/standing-text.ts";
import { oneOf } from "#web/search-params.ts";
import { useT } from "../../components/i18n.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";
import { StandingPill, standingStatuses } from "./lib/standing-pill.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "trainers.admin.pageTitle");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer, locale, timeZone } = appContext(context);
  const standing = oneOf(standingStatuses, new URL(request.url).searchParams.get("standing"));
  const [listing, load] = await Promise.all([
    listTrainersWithStanding(services, viewer, { standing }),
    trainerLoad(services, viewer, loadRange(new Date(services.now()))),
  ]);
  const names = new Map(listing.trainers.map((trainer) => [trainer.userId, trainer.name]));
  const quarters = [...new Set(load.map((row) => row.quarter))].sort();
  const byTrainer = new Map<string, Record<string, number>>();
  for (const row of load) {
    const counts = byTrainer.get(row.userId) ?? {};
    counts[row.quarter] = row.sessions;
    byTrainer.set(row.userId, counts);
  }
  return {
    load: {
      quarters,
      rows: [...byTrainer]
        .map(([userId, counts]) => ({ userId, name: names.get(userId) ?? null, counts }))
        .filter((row): row is { userId: string; name: string; counts: Record<string, number> } => row.name !== null)
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    },
    standing,
    level: localized(listing.level, locale),
    trainers: listing.trainers.map((trainer) => ({
      userId: trainer.userId,
      name: trainer.name,
      email: trainer.email,
      organizations: trainer.organizations,
      status: trainer.standing.status,
      overridden: trainer.standing.next.kind === "override",
      next: standingWords(locale, trainer.standing, timeZone).next,
      changesOn: trainer.standing.changesAt ? longDate(locale, timeZone, trainer.standing.changesAt) : null,
      changesTo: trainer.standing.changesTo,
    })),
  };
}

/** The last four calendar quarters, this one and the next four (UTC), as the load view's window. */
function loadRange(now: Date): { from: Date; to: Date } {
  const quarterStart = Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1);
  const start = new Date(quarterStart);
  return {
    from: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() - 12, 1)),
    to: new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 15, 1)),
  };
}

export default function Trainers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { trainers, standing } = loaderData;
  return (
    <AdminPage title={t("trainers.admin.pageTitle")}>
      <p className="lede">{t("trainers.admin.intro")}</p>
      <p>
        <Link to="/admin/trainers/requirements">{t("trainers.admin.rules.link")}</Link>
      </p>
      <Form method="get" className="search-form">
        <div className="field">
          <label htmlFor="field-standing">{t("trainers.admin.filter.label")}</label>
          <div className="inline-fields">
            <select id="field-standing" name="standing" defaultValue={standing ?? ""}>
              <option value="">{t("trainers.admin.filter.all")}</option>
              {standingStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`trainers.status.${status}`)}
                </option>
              ))}
            </select>
            <button type="submit" className="secondary">
              {t("trainers.admin.filter.submit")}
            </button>
          </div>
        </div>
      </Form>
      <p className="muted" aria-live="polite">
        {t("trainers.admin.count", { count: trainers.length })}
      </p>
      {trainers.length === 0 ? (
        <p className="card empty-state">{standing ? t("trainers.admin.emptyFilter") : t("trainers.admin.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={trainers}
          rowKey={(trainer) => trainer.userId}
          columns={[
            {
              label: t("trainers.admin.table.name"),
              rowHeader: true,
              cell: (trainer) => <Link to={`/admin/trainers/${trainer.userId}`}>{trainer.name}</Link>,
            },
            {
              label: t("trainers.admin.table.level"),
              cell: (trainer) => (
                <>
                  {loaderData.level}
                  {trainer.organizations.length ? (
                    <span className="field-hint">
                      {" "}
                      {t("trainers.admin.organizational", { organizations: trainer.organizations.join(", ") })}
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              label: t("trainers.admin.table.status"),
              cell: (trainer) => (
                <span className="pill-row">
                  <StandingPill status={trainer.status} />
                  {trainer.overridden ? <span className="muted">{t("trainers.admin.overridden")}</span> : null}
                </span>
              ),
            },
            {
              label: t("trainers.admin.table.next"),
              cell: (trainer) => trainer.next.map((line) => <p key={line}>{line}</p>),
            },
            {
              label: t("trainers.admin.table.changes"),
              cell: (trainer) =>
                trainer.changesOn ? (
                  trainer.changesTo ? (
                    t("trainers.admin.changesTo", {
                      date: trainer.changesOn,
                      status: t(`trainers.status.${trainer.changesTo}`),
                    })
                  ) : (
                    t("trainers.admin.changesOn", { date: trainer.changesOn })
                  )
                ) : (
                  <span className="muted">{t("trainers.admin.noChange")}</span>
                ),
            },
          ]}
        />
      )}
      <section aria-labelledby="load-title">
        <h2 id="load-title">{t("trainers.admin.load.title")}</h2>
        <p className="muted">{t("trainers.admin.load.hint")}</p>
        {loaderData.load.rows.length === 0 ? (
          <p className="card empty-state">{t("trainers.admin.load.empty")}</p>
        ) : (
          <ResponsiveTable
            rows={loaderData.load.rows}
            rowKey={(row) => row.userId}
            columns={[
              { label: t("trainers.admin.table.name"), rowHeader: true, cell: (row) => row.name },
              ...loaderData.load.quarters.map((quarter) => ({
                label: quarter,
                cell: (row: { counts: Record<string, number> }) => row.counts[quarter] ?? 0,
              })),
            ]}
          />
        )}
      </section>
    </AdminPage>
  );
}
