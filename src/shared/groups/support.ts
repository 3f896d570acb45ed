// The group network picture (pure): mutual support observed between participants in a period,
// as nodes and weighted edges, plus who has not contributed lately.
import type { GroupSupportType } from './model.js';

export interface Observation {
  from: string;
  to: string;
  type: GroupSupportType;
  on: string;
}

export interface SupportEdge {
  a: string;
  b: string;
  count: number;
  types: GroupSupportType[];
  mutual: boolean;
}

/** Edges between pairs (unordered), in a period [from, to]; `mutual` when support went both ways. */
export function supportNetwork(
  observations: readonly Observation[],
  from: string,
  to: string,
): { edges: SupportEdge[]; density: number; participants: string[] } {
  const pairs = new Map<
    string,
    { a: string; b: string; count: number; types: Set<GroupSupportType>; dirs: Set<string> }
  >();
  for (const o of observations) {
    if (o.on < from || o.on > to || o.from === o.to) continue;
    const [a, b] = o.from < o.to ? [o.from, o.to] : [o.to, o.from];
    const key = `${a}|${b}`;
    const e = pairs.get(key) ?? { a, b, count: 0, types: new Set(), dirs: new Set() };
    e.count += 1;
    e.types.add(o.type);
    e.dirs.add(o.from);
    pairs.set(key, e);
  }
  const edges = [...pairs.values()].map((e) => ({
    a: e.a,
    b: e.b,
    count: e.count,
    types: [...e.types].sort(),
    mutual: e.dirs.size === 2,
  }));
  const participants = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort();
  const n = participants.length;
  return { edges, participants, density: n < 2 ? 0 : edges.length / ((n * (n - 1)) / 2) };
}

/**
 * Who has not contributed lately: participants taking part whose last `window` attended sessions
 * had no contribution (or who attended none of the recent sessions they were expected at).
 */
export function notContributedLately(
  attendance: readonly { participantId: string; heldOn: string; contributed: boolean }[],
  participants: readonly string[],
  window = 3,
): string[] {
  return participants.filter((id) => {
    const mine = attendance
      .filter((a) => a.participantId === id)
      .sort((x, y) => (x.heldOn < y.heldOn ? 1 : -1))
      .slice(0, window);
    return mine.length > 0 && mine.every((a) => !a.contributed);
  });
}
