// The social map as a CSV file (issue 15, item 6): one row per place, with the columns documented
// in docs/socialmap-csv.md. Export writes what import reads. An import is checked as a whole first:
// a missing or unknown column, or any row in error, imports nothing, and every error names its
// line and column. Several values in one cell are separated by "; ".
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import { costKinds, repeatPatterns } from '../../../shared/socialmap/model.js';
import type { TimeSlot } from '../../../shared/socialmap/schedule.js';
import { type EntryInput, entrySchema } from '../../../shared/socialmap/schemas.js';
import { writeCsv } from '../../platform/csv.js';

export const csvColumns = [
  'provider',
  'name',
  'kind',
  'description',
  'address',
  'neighbourhood',
  'buurt_code',
  'times',
  'off_dates',
  'valid_from',
  'valid_until',
  'cost',
  'cost_note',
  'target_groups',
  'conditions',
  'accessibility',
  'accessibility_note',
  'low_threshold',
  'interests',
  'phone',
  'email',
  'website',
] as const;
type Column = (typeof csvColumns)[number];
const required: Column[] = ['provider', 'name', 'kind'];

const many = (cell: string | undefined) =>
  (cell ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);

/** A time as a cell: "weekly tue 10:00-12:00", "monthly 1 tue 09:30-11:00", "one_off 2027-03-13 11:00-16:00". */
export function slotToText(slot: TimeSlot): string {
  const hours = `${slot.start}-${slot.end}`;
  if (slot.pattern === 'one_off') return `one_off ${slot.date} ${hours}`;
  if (slot.pattern === 'monthly') return `monthly ${slot.nth} ${slot.weekday} ${hours}`;
  if (slot.pattern === 'every_other_week') return `every_other_week ${slot.weekday} ${slot.date} ${hours}`;
  return `weekly ${slot.weekday} ${hours}`;
}

/** The reverse of slotToText; what does not fit the pattern is handed on for the schema to name. */
export function slotFromText(text: string): Record<string, unknown> {
  const parts = text.trim().split(/\s+/);
  const pattern = parts[0];
  const [start, end] = (parts.at(-1) ?? '').split('-');
  const middle = parts.slice(1, -1);
  if (!(repeatPatterns as readonly string[]).includes(pattern ?? '')) return { pattern, start, end };
  if (pattern === 'one_off') return { pattern, date: middle[0], start, end };
  if (pattern === 'monthly') return { pattern, nth: Number(middle[0]), weekday: middle[1], start, end };
  if (pattern === 'every_other_week') return { pattern, weekday: middle[0], date: middle[1], start, end };
  return { pattern, weekday: middle[0], start, end };
}

const euros = (cents: number) => (cents / 100).toFixed(2);

export function toCsv(entries: EntryInput[]): string {
  return writeCsv(
    entries.map((e) => ({
      provider: e.provider,
      name: e.name,
      kind: e.kind,
      description: e.description,
      address: e.locations.map((l) => l.address).join('; '),
      neighbourhood: e.locations.map((l) => l.neighbourhood ?? '').join('; '),
      buurt_code: e.locations.map((l) => l.buurtCode ?? '').join('; '),
      times: e.slots.map(slotToText).join('; '),
      off_dates: e.offDates.join('; '),
      valid_from: e.validFrom,
      valid_until: e.validUntil,
      cost: e.costKind === 'amount' && e.costCents != null ? euros(e.costCents) : e.costKind,
      cost_note: e.costNote,
      target_groups: e.targetGroups,
      conditions: e.conditions,
      accessibility: e.accessibility.join('; '),
      accessibility_note: e.accessibilityNote,
      low_threshold: e.lowThreshold ? 'yes' : 'no',
      interests: e.interests.join('; '),
      phone: e.contactPhone,
      email: e.contactEmail,
      website: e.website,
    })),
    csvColumns,
  );
}

export interface CsvError {
  line: number;
  field: string;
  code: 'csv' | 'missing_column' | 'unknown_column' | 'invalid';
  message?: string;
}

