import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityAdvice } from './capacity.js';
import { detectDropouts } from './dropout.js';
import { currentPhase, plannedTimeline, retention, statusOn } from './route.js';
import { notContributedLately, supportNetwork } from './support.js';

describe('capacityAdvice', () => {
  it('follows the rule of thumb for group size', () => {
    const at = (structural: number) => capacityAdvice({ structural, activityHours: 2.5, availableHours: 4 });
    expect(at(15)).toMatchObject({ hoursPerWeek: 4, workers: 1, expectedAttendance: 10, margin: 0 });
    expect(at(20).hoursPerWeek).toBe(4);
    expect(at(21).hoursPerWeek).toBe(4.5);
    expect(at(25).hoursPerWeek).toBe(4.5);
    expect(at(26).hoursPerWeek).toBe(5);
    expect(at(30)).toMatchObject({ hoursPerWeek: 5, workers: 1, margin: -1 });
    expect(at(31)).toMatchObject({ workers: 2, reasons: ['baseline', 'size_25_30', 'second_worker'] });
    expect(at(10).reasons).toContain('below_target');
  });
  it('adds an hour per extra activity hour beyond two and a half', () => {
    expect(capacityAdvice({ structural: 18, activityHours: 3.5, availableHours: 6 })).toMatchObject({
      hoursPerWeek: 5,
      margin: 1,
      reasons: ['baseline', 'longer_activity'],
    });
    expect(capacityAdvice({ structural: 24, activityHours: 4.5, availableHours: 4 })).toMatchObject({
      hoursPerWeek: 6.5,
      margin: -2.5,
    });
  });
  it('never advises fewer hours for a bigger group or a longer activity (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 10 }),
        fc.double({ min: 0.5, max: 8, noNaN: true }),
        (n, more, hours) => {
          const a = capacityAdvice({ structural: n, activityHours: hours, availableHours: 0 });
          const b = capacityAdvice({ structural: n + more, activityHours: hours + 0.5, availableHours: 0 });
          expect(b.hoursPerWeek).toBeGreaterThanOrEqual(a.hoursPerWeek);
          expect(a.expectedAttendance).toBeLessThanOrEqual(n);
        },
      ),
    );
  });
});

describe('detectDropouts', () => {
  const sessions = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27'].map((heldOn, i) => ({
    heldOn,
    present: new Set(i === 0 ? ['ans', 'bob', 'cor'] : i === 1 ? ['bob'] : ['cor']),
  }));
  it('finds a structural participant absent from the last three sessions in a row', () => {
    const found = detectDropouts(
      sessions,
      [
        { id: 'ans', since: '2025-12-01' },
        { id: 'bob', since: '2025-12-01' },
        { id: 'cor', since: '2025-12-01' },
      ],
      3,
    );
    expect(found).toEqual([{ participantId: 'ans', missedSince: '2026-01-13', missed: 3 }]);
  });
  it('counts only sessions since someone became structural, and follows the group threshold', () => {
    expect(detectDropouts(sessions, [{ id: 'ans', since: '2026-01-20' }], 3)).toEqual([]);
    expect(detectDropouts(sessions, [{ id: 'bob', since: '2025-12-01' }], 2)).toEqual([
      { participantId: 'bob', missedSince: '2026-01-20', missed: 2 },
    ]);
  });
  it('never reports someone who came to the latest session (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.subarray(['a', 'b', 'c']), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (present, threshold) => {
          const s = present.map((p, i) => ({
            heldOn: `2026-02-${String(i + 1).padStart(2, '0')}`,
            present: new Set(p),
          }));
          const last = s[s.length - 1].present;
          for (const d of detectDropouts(
            s,
            ['a', 'b', 'c'].map((id) => ({ id, since: '2026-01-01' })),
            threshold,
          ))
            expect(last.has(d.participantId)).toBe(false);
        },
      ),
    );
  });
});

describe('route, retention and phases', () => {
  const route = (...events: [string, string][]) =>
    events.map(([status, onDate]) => ({ status: status as never, onDate }));
  it('knows the status on a day', () => {
    const r = route(['invited', '2026-01-01'], ['introduction', '2026-01-08'], ['structural', '2026-03-01']);
    expect(statusOn(r, '2025-12-31')).toBeNull();
    expect(statusOn(r, '2026-02-01')).toBe('introduction');
    expect(statusOn(r, '2026-06-01')).toBe('structural');
  });
  it('counts who still takes part three months after their introduction', () => {
    const stayed = route(['introduction', '2026-01-10'], ['structural', '2026-03-01']);
    const left = route(['introduction', '2026-01-10'], ['dropped_out', '2026-02-15']);
    const tooRecent = route(['introduction', '2026-05-01']);
    expect(retention([stayed, left, tooRecent], '2026-06-01')).toEqual({ share: 0.5, counted: 2, stayed: 1 });
    expect(retention([tooRecent], '2026-06-01').share).toBeNull();
  });
  it('plans the phases from the start date and says where the group is', () => {
    const plan = plannedTimeline('2026-01-15');
    expect(plan.exploration).toEqual({ plannedStart: '2026-01-15', plannedEnd: '2026-04-15' });
    expect(plan.build_up?.plannedEnd).toBe('2027-01-15');
    expect(plan.deepening?.plannedEnd).toBe('2027-07-15');
    expect(currentPhase(plan, '2026-05-01')).toBe('build_up');
    expect(currentPhase({ ...plan, deepening: { ...plan.deepening, actualStart: '2026-11-01' } }, '2026-11-21')).toBe(
      'deepening',
    );
  });
});

describe('support network and contributions', () => {
  const obs = [
    { from: 'ans', to: 'bob', type: 'practical' as const, on: '2026-03-01' },
    { from: 'bob', to: 'ans', type: 'emotional' as const, on: '2026-03-08' },
    { from: 'cor', to: 'ans', type: 'companionship' as const, on: '2026-05-01' },
  ];
  it('draws pairs with their support types and whether it went both ways, for a period', () => {
    const spring = supportNetwork(obs, '2026-03-01', '2026-03-31');
    expect(spring.edges).toEqual([{ a: 'ans', b: 'bob', count: 2, types: ['emotional', 'practical'], mutual: true }]);
    expect(spring.density).toBe(1);
    const all = supportNetwork(obs, '2026-01-01', '2026-12-31');
    expect(all.participants).toEqual(['ans', 'bob', 'cor']);
    expect(all.density).toBeCloseTo(2 / 3);
  });
  it('lists who has not contributed in their last three sessions', () => {
    const att = [
      ...['01', '08', '15'].map((d) => ({ participantId: 'ans', heldOn: `2026-03-${d}`, contributed: false })),
      { participantId: 'bob', heldOn: '2026-03-01', contributed: false },
      { participantId: 'bob', heldOn: '2026-03-15', contributed: true },
    ];
    expect(notContributedLately(att, ['ans', 'bob', 'cor'])).toEqual(['ans']);
  });
});
