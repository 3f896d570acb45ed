// Where each name goes on the drawn map, so that no two names overlap and none covers a person
// (issue 14). Pure and deterministic: the same map at the same size always gets the same labels.
//
// Greedy placement: names nearest the centre first, each at the first free spot of a fixed list
// of candidates around its node (below, above, beside, then further out). A name that finds no
// spot near its node takes the nearest free spot anywhere on the drawing, with a line to its node;
// only when the drawing is truly full does a name become shorter (first name), and then hidden (the
// full name stays in the node's accessible name and in the list). Sizes are in drawing units;
// `unit` converts screen pixels to them, so names keep the same size on screen at any width.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelNode {
  id: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  /** What is written: the full text, a shorter form, or null when nothing fits. */
  text: string | null;
  shortened: boolean;
  /** Top-left corner, width and height in drawing units. */
  box: Box | null;
  /** The label sits away from its node, joined to it by a line. */
  leader: boolean;
}

export interface LabelOptions {
  /** Drawing units per screen pixel. */
  unit: number;
  fontPx: number;
  /** Width of a text in screen pixels at fontPx (canvas measurement in the browser). */
  measure: (text: string) => number;
  /** Radius of a node in drawing units: names keep clear of every node. */
  nodeRadius: number;
  /** The drawing's area: names stay inside it. */
  bounds: Box;
  /** Already taken (ring and sector names, the centre). */
  obstacles?: Box[];
  /**
   * Up to this many people, a name that finds no room beside its person goes to the nearest free
   * spot anywhere, with a line. In a larger map it is shortened or left out instead (the full name
   * shows on focus and in the list): far-away names would be many lines across the picture, and
   * the search costs more than the picture may (bench/network.ts).
   */
  farAwayUpTo?: number;
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** A spatial grid of boxes, so a candidate is checked against its neighbours only. */
class BoxGrid {
  private cells = new Map<number, Box[]>();
  constructor(private size: number) {}
  // Numeric keys and no arrays made per call: this runs some ten thousand times for a large map.
  add(b: Box) {
    const s = this.size;
    for (let i = Math.floor(b.x / s); i <= Math.floor((b.x + b.w) / s); i++)
      for (let j = Math.floor(b.y / s); j <= Math.floor((b.y + b.h) / s); j++) {
        const k = i * 65536 + j;
        const list = this.cells.get(k);
        if (list) list.push(b);
        else this.cells.set(k, [b]);
      }
  }
  free(b: Box) {
    const s = this.size;
    for (let i = Math.floor(b.x / s); i <= Math.floor((b.x + b.w) / s); i++)
      for (let j = Math.floor(b.y / s); j <= Math.floor((b.y + b.h) / s); j++) {
        const list = this.cells.get(i * 65536 + j);
        if (list) for (const other of list) if (intersects(b, other)) return false;
      }
    return true;
  }
}

/** A shorter form: the first word and the initial of the last ("Jan de Vries" becomes "Jan V."). */
export function shortLabel(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length < 2) return text.length > 12 ? `${text.slice(0, 10)}…` : null;
  const short = `${words[0]} ${words.at(-1)!.charAt(0)}.`;
  return short.length < text.length ? short : null;
}

