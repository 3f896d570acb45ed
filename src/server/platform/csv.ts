// The one CSV writer of Kring; every export goes through it (a test keeps it so). A spreadsheet
// program runs a cell that starts with =, +, -, @, a tab or a carriage return as a formula, so a
// name like =HYPERLINK(...) typed into Kring could act on the computer of whoever opens the
// export. csv-stringify's escape_formulas puts a ' before such a cell; numbers stay numbers.
import { stringify } from 'csv-stringify/sync';

export function writeCsv<C extends string>(
  rows: ReadonlyArray<Partial<Record<C, unknown>>>,
  columns: readonly C[],
  {
    forSpreadsheets = false,
    delimiter = ',',
    headers,
  }: { forSpreadsheets?: boolean; delimiter?: ',' | ';'; headers?: Record<C, string> } = {},
): string {
  const csv = stringify([...rows], {
    header: true,
    columns: columns.map((key) => ({ key, header: headers?.[key] ?? key })),
    delimiter,
    escape_formulas: true,
  });
  // A byte-order mark, so that Excel opens the UTF-8 file with the right characters.
  return forSpreadsheets ? `\uFEFF${csv}` : csv;
}
