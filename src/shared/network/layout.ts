// Deterministic placement of alters on the map: no force layout, so the same map always looks the
// same and nothing jitters while a person looks at it. Pure: positions in a unit circle.

export interface LayoutInput {
  id: string;
  closeness: number;
  sectorIndex: number;
}

export interface Placed {
  id: string;
  x: number;
  y: number;
}

/** Radius (0..1) of the band of ring `r` (1-based) when there are `rings` rings and a centre. */
export function ringBand(r: number, rings: number) {
  const centre = 0.16;
  const width = (1 - centre) / rings;
  return { inner: centre + (r - 1) * width, outer: centre + r * width };
}

/**
 * Places alters in their ring and sector. Within one cell they spread over the arc and, when a
 * cell is crowded, over several rows inside the band. The angle of sector `s` of `n` starts at
 * the top and runs clockwise.
 */
export function layout(alters: LayoutInput[], rings: number, sectors: number): Placed[] {
  const cells = new Map<string, LayoutInput[]>();
  for (const a of alters) {
    const key = `${a.closeness}:${a.sectorIndex}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const placed: Placed[] = [];
  const sectorAngle = (2 * Math.PI) / sectors;
  for (const [key, members] of cells) {
    const [ring, sector] = key.split(':').map(Number);
    const band = ringBand(ring, rings);
    // As many per row as fit on the shortest (innermost) arc of the band, then more rows. Rows
    // are spread evenly with half a gap at each edge, so neighbouring rings keep their distance.
    const arcLength = sectorAngle * (band.inner + (band.outer - band.inner) * 0.25);
    const perRow = Math.max(1, Math.floor(arcLength / 0.07));
    const rows = Math.ceil(members.length / perRow);
    members.forEach((m, i) => {
      const row = Math.floor(i / perRow);
      const inRow = Math.min(perRow, members.length - row * perRow);
      const slot = i % perRow;
      const radius = band.inner + ((row + 0.5) * (band.outer - band.inner)) / rows;
      const angle = -Math.PI / 2 + sector * sectorAngle + ((slot + 0.5) * sectorAngle) / inRow;
      placed.push({ id: m.id, x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    });
  }
  return placed;
}

/** Where a point (unit circle) falls: which ring and sector, or null outside the rings or in the centre. */
export function locate(
  x: number,
  y: number,
  rings: number,
  sectors: number,
): { closeness: number; sectorIndex: number } | null {
  const radius = Math.hypot(x, y);
  if (radius > 1) return null;
  let closeness = 0;
  for (let r = 1; r <= rings; r++) {
    const band = ringBand(r, rings);
    if (radius >= band.inner && radius <= band.outer) closeness = r;
  }
  if (closeness === 0) return null;
  const angle = (Math.atan2(y, x) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
  return { closeness, sectorIndex: Math.min(sectors - 1, Math.floor(angle / ((2 * Math.PI) / sectors))) };
}
