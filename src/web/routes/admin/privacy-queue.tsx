// The privacy queue: every "delete my account" request with its dates and status, newest first. No names, no contents,
// and no way to stop a request — there is no action on this page on purpose.
import type { Route } from "./+types/privacy-queue";
import type { RouteHandle } from "#web/route-handle.ts";
import { appContext } from "#web/request-context.ts";
import { listDeletionRequests } from "#features/privacy/list-deletion-requests.ts";
import { useFormat, useT } from "../../components/i18n.tsx";
import { OlderNewerPagination } from "../../components/pagination.tsx";
import { ResponsiveTable } from "../../components/responsive-table.tsx";
import { pageTitle } from "../public/lib/page-meta.ts";
import { AdminPage } from "./lib/admin-nav.tsx";

export const handle: RouteHandle = { access: "admin" };

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "deletion.admin.title");

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services, viewer } = appContext(context);
  const beforeParam = new URL(request.url).searchParams.get("before") ?? "";
  const before = beforeParam && !Number.isNaN(Date.parse(beforeParam)) ? new Date(beforeParam) : undefined;
  const page = await listDeletionRequests(services, { viewer, before });
  return { ...page, paged: Boolean(before) };
}

export default function PrivacyQueue({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const format = useFormat();
  const { requests } = loaderData;
  return (
    <AdminPage title={t("deletion.admin.title")}>
      <p className="lede">{t("deletion.admin.lede")}</p>
      {requests.length === 0 ? (
        <p className="card">{t("deletion.admin.empty")}</p>
      ) : (
        <ResponsiveTable
          rows={requests}
          rowKey={(row) => row.id}
          columns={[
            { label: t("deletion.admin.column.reference"), rowHeader: true, cell: (row) => row.reference },
            { label: t("deletion.admin.column.requested"), cell: (row) => format.dateTime(row.requestedAt) },
            {
              label: t("deletion.admin.column.completed"),
              cell: (row) => (row.completedAt ? format.dateTime(row.completedAt) : t("deletion.admin.notYet")),
            },
            {
              label: t("deletion.admin.column.status"),
              cell: (row) => (
                <span className={`pill status-${row.status}`}>{t(`deletion.admin.status.${row.status}`)}</span>
              ),
            },
          ]}
        />
      )}
      <OlderNewerPagination
        label={t("deletion.admin.pages")}
        filter={{}}
        paged={loaderData.paged}
        nextBefore={loaderData.nextBefore}
        newestLabel={t("deletion.admin.newest")}
        olderLabel={t("deletion.admin.older")}
      />
    </AdminPage>
  );
}
