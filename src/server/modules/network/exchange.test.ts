import { describe, expect, it } from 'vitest';
import { plainLanguageErrors } from '../../../shared/validation-messages.js';
import { type ExportAlter, parseCsv, parseJson, toCsvEdges, toCsvNodes, toGraphML, toJson } from './exchange.js';
import { alterFields } from '../../../shared/network/schemas.js';

const alters: ExportAlter[] = [
  {
    ...alterFields.parse({
      name: 'Ans, "de buurvrouw"',
      closeness: 1,
      receives: ['emotional', 'practical'],
      gives: ['companionship'],
    }),
    id: 'id-1',
    key: 'k-1',
    note: 'Regel 1\nRegel 2',
  },
  {
    ...alterFields.parse({ name: '<Kees & Co>', kind: 'group', sector: 'clubs', status: 'faded' }),
    id: 'id-2',
    key: 'k-2',
    note: null,
  },
];
const ties = [{ a: 'id-1', b: 'id-2' }];
const nl = plainLanguageErrors('nl');

describe('network map export and import', () => {
  it('re-imports its own JSON export, including who knows whom, without the sensitive notes', () => {
    const exported = toJson('three_circles', alters, ties);
    // A note may hold sensitive details (shared/privacy/sensitive.ts): it stays in Kring.
    expect(exported).not.toContain('Regel 1');
    const result = parseJson(exported, nl);
    expect(result.errors).toEqual([]);
    expect(result.alters.map((a) => [a.name, a.closeness, a.receives, a.gives, a.kind, a.status, a.note])).toEqual([
      ['Ans, "de buurvrouw"', 1, ['emotional', 'practical'], ['companionship'], 'person', 'active', null],
      ['<Kees & Co>', 2, [], [], 'group', 'faded', null],
    ]);
    expect(result.ties).toEqual([[0, 1]]);
  });

  it('re-imports its own CSV export with quotes, and imports notes with line breaks', () => {
    const csv = toCsvNodes(alters);
    expect(csv).not.toContain('Regel 1');
    const result = parseCsv(csv, nl);
    expect(result.errors).toEqual([]);
    expect(result.alters.map((a) => [a.name, a.sector, a.receives, a.note])).toEqual([
      ['Ans, "de buurvrouw"', 'friends', ['emotional', 'practical'], null],
      ['<Kees & Co>', 'clubs', [], null],
    ]);
    expect(toCsvEdges(alters, ties)).toContain('k-1,"Ans, ""de buurvrouw""",k-2,<Kees & Co>');
    const withNote = parseCsv('name,note\nAns,"Regel 1\nRegel 2"\n', nl);
    expect(withNote.errors).toEqual([]);
    expect(withNote.alters.map((a) => a.note)).toEqual(['Regel 1\nRegel 2']);
  });

  it('names the line and field of every error, and imports nothing then', () => {
    const csv = 'name,closeness,receives\nAns,1,emotional\n,2,\nPiet,9,hugs\n';
    const result = parseCsv(csv, nl);
    expect(result.errors).toEqual([
      { line: 3, field: 'name', message: 'Vul dit in.' },
      { line: 4, field: 'closeness', message: 'Vul een getal in van hoogstens 4.' },
      { line: 4, field: 'receives.0', message: 'Kies een van de mogelijkheden.' },
    ]);
    expect(parseJson('{ not json').errors).toEqual([{ line: 0, field: '', message: 'json' }]);
    expect(parseJson('{"format":"other"}').errors).toEqual([{ line: 0, field: '', message: 'format' }]);
  });

  it('refuses more than 500 people in one file', () => {
    const csv = `name\n${Array.from({ length: 501 }, (_, i) => `P${i}`).join('\n')}\n`;
    expect(parseCsv(csv).errors).toEqual([{ line: 502, field: '', message: 'max:500' }]);
  });

  it('writes GraphML with the person as ego and escapes text', () => {
    const graph = toGraphML(alters, ties);
    expect(graph).toContain('<edge source="ego" target="k-1"/>');
    expect(graph).toContain('<edge source="k-1" target="k-2"/>');
    expect(graph).toContain('&lt;Kees &amp; Co&gt;');
    expect(graph).not.toContain('<Kees');
  });
});
