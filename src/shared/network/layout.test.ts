import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layout, locate } from './layout.js';

describe('map layout', () => {
  it('is deterministic and keeps every alter inside its own ring and sector', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 4 }),
        fc.integer({ min: 4, max: 6 }),
        fc.integer({ min: 0, max: 150 }),
        (rings, sectors, n) => {
          const alters = Array.from({ length: n }, (_, i) => ({
            id: `a${i}`,
            closeness: (i % rings) + 1,
            sectorIndex: (i * 7) % sectors,
          }));
          const once = layout(alters, rings, sectors);
          expect(layout(alters, rings, sectors)).toEqual(once);
          for (const p of once) {
            const a = alters.find((x) => x.id === p.id)!;
            expect(locate(p.x, p.y, rings, sectors)).toEqual({ closeness: a.closeness, sectorIndex: a.sectorIndex });
          }
        },
      ),
    );
  });

  it('keeps nodes apart in a busy map of 150', () => {
    const alters = Array.from({ length: 150 }, (_, i) => ({ id: `a${i}`, closeness: (i % 3) + 1, sectorIndex: i % 6 }));
    const placed = layout(alters, 3, 6);
    let closest = Infinity;
    for (let i = 0; i < placed.length; i++)
      for (let j = i + 1; j < placed.length; j++)
        closest = Math.min(closest, Math.hypot(placed[i].x - placed[j].x, placed[i].y - placed[j].y));
    expect(closest).toBeGreaterThan(0.03);
  });

  it('finds the ring and sector under a point, and nothing in the centre or outside', () => {
    expect(locate(0, 0, 3, 6)).toBeNull();
    expect(locate(0, -0.95, 3, 6)).toEqual({ closeness: 3, sectorIndex: 0 });
    expect(locate(0.3, 0, 3, 6)).toEqual({ closeness: 1, sectorIndex: 1 });
    expect(locate(2, 0, 3, 6)).toBeNull();
  });
});
