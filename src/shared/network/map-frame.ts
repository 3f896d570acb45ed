// The fixed parts of the drawn map around the people: the names of the rings and of the sectors,
// and the drawing's own size (its viewBox). Sector names stand outside the circle, wrapped over
// lines where the side is narrow; the drawing widens only as far as the longest word needs, so
// the circle keeps as much of the screen as it can (issue 14). Pure: sizes in drawing units, the
// circle has radius 1 and its centre at 0,0.
import type { Box } from './label-layout.js';
import { ringBand } from './layout.js';

export interface FrameText {
  lines: string[];
  /** Where the first line's baseline starts, and how the lines are anchored. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface MapFrame {
  viewBox: Box;
  /** Drawing units per screen pixel at this size. */
  unit: number;
  lineHeight: number;
  /** Size of ring and sector names relative to people's names: a little smaller on a phone. */
  textScale: number;
  ringTexts: FrameText[];
  sectorTexts: FrameText[];
  /** Where the names of people must not go. */
  obstacles: Box[];
}

export interface FrameInput {
  ringLabels: string[];
  sectorLabels: string[];
  /** The drawing's width on screen. */
  widthPx: number;
  fontPx: number;
  measure: (text: string) => number;
  measureBold: (text: string) => number;
}

const gap = 0.04;
/** The narrowest the drawing gets: the circle and a margin for names around it. */
const minimum = { halfWidth: 1.5, halfHeight: 1.12 };
/** The widest the drawing gets for its names: the circle keeps at least half of the width. */
const maximumHalfWidth = 1.9;

/**
 * Words over lines no wider than `maxPx`. A single word that is wider still is cut short with an
 * ellipsis: on a narrow phone "verenigingen" may not fit beside the circle (the full name is in
 * every person's description and in the list).
 */
export function wrap(text: string, maxPx: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= maxPx) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line) => {
    if (line.length <= 2 || measure(line) <= maxPx) return line;
    // The longest start that fits with "…", halving the range each time: on a phone every side
    // label is cut, and measuring one letter less at a time took most of the frame's time.
    let fits = 2;
    let tooLong = line.length;
    while (tooLong - fits > 1) {
      const middle = Math.floor((fits + tooLong) / 2);
      if (measure(`${line.slice(0, middle)}…`) <= maxPx) fits = middle;
      else tooLong = middle;
    }
    return `${line.slice(0, fits)}…`;
  });
}

function sectorTexts(input: FrameInput, halfWidth: number, unit: number, lineHeight: number): FrameText[] {
  const n = input.sectorLabels.length;
  const scale = textScale(input);
  const measureBold = (text: string) => input.measureBold(text) * scale;
  return input.sectorLabels.map((label, i) => {
    const mid = -Math.PI / 2 + ((i + 0.5) * 2 * Math.PI) / n;
    const cos = Math.cos(mid);
    const sin = Math.sin(mid);
    const ax = (1 + gap) * cos;
    const ay = (1 + gap) * sin;
    const anchor = cos > 0.3 ? 'start' : cos < -0.3 ? 'end' : 'middle';
    // Room on this side, in pixels: to the drawing's edge, or a third of the width above and below.
    const roomUnits = anchor === 'middle' ? (2 * halfWidth) / 3 : halfWidth - Math.abs(ax) - 0.02;
    const lines = wrap(label, roomUnits / unit, measureBold);
    const w = (Math.max(...lines.map(measureBold)) + 4) * unit;
    const h = lines.length * lineHeight;
    const left = anchor === 'start' ? ax : anchor === 'end' ? ax - w : ax - w / 2;
    // Above the circle the text ends at the edge, below it starts there, beside it is centred.
    const top = Math.abs(sin) < 0.3 ? ay - h / 2 : sin < 0 ? ay - h : ay;
    const x = anchor === 'start' ? left + 2 * unit : anchor === 'end' ? left + w - 2 * unit : left + w / 2;
    return { lines, x, y: top + lineHeight * 0.8, anchor, box: { x: left, y: top, w, h } };
  });
}

/** 11 px at the least on a narrow phone, people's size from about 420 px wide, never over 15 px. */
const textScale = (input: FrameInput) => Math.min(input.fontPx, 15, Math.max(11, input.widthPx / 32)) / input.fontPx;

export function mapFrame(input: FrameInput): MapFrame {
  const scale = textScale(input);
  let halfWidth = minimum.halfWidth;
  let halfHeight = minimum.halfHeight;
  let unit = (2 * halfWidth) / input.widthPx;
  let sectors: FrameText[] = [];
  // The size depends on the names and the names' size on the drawing's size: a few rounds settle it.
  for (let round = 0; round < 10; round++) {
    unit = (2 * halfWidth) / input.widthPx;
    const lineHeight = input.fontPx * scale * 1.25 * unit;
    sectors = sectorTexts(input, halfWidth, unit, lineHeight);
    const wider = Math.min(
      maximumHalfWidth,
      Math.max(minimum.halfWidth, ...sectors.map((s) => Math.max(-s.box.x, s.box.x + s.box.w) + 0.02)),
    );
    halfHeight = Math.max(minimum.halfHeight, ...sectors.map((s) => Math.max(-s.box.y, s.box.y + s.box.h) + 0.02));
    // Settled (on a tablet or wider the names fit at once): no further rounds.
    if (Math.abs(wider - halfWidth) < 0.002) break;
    halfWidth = wider;
  }
  // The same proportions as the narrowest drawing: its box on the page keeps its shape, whatever
  // the names need, so nothing below it moves when they are placed.
  halfHeight = Math.max(halfHeight, (halfWidth * minimum.halfHeight) / minimum.halfWidth);
  unit = (2 * halfWidth) / input.widthPx;
  const lineHeight = input.fontPx * scale * 1.25 * unit;
  sectors = sectorTexts(input, halfWidth, unit, lineHeight);
  const rings = input.ringLabels.map((label, i) => {
    const band = ringBand(i + 1, input.ringLabels.length);
    const w = (input.measure(label) * scale + 4) * unit;
    const top = -band.outer + lineHeight * 0.05;
    return {
      lines: [label],
      x: 0,
      y: top + lineHeight * 0.8,
      anchor: 'middle' as const,
      box: { x: -w / 2, y: top, w, h: lineHeight },
    };
  });
  const inner = ringBand(1, input.ringLabels.length).inner;
  return {
    viewBox: { x: -halfWidth, y: -halfHeight, w: 2 * halfWidth, h: 2 * halfHeight },
    unit,
    lineHeight,
    textScale: scale,
    ringTexts: rings,
    sectorTexts: sectors,
    obstacles: [
      { x: -inner, y: -inner, w: inner * 2, h: inner * 2 },
      ...rings.map((r) => r.box),
      ...sectors.map((s) => s.box),
    ],
  };
}
