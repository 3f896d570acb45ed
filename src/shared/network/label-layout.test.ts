import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Box, intersects, type LabelOptions, placeLabels, shortLabel } from './label-layout.js';
import { layout } from './layout.js';

// A tablet held upright: the drawing is about 720 px wide for 3 drawing units.
const tablet = 720;
const unit = 3 / tablet;
// Wider than most fonts' average letter, so what passes here also passes with the real font.
const measure = (text: string) => text.length * 13 * 0.62;
const options: LabelOptions = {
  unit,
  fontPx: 13,
  measure,
  nodeRadius: 9 * unit,
  bounds: { x: -1.5, y: -1.12, w: 3, h: 2.24 },
};

const names = fc.array(
  fc.record({
    name: fc.stringMatching(/^[A-Z][a-zé]{1,9}( (de |van )?[A-Z][a-z]{2,11})?$/),
    ring: fc.integer({ min: 1, max: 3 }),
    sector: fc.integer({ min: 0, max: 5 }),
  }),
  { minLength: 1, maxLength: 60 },
);

function mapOf(people: { name: string; ring: number; sector: number }[]) {
  const placed = layout(
    people.map((p, i) => ({ id: `a${i}`, closeness: p.ring, sectorIndex: p.sector })),
    3,
    6,
  );
  return placed.map((p) => ({ ...p, text: people[Number(p.id.slice(1))].name }));
}

describe('names on the map', () => {
  it('never overlap, stay on the drawing and are all shown, for any map up to 60 people at tablet size', () => {
    fc.assert(
      fc.property(names, (people) => {
        const nodes = mapOf(people);
        const labels = placeLabels(nodes, options);
        const boxes = labels.map((l) => l.box);
        expect(boxes.every((b) => b !== null)).toBe(true);
        const shown = boxes as Box[];
        for (let i = 0; i < shown.length; i++) {
          const b = shown[i];
          expect(b.x).toBeGreaterThanOrEqual(-1.5);
          expect(b.x + b.w).toBeLessThanOrEqual(1.5);
          for (let j = i + 1; j < shown.length; j++) expect(intersects(b, shown[j])).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a name whole and beside its person when there is room', () => {
    const [label] = placeLabels([{ id: 'a', x: 0.5, y: 0.2, text: 'Tante Riet' }], options);
    expect(label).toMatchObject({ text: 'Tante Riet', shortened: false, leader: false });
    expect(label.box!.y).toBeGreaterThan(0.2);
  });

  it('spreads a crowded sector: ten names typed into one place all get a spot of their own', () => {
    const nodes = mapOf(Array.from({ length: 10 }, (_, i) => ({ name: `Buurvrouw ${i + 1}`, ring: 1, sector: 0 })));
    const labels = placeLabels(nodes, options);
    expect(labels.every((l) => l.text?.startsWith('Buurvrouw'))).toBe(true);
  });

  it('is the same every time for the same map', () => {
    const nodes = mapOf(
      Array.from({ length: 40 }, (_, i) => ({ name: `Persoon ${i}`, ring: (i % 3) + 1, sector: i % 6 })),
    );
    expect(placeLabels(nodes, options)).toEqual(placeLabels(nodes, options));
  });

  it('shortens and then leaves out names only when the drawing is full, never stacking them', () => {
    const nodes = mapOf(
      Array.from({ length: 150 }, (_, i) => ({
        name: `Iemand met een lange naam ${i}`,
        ring: (i % 3) + 1,
        sector: i % 6,
      })),
    );
    const labels = placeLabels(nodes, { ...options, unit: 3 / 390, nodeRadius: 9 * (3 / 390) });
    const shown = labels.filter((l) => l.box);
    expect(shown.length).toBeLessThan(150);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) expect(intersects(shown[i].box!, shown[j].box!)).toBe(false);
  });

  it('shortens to the first word and an initial', () => {
    expect(shortLabel('Jan de Vries')).toBe('Jan V.');
    expect(shortLabel('Tante Riet')).toBe('Tante R.');
    expect(shortLabel('Ans')).toBeNull();
    expect(shortLabel('Voetbalvereniging')).toBe('Voetbalver…');
  });
});
