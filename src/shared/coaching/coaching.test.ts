import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueFor, vogWarning } from './due.js';
import { distanceKm, type MatchCoach, rankCoaches, weights } from './matching.js';
import { weekParts } from './model.js';
import { actionsWithoutPlan, currentStep, steps, worksheetSchema } from './steps.js';

const client = {
  availability: ['tue_afternoon', 'thu_morning'],
  neighbourhood: 'Oost',
  languages: ['Turks'],
  interests: ['koken', 'wandelen'],
  situations: ['ageing'],
};
const coach = (id: string, over: Partial<MatchCoach> = {}): MatchCoach => ({
  id,
  status: 'active',
  maxClients: 2,
  activeClients: 0,
  travelRadiusKm: 5,
  availability: [],
  neighbourhood: null,
  languages: [],
  interests: [],
  situations: [],
  preferredSituations: [],
  ...over,
});

describe('rankCoaches', () => {
  it('explains every factor and ranks the best fit first', () => {
    const good = coach('good', {
      availability: ['tue_afternoon', 'thu_morning'],
      neighbourhood: 'oost',
      languages: ['turks', 'Nederlands'],
      interests: ['Koken'],
      preferredSituations: ['ageing'],
    });
    const weak = coach('weak', { availability: ['sat_morning'], languages: ['Nederlands'], activeClients: 1 });
    const [first, second] = rankCoaches(client, [weak, good]);
    expect(first.coachId).toBe('good');
    // 25 availability + 20 same neighbourhood + 20 language + 5 one shared interest + 10 preference + 10 free load
    expect(first.score).toBe(90);
    expect(first.reasons.map((r) => `${r.factor}:${r.code}:${r.points}`)).toEqual([
      'availability:overlap:25',
      'distance:same_neighbourhood:20',
      'language:shared:20',
      'interests:shared:5',
      'preferences:matches:10',
      'load:room:10',
    ]);
    // 0 availability + 10 distance unknown + 0 language + 0 interests + 5 no preference + 5 half load
    expect(second).toMatchObject({ coachId: 'weak', score: 20, full: false });
  });

  it('never ranks coaches who are not active, and flags a full coach', () => {
    const ranked = rankCoaches(client, [
      coach('a', { status: 'paused' }),
      coach('b', { status: 'candidate' }),
      coach('c', { maxClients: 1, activeClients: 1 }),
    ]);
    expect(ranked.map((r) => r.coachId)).toEqual(['c']);
    expect(ranked[0].full).toBe(true);
    expect(ranked[0].reasons.find((r) => r.factor === 'load')).toMatchObject({ code: 'full', points: 0 });
  });

  it('uses the travel radius for distance', () => {
    const at = (km: number) =>
      rankCoaches(client, [coach('x', { travelRadiusKm: 4 })], () => km)[0].reasons.find(
        (r) => r.factor === 'distance',
      )!;
    expect(at(3).code).toBe('within_radius');
    expect(at(5.5).code).toBe('just_outside');
    expect(at(7).code).toBe('too_far');
  });

  it('keeps every score between 0 and the sum of the weights, and each reason within its maximum (property)', () => {
    const max = Object.values(weights).reduce((a, b) => a + b, 0);
    const parts = fc.subarray([...weekParts]);
    const words = fc.array(fc.constantFrom('koken', 'wandelen', 'muziek', 'Turks', 'Nederlands'), { maxLength: 4 });
    fc.assert(
      fc.property(
        parts,
        parts,
        words,
        words,
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 10 }),
        fc.option(fc.double({ min: 0, max: 50, noNaN: true })),
        (ca, ka, cl, kl, maxClients, active, km) => {
          const ranked = rankCoaches(
            { ...client, availability: ca, languages: cl, interests: cl },
            [coach('p', { availability: ka, languages: kl, interests: kl, maxClients, activeClients: active })],
            () => km,
          );
          expect(ranked[0].score).toBeGreaterThanOrEqual(0);
          expect(ranked[0].score).toBeLessThanOrEqual(max);
          for (const r of ranked[0].reasons) expect(r.points).toBeLessThanOrEqual(r.max);
        },
      ),
    );
  });

  it('measures distance between neighbourhood centres', () => {
    expect(distanceKm({ latitude: 52.09, longitude: 5.14 }, { latitude: 52.09, longitude: 5.08 })).toBeCloseTo(4.1, 1);
    expect(distanceKm({ latitude: 52, longitude: 5 }, { latitude: 52, longitude: 5 })).toBe(0);
  });
});

