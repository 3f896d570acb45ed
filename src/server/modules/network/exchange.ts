// Export and import of a network map. Export: JSON (complete, re-importable), CSV (one file for
// people, one for who-knows-whom) and GraphML (for network tools). Import: JSON or CSV, checked
// line by line; a file with any error imports nothing, and every error names its line.
import { parse } from 'csv-parse/sync';
import { writeCsv } from '../../platform/csv.js';
import { z } from 'zod';
import type { Alter, MapModelId } from '../../../shared/network/model.js';
import { type SensitiveField, sensitiveFields } from '../../../shared/privacy/sensitive.js';
import { type AlterFields, alterFields, maxAlters } from '../../../shared/network/schemas.js';

export interface ExportAlter extends Alter {
  note: string | null;
  strategy: string | null;
}

/**
 * What an export carries: everything of a network member except free text declared sensitive
 * (shared/privacy/sensitive.ts): a note stays in Kring, and reaches the person only through their
 * access request. Import still accepts a note.
 */
const allColumns = [
  'key',
  'name',
  'kind',
  'deceased',
  'relationship',
  'sector',
  'closeness',
  'channel',
  'frequency',
  'yearsKnown',
  'quality',
  'reachability',
  'status',
  'formal',
  'mayBeOverburdened',
  'receives',
  'gives',
  'strategy',
  'note',
] as const;
const columns = allColumns.filter((c) => !sensitiveFields.includes(`network_alters.${c}` as SensitiveField));

export function toJson(model: MapModelId, alters: ExportAlter[], ties: { a: string; b: string }[]): string {
  const keyOf = new Map(alters.map((a) => [a.id, a.key]));
  return JSON.stringify(
    {
      format: 'kring-network-map',
      version: 1,
      model,
      alters: alters.map((a) => Object.fromEntries(columns.map((c) => [c, a[c as keyof ExportAlter] ?? null]))),
      ties: ties.map((t) => ({ a: keyOf.get(t.a), b: keyOf.get(t.b) })),
    },
    null,
    2,
  );
}

export function toCsvNodes(alters: ExportAlter[]): string {
  return writeCsv(
    alters.map((a) => ({
      ...Object.fromEntries(columns.map((c) => [c, a[c as keyof ExportAlter] ?? ''])),
      receives: a.receives.join(' '),
      gives: a.gives.join(' '),
    })),
    columns,
  );
}

export function toCsvEdges(alters: ExportAlter[], ties: { a: string; b: string }[]): string {
  const byId = new Map(alters.map((a) => [a.id, a]));
  return writeCsv(
    ties.map((t) => ({
      a: byId.get(t.a)?.key,
      a_name: byId.get(t.a)?.name,
      b: byId.get(t.b)?.key,
      b_name: byId.get(t.b)?.name,
    })),
    ['a', 'a_name', 'b', 'b_name'],
  );
}

