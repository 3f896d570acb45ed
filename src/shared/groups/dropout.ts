// Who needs a dropout follow-up (pure): a structural participant who missed the last N sessions of
// the group in a row, counted only over sessions since they became structural.

export interface SessionAttendance {
  heldOn: string;
  present: ReadonlySet<string>;
}

export interface StructuralParticipant {
  id: string;
  /** The day they became (or became again) a structural participant. */
  since: string;
}

export interface Dropout {
  participantId: string;
  /** The first of the missed sessions in the current run. */
  missedSince: string;
  missed: number;
}

export function detectDropouts(
  sessions: readonly SessionAttendance[],
  participants: readonly StructuralParticipant[],
  threshold: number,
): Dropout[] {
  const ordered = [...sessions].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  const result: Dropout[] = [];
  for (const p of participants) {
    let missed = 0;
    let missedSince = '';
    // Walk back from the latest session until they were there.
    for (let i = ordered.length - 1; i >= 0; i--) {
      const s = ordered[i];
      if (s.heldOn < p.since || s.present.has(p.id)) break;
      missed += 1;
      missedSince = s.heldOn;
    }
    if (missed >= threshold) result.push({ participantId: p.id, missedSince, missed });
  }
  return result;
}
