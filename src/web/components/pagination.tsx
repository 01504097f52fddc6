// Moving through long lists: numbered pages ("Page 2 of 7"), or newest/older for logs read back in time.
import { Link } from "react-router";
import { useT } from "./i18n.tsx";

/** Previous and next links that keep the other query parameters. */
export function Pagination({
  page,
  pageCount,
  query,
  label,
}: {
  page: number;
  pageCount: number;
  query: Record<string, string>;
  label: string;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  const href = (target: number) => `?${new URLSearchParams({ ...query, page: String(target) }).toString()}`;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev">
          {t("admin.pagination.previous")}
        </Link>
      ) : null}
      <span>{t("admin.pagination.pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={href(page + 1)} rel="next">
          {t("admin.pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}

/** Back to the newest entries once paged, and on to older ones while there are more; both keep the list's filter. */
export function OlderNewerPagination(props: {
  label: string;
  filter: Record<string, string>;
  paged: boolean;
  nextBefore: string | number | null;
  newestLabel: string;
  olderLabel: string;
}) {
  const href = (extra: Record<string, string>) => `?${new URLSearchParams({ ...props.filter, ...extra }).toString()}`;
  return (
    <nav className="pagination" aria-label={props.label}>
      {props.paged ? <Link to={href({})}>{props.newestLabel}</Link> : null}
      {props.nextBefore ? (
        <Link to={href({ before: String(props.nextBefore) })} rel="next">
          {props.olderLabel}
        </Link>
      ) : null}
    </nav>
  );
}
