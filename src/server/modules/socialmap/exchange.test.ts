import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { entrySchema } from '../../../shared/socialmap/schemas.js';
import { fromCsv, slotFromText, slotToText, toCsv } from './exchange.js';

const full = entrySchema.parse({
  provider: 'Buurthuis De Linde',
  name: 'Samen eten; met buren',
  kind: 'activity',
  description: 'Koken en eten.\nIedereen welkom, ook met "vragen".',
  locations: [
    { address: 'Lindelaan 12', neighbourhood: 'Oud-Noord', buurtCode: 'BU03630001' },
    { address: 'Parkweg 3', neighbourhood: 'Zuidpark' },
  ],
  slots: [
    { pattern: 'weekly', weekday: 'thu', start: '17:30', end: '19:30' },
    { pattern: 'monthly', weekday: 'tue', nth: -1, start: '10:00', end: '12:00' },
    { pattern: 'every_other_week', weekday: 'sat', date: '2026-11-28', start: '10:00', end: '13:00' },
    { pattern: 'one_off', date: '2027-03-13', start: '11:00', end: '16:00' },
  ],
  offDates: ['2026-12-24', '2026-12-31'],
  validFrom: '2026-01-01',
  validUntil: '2027-12-31',
  costKind: 'amount',
  costCents: 450,
  costNote: 'per keer',
  targetGroups: 'Iedereen uit de buurt',
  conditions: 'Aanmelden tot woensdag',
  accessibility: ['wheelchair', 'hearing_loop'],
  accessibilityNote: 'Lift aan de achterkant',
  lowThreshold: true,
  interests: ['cooking', 'coffee'],
  contactPhone: '010 123 45 67',
  contactEmail: 'info@delinde.invalid',
  website: 'https://delinde.invalid',
});

describe('the social map as CSV', () => {
  it('reads back exactly what it wrote, with several values in a cell', () => {
    const free = entrySchema.parse({ provider: 'Kerk', name: 'Open huis', kind: 'meeting_place' });
    const { entries, errors } = fromCsv(toCsv([full, free]));
    expect(errors).toEqual([]);
    // An empty cell reads as "not given" (null), as the form sends it.
    const plain = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => v ?? undefined));
    expect(plain(entries)).toEqual(plain([full, free]));
  });

  it('writes a time as a readable cell and reads it back', () => {
    for (const slot of full.slots) expect(slotFromText(slotToText(slot))).toMatchObject(slot);
    expect(slotToText(full.slots[1])).toBe('monthly -1 tue 10:00-12:00');
  });

  it('keeps a formula from running in a spreadsheet', () => {
    const risky = entrySchema.parse({ provider: '=HYPERLINK("x")', name: 'Iets', kind: 'activity' });
    const [row] = parse(toCsv([risky]), { columns: true }) as Record<string, string>[];
    expect(row.provider.startsWith("'")).toBe(true);
  });

  it('names a missing or unknown column and imports nothing', () => {
    expect(fromCsv('provider,name,colour\nA,B,rood\n')).toEqual({
      entries: [],
      errors: [
        { line: 1, field: 'kind', code: 'missing_column' },
        { line: 1, field: 'colour', code: 'unknown_column' },
      ],
    });
  });

  it('names every wrong cell by line and column, and imports none of the good rows', () => {
    const csv = [
      'provider,name,kind,times,cost',
      'Buurthuis,Koffie,meeting_place,weekly tue 10:00-12:00,free',
      'Buurthuis,,activity,weekly tue 12:00-10:00,4.50',
      'Buurthuis,Yoga,sport,fortnightly tue 10:00-11:00,veel',
    ].join('\n');
    const { entries, errors } = fromCsv(csv);
    expect(entries).toEqual([]);
    expect(errors.map((e) => `${e.line}:${e.field}`)).toEqual(['3:name', '3:times', '4:kind', '4:times', '4:cost']);
  });

  it('says so when the file is not CSV at all', () => {
    expect(fromCsv('provider,name,kind\n"unclosed,x,y').errors[0]).toMatchObject({ code: 'csv' });
  });
});