describe('dueFor', () => {
  const base = {
    status: 'active',
    registeredOn: '2026-01-01',
    startedOn: '2026-02-01',
    closedOn: null,
    followUpOn: null,
    evaluations: [] as ('mid_term' | 'final')[],
  };
  it('counts waiting days only while waiting', () => {
    expect(dueFor({ ...base, status: 'waiting', startedOn: null }, '2026-01-31').waitingDays).toBe(30);
    expect(dueFor(base, '2026-03-01').waitingDays).toBeNull();
  });
  it('makes the mid-term evaluation due after four months and the final after eight, until recorded', () => {
    expect(dueFor(base, '2026-05-31').midTermDueOn).toBeNull();
    expect(dueFor(base, '2026-06-01').midTermDueOn).toBe('2026-06-01');
    expect(dueFor({ ...base, evaluations: ['mid_term'] }, '2026-06-01').midTermDueOn).toBeNull();
    expect(dueFor(base, '2026-10-01').finalDueOn).toBe('2026-10-01');
    expect(dueFor({ ...base, evaluations: ['final'] }, '2026-10-01').finalDueOn).toBeNull();
  });
  it('flags trajectories over twelve months', () => {
    expect(dueFor(base, '2027-02-01').veryLong).toBe(false);
    expect(dueFor(base, '2027-02-02').veryLong).toBe(true);
  });
  it('counts the age of a trajectory in full months', () => {
    const started = { ...base, startedOn: '2025-11-17' };
    // 12 months and 15 days is 12, not 13 (calendar months would say 13).
    expect(dueFor(started, '2026-12-02').ageMonths).toBe(12);
    expect(dueFor(started, '2026-11-16').ageMonths).toBe(11);
    expect(dueFor(started, '2026-11-17').ageMonths).toBe(12);
    // The end of a month: 31 January to 28 February is one month, as shiftMonths counts it.
    expect(dueFor({ ...base, startedOn: '2027-01-31' }, '2027-02-28').ageMonths).toBe(1);
    expect(dueFor({ ...base, startedOn: '2028-02-29' }, '2029-02-28').ageMonths).toBe(12);
  });
  it('shows the follow-up two weeks before six months after closing, until it is recorded', () => {
    const closed = { ...base, status: 'closed', closedOn: '2026-06-30' };
    expect(dueFor(closed, '2026-12-15').followUpDueOn).toBeNull();
    expect(dueFor(closed, '2026-12-16').followUpDueOn).toBe('2026-12-30');
    expect(dueFor({ ...closed, followUpOn: '2026-12-20' }, '2027-01-05').followUpDueOn).toBeNull();
  });
  it('warns when a certificate of conduct is missing or too old', () => {
    expect(vogWarning(null, 36, '2026-11-21')).toBe('missing');
    expect(vogWarning('2023-11-20', 36, '2026-11-21')).toBe('expired');
    expect(vogWarning('2023-11-21', 36, '2026-11-21')).toBeNull();
  });
});

describe('the ten steps', () => {
  it('has ten steps in three phases in order', () => {
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(steps.map((s) => s.phase).join()).toBe('orient,orient,orient,think,think,think,do,do,do,do');
  });
  it('accepts a worksheet with its own fields and refuses unknown ones and a top four', () => {
    expect(worksheetSchema(7).safeParse({ top3: ['a', 'b', 'c'], notes: 'x' }).success).toBe(true);
    expect(worksheetSchema(7).safeParse({ top3: ['a', 'b', 'c', 'd'] }).success).toBe(false);
    expect(worksheetSchema(7).safeParse({ places: ['x'] }).success).toBe(false);
    expect(worksheetSchema(8).parse({ plans: [{ action: 'Koffieochtend' }] })).toEqual({
      plans: [{ action: 'Koffieochtend', goal: '', steps: '', helpers: '', when: '', firstStep: '', obstacles: '' }],
    });
  });
  it('finds the current step for the dashboard and the actions still without a plan', () => {
    expect(currentStep([]).step).toBe(1);
    expect(
      currentStep([
        { step: 1, status: 'done' },
        { step: 2, status: 'skipped' },
      ]).step,
    ).toBe(3);
    expect(
      currentStep([
        { step: 1, status: 'done' },
        { step: 8, status: 'in_progress' },
      ]).step,
    ).toBe(8);
    expect(
      actionsWithoutPlan(
        ['Koffie', 'Bellen'],
        [{ action: 'koffie ', goal: '', steps: '', helpers: '', when: '', firstStep: '', obstacles: '' }],
      ),
    ).toEqual(['Bellen']);
  });
});
