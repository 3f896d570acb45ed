import type { ReactNode } from 'react';
import { TableWrap } from './TableWrap.js';

export interface Column<T> {
  /** The column's heading; a node for a heading that is only read aloud (visually-hidden). */
  header: ReactNode;
  /** A stable name for React's keys. */
  key: string;
  cell(row: T): ReactNode;
  /** E.g. `num` (numbers right-aligned) or `hide-small` (left out on a phone). */
  className?: string;
  /** The cell that names the row for a screen reader (`<th scope="row">`). */
  rowHeader?: boolean;
}

/**
 * The one table of the app: headings with `scope="col"`, one row per item, in a box that scrolls
 * sideways on its own (TableWrap) instead of the page.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  rowClassName,
  caption,
  className,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey(row: T): string;
  rowClassName?(row: T): string | undefined;
  caption?: ReactNode;
  className?: string;
}) {
  return (
    <TableWrap>
      <table className={className}>
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.key} scope="row" className={c.className}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={c.className}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
