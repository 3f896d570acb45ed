// The ten steps of the coach plan in three phases. This file holds only structure: which fields a
// step's worksheet has and of what kind. The explanation for the coach, the questions for the client
// and the tips are written in our own words in the catalogs (coaching.steps.N.*).
import { z } from 'zod';
import { isoDate } from '../schemas.js';

export const phases = ['orient', 'think', 'do'] as const;
export type Phase = (typeof phases)[number];

/**
 * Worksheet field kinds:
 * - text: one line; long: a few sentences; list: short items (up to 20);
 * - date: a day; top3: up to three items in order; plans: one action plan per chosen action.
 * - network: a link to the person's network map (step 2) or dream network (step 1).
 * - mapPlaces: places chosen from the social map (step 4), each with whether they went and how it was.
 */
export type FieldKind = 'text' | 'long' | 'list' | 'date' | 'top3' | 'plans' | 'network' | 'mapPlaces';

export interface StepDef {
  step: number;
  phase: Phase;
  fields: { key: string; kind: FieldKind }[];
}

export const steps: readonly StepDef[] = [
  {
    step: 1,
    phase: 'orient',
    fields: [
      { key: 'about_me', kind: 'long' },
      { key: 'hopes', kind: 'long' },
      { key: 'dream_network', kind: 'network' },
      { key: 'dream', kind: 'long' },
      { key: 'pace', kind: 'text' },
    ],
  },
  {
    step: 2,
    phase: 'orient',
    fields: [
      { key: 'network_map', kind: 'network' },
      { key: 'stands_out', kind: 'long' },
    ],
  },
  {
    step: 3,
    phase: 'orient',
    fields: [
      { key: 'value', kind: 'long' },
      { key: 'missing', kind: 'long' },
      { key: 'wishes', kind: 'list' },
    ],
  },
  {
    step: 4,
    phase: 'think',
    fields: [
      { key: 'map_places', kind: 'mapPlaces' },
      { key: 'places', kind: 'list' },
      { key: 'chances', kind: 'list' },
      { key: 'goes_well', kind: 'long' },
      { key: 'finds_hard', kind: 'long' },
    ],
  },
  {
    step: 5,
    phase: 'think',
    fields: [
      { key: 'interests', kind: 'list' },
      { key: 'talents', kind: 'list' },
      { key: 'qualities', kind: 'list' },
      { key: 'skills', kind: 'list' },
    ],
  },
  {
    step: 6,
    phase: 'think',
    fields: [
      { key: 'think_along', kind: 'list' },
      { key: 'meeting_on', kind: 'date' },
      { key: 'invitees', kind: 'list' },
      { key: 'meeting_notes', kind: 'long' },
    ],
  },
  {
    step: 7,
    phase: 'do',
    fields: [
      { key: 'ideas', kind: 'list' },
      { key: 'top3', kind: 'top3' },
    ],
  },
  { step: 8, phase: 'do', fields: [{ key: 'plans', kind: 'plans' }] },
  {
    step: 9,
    phase: 'do',
    fields: [
      { key: 'done', kind: 'long' },
      { key: 'how_it_went', kind: 'long' },
      { key: 'learned', kind: 'long' },
      { key: 'next', kind: 'text' },
    ],
  },
  {
    step: 10,
    phase: 'do',
    fields: [
      { key: 'effects', kind: 'long' },
      { key: 'agreements', kind: 'long' },
      { key: 'takes_over', kind: 'text' },
      { key: 'closing', kind: 'long' },
      { key: 'return_on', kind: 'date' },
    ],
  },
];

export const stepNumbers = steps.map((s) => s.step);
export const stepOf = (n: number) => steps.find((s) => s.step === n);

const line = z.string().trim().max(300);
const long = z.string().trim().max(4000);
export const actionPlanSchema = z.object({
  action: line,
  goal: long.optional().default(''),
  steps: long.optional().default(''),
  helpers: line.optional().default(''),
  when: line.optional().default(''),
  firstStep: line.optional().default(''),
  obstacles: long.optional().default(''),
});
export type ActionPlan = z.output<typeof actionPlanSchema>;

/** How trying a place from the social map went: chosen, been there, or not for them after all. */
export const placeOutcomes = ['chosen', 'went', 'not_for_me'] as const;
export const chosenPlaceSchema = z.object({
  entryId: z.uuid(),
  /** The place's name when chosen: the worksheet stays readable if the place leaves the map. */
  name: line.min(1),
  outcome: z.enum(placeOutcomes),
  howItWent: long.optional().default(''),
});
export type ChosenPlace = z.output<typeof chosenPlaceSchema>;

const fieldSchemas: Record<FieldKind, z.ZodType> = {
  text: line,
  long,
  list: z.array(line.min(1)).max(20),
  date: z.union([isoDate, z.literal('')]),
  top3: z.array(line.min(1)).max(3),
  plans: z.array(actionPlanSchema).max(3),
  // The map itself lives in the network module; the worksheet keeps the chosen map's id.
  network: z.union([z.uuid(), z.literal('')]),
  mapPlaces: z.array(chosenPlaceSchema).max(20),
};

/** The contract for one step's worksheet: its own fields plus free notes, nothing else. */
export function worksheetSchema(step: number) {
  const def = stepOf(step);
  if (!def) throw new Error(`No step ${step}`);
  const shape: Record<string, z.ZodType> = { notes: long.optional() };
  for (const f of def.fields) shape[f.key] = fieldSchemas[f.kind].optional();
  return z.strictObject(shape);
}

/** The actions chosen in step 7 that still lack a plan in step 8 (so the coach can add them). */
export function actionsWithoutPlan(
  top3: readonly string[] | undefined,
  plans: readonly ActionPlan[] | undefined,
): string[] {
  const planned = new Set((plans ?? []).map((p) => p.action.trim().toLocaleLowerCase('nl')));
  return (top3 ?? []).filter((a) => !planned.has(a.trim().toLocaleLowerCase('nl')));
}

/**
 * Where a trajectory is, for the dashboard: the lowest step being worked on; otherwise the first
 * step not yet done or skipped; otherwise step 10. The client sets the order, so this is a summary,
 * not a rule.
 */
export function currentStep(states: readonly { step: number; status: string }[]): StepDef {
  const byStep = new Map(states.map((s) => [s.step, s.status]));
  const inProgress = steps.find((s) => byStep.get(s.step) === 'in_progress');
  if (inProgress) return inProgress;
  return (
    steps.find((s) => !['done', 'skipped'].includes(byStep.get(s.step) ?? 'not_started')) ?? steps[steps.length - 1]
  );
}