const xml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** GraphML with the person as node "ego", a tie from ego to each alter, and ties between alters. */
export function toGraphML(alters: ExportAlter[], ties: { a: string; b: string }[]): string {
  const keys = ['name', 'closeness', 'sector', 'relationship', 'quality', 'status', 'receives', 'gives'];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...keys.map(
      (k) => `  <key id="${k}" for="node" attr.name="${k}" attr.type="${k === 'closeness' ? 'int' : 'string'}"/>`,
    ),
    '  <graph id="network" edgedefault="undirected">',
    '    <node id="ego"/>',
    ...alters.map((a) => {
      const data = {
        name: a.name,
        closeness: String(a.closeness),
        sector: a.sector,
        relationship: a.relationship,
        quality: a.quality,
        status: a.status,
        receives: a.receives.join(' '),
        gives: a.gives.join(' '),
      };
      return `    <node id="${xml(a.key)}">${Object.entries(data)
        .map(([k, v]) => `<data key="${k}">${xml(v)}</data>`)
        .join('')}</node>`;
    }),
    ...alters.map((a) => `    <edge source="ego" target="${xml(a.key)}"/>`),
    ...ties
      .map((t) => {
        const a = alters.find((x) => x.id === t.a);
        const b = alters.find((x) => x.id === t.b);
        return a && b ? `    <edge source="${xml(a.key)}" target="${xml(b.key)}"/>` : '';
      })
      .filter(Boolean),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

export interface ImportError {
  line: number;
  field: string;
  message: string;
}

export interface ImportResult {
  alters: AlterFields[];
  /** Pairs of row indexes (0-based) of alters who know each other. */
  ties: [number, number][];
  errors: ImportError[];
}

const splitList = (value: unknown) => (typeof value === 'string' ? value.split(/[\s,;]+/).filter(Boolean) : value);
const bool = (value: unknown) =>
  value === 'true' || value === '1' || value === 'ja'
    ? true
    : value === 'false' || value === '0' || value === 'nee' || value === ''
      ? false
      : value;
const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : typeof value === 'string' ? Number(value) : value;

function normalise(row: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (v === '' && k !== 'name') continue; // empty cell: use the default
    out[k] = v;
  }
  for (const k of ['receives', 'gives']) if (k in out) out[k] = splitList(out[k]);
  for (const k of ['deceased', 'formal', 'mayBeOverburdened']) if (k in out) out[k] = bool(out[k]);
  for (const k of ['closeness', 'yearsKnown']) if (k in out) out[k] = numberOrNull(out[k]);
  delete out.key;
  return out;
}

function check(
  rows: Record<string, unknown>[],
  firstLine: number,
  errorMap?: z.core.$ZodErrorMap,
): { alters: AlterFields[]; errors: ImportError[] } {
  const alters: AlterFields[] = [];
  const errors: ImportError[] = [];
  if (rows.length > maxAlters) errors.push({ line: firstLine + maxAlters, field: '', message: `max:${maxAlters}` });
  rows.slice(0, maxAlters).forEach((row, i) => {
    const result = alterFields.safeParse(normalise(row), errorMap ? { error: errorMap } : undefined);
    if (result.success) alters.push(result.data);
    else
      for (const issue of result.error.issues)
        errors.push({ line: firstLine + i, field: issue.path.join('.'), message: issue.message });
  });
  return { alters, errors };
}

/** A CSV with a header row (as exported). Line numbers count the header as line 1. */
export function parseCsv(text: string, errorMap?: z.core.$ZodErrorMap): ImportResult {
  let rows: Record<string, string>[];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      columns: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { alters: [], ties: [], errors: [{ line, field: '', message: 'csv' }] };
  }
  const { alters, errors } = check(rows, 2, errorMap);
  return { alters, ties: [], errors };
}

const jsonFile = z.object({
  format: z.literal('kring-network-map'),
  version: z.literal(1),
  alters: z.array(z.record(z.string(), z.unknown())),
  ties: z.array(z.object({ a: z.string(), b: z.string() })).default([]),
});

/** A Kring JSON export. "Line" is the position in the list of people, counting from 1. */
export function parseJson(text: string, errorMap?: z.core.$ZodErrorMap): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { alters: [], ties: [], errors: [{ line: 0, field: '', message: 'json' }] };
  }
  const file = jsonFile.safeParse(data);
  if (!file.success) return { alters: [], ties: [], errors: [{ line: 0, field: '', message: 'format' }] };
  const keys = file.data.alters.map((a) => String(a.key ?? ''));
  const { alters, errors } = check(
    file.data.alters.map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== null))),
    1,
    errorMap,
  );
  const ties: [number, number][] = [];
  for (const t of file.data.ties) {
    const a = keys.indexOf(t.a);
    const b = keys.indexOf(t.b);
    if (a >= 0 && b >= 0 && a !== b) ties.push([a, b]);
  }
  return { alters, ties, errors };
}
