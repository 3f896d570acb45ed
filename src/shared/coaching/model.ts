// The coach programme's vocabulary (PRODUCT.md C3). Codes only: every label lives in the
// catalogs (src/web/i18n), so Dutch and English stay complete and the server stays language-free.

export const coachStatuses = ['candidate', 'in_training', 'active', 'paused', 'stopped'] as const;
export type CoachStatus = (typeof coachStatuses)[number];

// Parts of the week a client or coach is available, e.g. 'tue_afternoon' (shared with the social map).
export { dayParts, type WeekPart, weekDays, weekParts } from '../week.js';

export const situations = [
  'family_carer',
  'chronic_illness',
  'intellectual_disability',
  'brain_injury',
  'ageing',
  'psychological',
  'life_event',
  'language_integration',
  'other',
] as const;
export type Situation = (typeof situations)[number];

export const ageGroups = ['under_25', '25_44', '45_64', '65_79', '80_plus'] as const;

/** The four selection points of the intake (the method's conditions for starting). */
export const intakePoints = ['wish', 'not_buddy', 'temporary', 'available'] as const;
export type IntakePoint = (typeof intakePoints)[number];
export const suitabilities = ['suitable', 'other_help_first', 'alongside_other_help'] as const;
export const intakeOutcomes = ['accepted', 'referred', 'declined', 'withdrawn'] as const;

export const trajectoryStatuses = ['registered', 'waiting', 'active', 'closed', 'not_started'] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];

export const matchStatuses = ['proposed', 'active', 'declined', 'ended'] as const;
export const declineSides = ['client', 'coach', 'coordinator'] as const;
export type DeclineSide = (typeof declineSides)[number];

export const endReasons = ['completed', 'stopped_by_client', 'referred_on', 'other'] as const;
export const followUpResults = ['lasting', 'partly', 'not_lasting', 'not_reached'] as const;

export const signals = ['too_complex', 'worried', 'other'] as const;
export type Signal = (typeof signals)[number];

export const stepStatuses = ['not_started', 'in_progress', 'done', 'skipped'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export const evaluationKinds = ['mid_term', 'final'] as const;
export type EvaluationKind = (typeof evaluationKinds)[number];
/** The method's seven subgoals, rated 1 (not at all) to 5 (fully). */
export const subgoals = [1, 2, 3, 4, 5, 6, 7] as const;
export const evaluationParticipants = ['client', 'coach', 'coordinator'] as const;

export const supportMeetingKinds = ['supervision', 'intervision', 'exit'] as const;
