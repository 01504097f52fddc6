// A table that becomes labelled cards on a phone: every cell carries its column's name in data-label.
import type { ReactNode } from "react";

export type Column<Row> = {
  label: string;
  /** The cell that names the row (a row header). */
  rowHeader?: boolean;
  /** A column of buttons: its heading is only read out, and its cells need no label. */
  actions?: boolean;
  cell: (row: Row) => ReactNode;
};

export function ResponsiveTable<Row>(props: {
  columns: Array<Column<Row>>;
  rows: readonly Row[];
  rowKey: (row: Row) => string | number;
  className?: string;
  /** What the table holds, read out before its rows ("3 attendees"). */
  caption?: ReactNode;
}) {
  const { columns } = props;
  return (
    <div className="table-wrap">
      <table className={props.className ? `responsive-table ${props.className}` : "responsive-table"}>
        {props.caption ? <caption>{props.caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column.label}>
                {column.actions ? <span className="visually-hidden">{column.label}</span> : column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={props.rowKey(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <th scope="row" key={column.label} data-label={column.label}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.label} data-label={column.actions ? undefined : column.label}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
