import { describe, expect, it } from 'vitest';
import { mapFrame, wrap } from './map-frame.js';

// Every letter 10 px wide, the ellipsis too: easy to reason about.
const measure = (text: string) => text.length * 10;

describe('wrap', () => {
  it('keeps words on one line while they fit, and starts a new line when they do not', () => {
    expect(wrap('buren en kennissen', 200, measure)).toEqual(['buren en kennissen']);
    expect(wrap('buren en kennissen', 90, measure)).toEqual(['buren en', 'kennissen']);
  });

  it('cuts a word that is wider than the line to the longest start that fits with an ellipsis', () => {
    // 60 px holds five letters and the ellipsis.
    expect(wrap('verenigingen', 60, measure)).toEqual(['veren…']);
    for (let width = 30; width <= 130; width += 10) {
      const [line] = wrap('verenigingen', width, measure);
      expect(measure(line)).toBeLessThanOrEqual(Math.max(width, 30));
      if (line.endsWith('…') && width >= 30) expect(measure(`${line.slice(0, -1)}x…`)).toBeGreaterThan(width);
    }
  });

  it('never cuts below two letters, even when nothing fits', () => {
    expect(wrap('familie', 5, measure)).toEqual(['fa…']);
  });
});

describe('mapFrame', () => {
  const input = {
    ringLabels: ['heel belangrijk', 'belangrijk', 'minder belangrijk'],
    sectorLabels: ['Familie', 'Vrienden', 'Buren', 'Werk en school', 'Verenigingen', 'Hulpverlening'],
    fontPx: 13,
    measure: (text: string) => text.length * 7,
    measureBold: (text: string) => text.length * 7.5,
  };

  it('keeps the same proportions at any width, so the page below does not move when names arrive', () => {
    const ratios = [320, 390, 720, 1024].map((widthPx) => {
      const { viewBox } = mapFrame({ ...input, widthPx });
      return viewBox.w / viewBox.h;
    });
    for (const ratio of ratios) expect(ratio).toBeCloseTo(1.5 / 1.12, 5);
  });

  it('puts every sector name inside the drawing and outside the circle', () => {
    for (const widthPx of [320, 390, 720]) {
      const frame = mapFrame({ ...input, widthPx });
      for (const text of frame.sectorTexts) {
        expect(text.box.x).toBeGreaterThanOrEqual(frame.viewBox.x - 1e-9);
        expect(text.box.x + text.box.w).toBeLessThanOrEqual(frame.viewBox.x + frame.viewBox.w + 1e-9);
        const nearest = Math.hypot(
          Math.max(text.box.x, Math.min(0, text.box.x + text.box.w)),
          Math.max(text.box.y, Math.min(0, text.box.y + text.box.h)),
        );
        expect(nearest).toBeGreaterThan(1);
      }
    }
  });

  it('shortens side names on a narrow phone and shows them whole on a tablet', () => {
    const phone = mapFrame({ ...input, widthPx: 320 }).sectorTexts.flatMap((t) => t.lines);
    const tablet = mapFrame({ ...input, widthPx: 720 }).sectorTexts.flatMap((t) => t.lines);
    expect(tablet.join(' ')).toBe(input.sectorLabels.join(' '));
    expect(phone.some((line) => line.endsWith('…'))).toBe(true);
  });
});