/** A row's cells as the entry form would have them. */
function rowToEntry(row: Partial<Record<Column, string>>): Record<string, unknown> {
  const addresses = many(row.address);
  const neighbourhoods = (row.neighbourhood ?? '').split(';').map((v) => v.trim());
  const codes = (row.buurt_code ?? '').split(';').map((v) => v.trim());
  const cost = (row.cost ?? '').trim() || 'free';
  const amount = (costKinds as readonly string[]).includes(cost)
    ? null
    : Math.round(Number(cost.replace(',', '.')) * 100);
  return {
    provider: row.provider ?? '',
    name: row.name ?? '',
    kind: row.kind ?? '',
    description: row.description ?? '',
    locations: addresses.map((address, i) => ({
      address,
      neighbourhood: neighbourhoods[i] ?? '',
      buurtCode: codes[i] ?? '',
    })),
    slots: many(row.times).map(slotFromText),
    offDates: many(row.off_dates),
    validFrom: row.valid_from ?? '',
    validUntil: row.valid_until ?? '',
    costKind: amount === null ? cost : 'amount',
    costCents: amount === null ? null : Number.isNaN(amount) ? -1 : amount,
    costNote: row.cost_note ?? '',
    targetGroups: row.target_groups ?? '',
    conditions: row.conditions ?? '',
    accessibility: many(row.accessibility),
    accessibilityNote: row.accessibility_note ?? '',
    lowThreshold: ['yes', 'ja', 'true', '1'].includes((row.low_threshold ?? '').trim().toLowerCase()),
    interests: many(row.interests),
    contactPhone: row.phone ?? '',
    contactEmail: row.email ?? '',
    website: row.website ?? '',
  };
}

/** The CSV column an entry field comes from, to name in an error ("slots.0.end" → "times"). */
const columnOf: Record<string, Column> = {
  slots: 'times',
  offDates: 'off_dates',
  validFrom: 'valid_from',
  validUntil: 'valid_until',
  costKind: 'cost',
  costCents: 'cost',
  costNote: 'cost_note',
  targetGroups: 'target_groups',
  accessibilityNote: 'accessibility_note',
  lowThreshold: 'low_threshold',
  contactPhone: 'phone',
  contactEmail: 'email',
};
/** A location's fields are columns of their own. */
const locationColumn: Record<string, Column> = { neighbourhood: 'neighbourhood', buurtCode: 'buurt_code' };
export const fieldToColumn = (path: readonly PropertyKey[]): string => {
  const first = String(path[0] ?? '');
  if (first === 'locations') return locationColumn[String(path[2] ?? '')] ?? 'address';
  return columnOf[first] ?? first;
};

/** Reads a CSV export (or a file made to the documented columns). Line 1 is the header. */
export function fromCsv(text: string, errorMap?: z.core.$ZodErrorMap): { entries: EntryInput[]; errors: CsvError[] } {
  let rows: Record<string, string>[];
  let header: string[] = [];
  try {
    rows = parse(text.replace(/^\uFEFF/, ''), {
      columns: (names: string[]) => {
        header = names.map((n) => n.trim());
        return header;
      },
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return { entries: [], errors: [{ line: (error as { lines?: number }).lines ?? 1, field: '', code: 'csv' }] };
  }
  const errors: CsvError[] = [
    ...required
      .filter((c) => !header.includes(c))
      .map((field) => ({ line: 1, field, code: 'missing_column' as const })),
    ...header
      .filter((c) => !(csvColumns as readonly string[]).includes(c))
      .map((field) => ({ line: 1, field, code: 'unknown_column' as const })),
  ];
  if (errors.length) return { entries: [], errors };
  const entries: EntryInput[] = [];
  rows.forEach((row, i) => {
    const result = entrySchema.safeParse(rowToEntry(row), errorMap ? { error: errorMap } : undefined);
    if (result.success) entries.push(result.data);
    else
      for (const issue of result.error.issues)
        errors.push({ line: i + 2, field: fieldToColumn(issue.path), code: 'invalid', message: issue.message });
  });
  return { entries: errors.length ? [] : entries, errors };
}
