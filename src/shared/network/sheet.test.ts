import { describe, expect, it } from 'vitest';
import { alter } from './fixtures.js';
import { countByKind, sheetGroups } from './sheet.js';

describe('the take-home sheet', () => {
  it('never lists a faded or broken tie as close, and leaves out the dead', () => {
    const groups = sheetGroups(
      [
        alter('Ans', { closeness: 1 }),
        alter('Bob', { closeness: 1, status: 'faded', quality: 'burdensome' }),
        alter('Cor', { closeness: 2, status: 'broken' }),
        alter('Dirk', { closeness: 2, status: 'restored' }),
        alter('Opa', { closeness: 1, deceased: true }),
      ],
      3,
    );
    expect(groups.byRing.map((ring) => ring.map((a) => a.name))).toEqual([['Ans'], ['Dirk'], []]);
    expect(groups.faded.map((a) => a.name)).toEqual(['Bob']);
    expect(groups.broken.map((a) => a.name)).toEqual(['Cor']);
  });

  it('counts people, groups and animals apart', () => {
    expect(countByKind([{ kind: 'person' }, { kind: 'pet' }, { kind: 'person' }, { kind: 'group' }])).toEqual({
      people: 2,
      groups: 1,
      pets: 1,
    });
  });
});