/** From a point to the nearest point of a box (0 inside it). */
export function distanceTo(b: Box, p: { x: number; y: number }): number {
  const dx = Math.max(b.x - p.x, 0, p.x - (b.x + b.w));
  const dy = Math.max(b.y - p.y, 0, p.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

export function placeLabels(nodes: LabelNode[], options: LabelOptions): PlacedLabel[] {
  const { unit, fontPx, measure, nodeRadius, bounds } = options;
  const h = fontPx * 1.25 * unit;
  const gap = 2 * unit;
  const grid = new BoxGrid(h * 4);
  for (const o of options.obstacles ?? []) grid.add(o);
  // Every node is an obstacle: a name never covers a person.
  for (const n of nodes) grid.add({ x: n.x - nodeRadius, y: n.y - nodeRadius, w: nodeRadius * 2, h: nodeRadius * 2 });
  const inside = (b: Box) =>
    b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;

  // Candidate boxes around a node for a label of width w: the near ring first, then further.
  const around = (n: LabelNode, w: number): Box[] => {
    const boxes: Box[] = [];
    for (let step = 0; step < 4; step++) {
      const d = nodeRadius + gap + step * h * 0.75;
      boxes.push(
        { x: n.x - w / 2, y: n.y + d, w, h },
        { x: n.x - w / 2, y: n.y - d - h, w, h },
        { x: n.x + d, y: n.y - h / 2, w, h },
        { x: n.x - d - w, y: n.y - h / 2, w, h },
        { x: n.x + d * 0.7, y: n.y + d * 0.7, w, h },
        { x: n.x - d * 0.7 - w, y: n.y + d * 0.7, w, h },
        { x: n.x + d * 0.7, y: n.y - d * 0.7 - h, w, h },
        { x: n.x - d * 0.7 - w, y: n.y - d * 0.7 - h, w, h },
      );
    }
    return boxes;
  };
  // Anywhere on the drawing, for a crowded sector: spots on a grid of one line's height, searched
  // ring by ring outwards from the node; within the first ring that has a free spot, the nearest.
  // Free room only shrinks as names are placed: once no spot anywhere fits a width, no wider name
  // needs to look again (this keeps a full map of 150 fast).
  let noRoomFrom = Number.POSITIVE_INFINITY;
  const anywhere = (n: LabelNode, w: number): Box[] => {
    if (w >= noRoomFrom) return [];
    const columns = Math.ceil(bounds.w / h);
    const rows = Math.ceil(bounds.h / h);
    const ci = Math.round((n.x - w / 2 - bounds.x) / h);
    const cj = Math.round((n.y - h / 2 - bounds.y) / h);
    const distance = (b: Box) => Math.hypot(b.x + b.w / 2 - n.x, b.y + b.h / 2 - n.y);
    for (let k = 1; k < Math.max(columns, rows); k++) {
      const ring: Box[] = [];
      const at = (i: number, j: number) => {
        const box = { x: bounds.x + i * h, y: bounds.y + j * h, w, h };
        if (inside(box) && grid.free(box)) ring.push(box);
      };
      // The ring's edge only: its top and bottom rows, then its sides.
      for (let i = ci - k; i <= ci + k; i++) {
        at(i, cj - k);
        at(i, cj + k);
      }
      for (let j = cj - k + 1; j <= cj + k - 1; j++) {
        at(ci - k, j);
        at(ci + k, j);
      }
      if (ring.length > 0) return [ring.reduce((a, b) => (distance(b) < distance(a) ? b : a))];
    }
    noRoomFrom = w;
    return [];
  };

  const order = [...nodes].sort((a, b) => Math.hypot(a.x, a.y) - Math.hypot(b.x, b.y) || (a.id < b.id ? -1 : 1));
  const result = new Map<string, PlacedLabel>();
  for (const n of order) {
    let placed: PlacedLabel = { id: n.id, text: null, shortened: false, box: null, leader: false };
    const short = shortLabel(n.text);
    const variants = short ? [n.text, short] : [n.text];
    search: for (const [v, text] of variants.entries()) {
      const w = (measure(text) + 4) * unit;
      const sources = nodes.length <= (options.farAwayUpTo ?? 60) ? [around, anywhere] : [around];
      for (const source of sources) {
        for (const box of source(n, w)) {
          if (!inside(box) || !grid.free(box)) continue;
          grid.add(box);
          // A line joins a name to its node when the name had to go further than the near ring.
          const leader = distanceTo(box, n) > nodeRadius + gap + h;
          placed = { id: n.id, text, shortened: v > 0, box, leader };
          break search;
        }
      }
    }
    result.set(n.id, placed);
  }
  return nodes.map((n) => result.get(n.id)!);
}
