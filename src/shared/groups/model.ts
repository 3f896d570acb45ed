// The support-net group method's vocabulary (PRODUCT.md C4). Codes only; words are in the catalogs.

export const groupPhases = ['exploration', 'build_up', 'deepening', 'evaluation', 'lasting'] as const;
export type GroupPhase = (typeof groupPhases)[number];
/** Planned length of each phase in months (the method's timeline; "lasting" has no end). */
export const phaseMonths: Record<GroupPhase, number | null> = {
  exploration: 3,
  build_up: 9,
  deepening: 6,
  evaluation: 3,
  lasting: null,
};

export const startConditions = [
  'hours_secured',
  'hours_agreed',
  'backup_available',
  'location_suitable',
  'continuation',
] as const;

export const cameVia = ['referral', 'met_by_worker', 'invited_by_participant', 'walked_in'] as const;

export const routeStatuses = [
  'invited',
  'introduction',
  'finding_place',
  'structural',
  'dropped_out',
  'returned',
  'referred',
  'asked_to_leave',
] as const;
export type RouteStatus = (typeof routeStatuses)[number];
/** Statuses in which someone takes part in the group. */
export const takingPart: readonly RouteStatus[] = ['introduction', 'finding_place', 'structural', 'returned'];
/** Route changes that need a note: why they left, to what help, which alternative was arranged. */
export const routeNeedsNote: readonly RouteStatus[] = ['dropped_out', 'referred', 'asked_to_leave'];

export const contributionKinds = [
  'shopping',
  'cooking',
  'design',
  'hosting',
  'listening',
  'cleaning',
  'other',
] as const;
export type ContributionKind = (typeof contributionKinds)[number];

export const logbookTags = [
  'social_interpreting',
  'conflict',
  'mutual_support',
  'newcomer',
  'dropout',
  'atmosphere',
  'group_identity',
] as const;
export type LogbookTag = (typeof logbookTags)[number];
export const groupSupportTypes = ['emotional', 'practical', 'companionship'] as const;
export type GroupSupportType = (typeof groupSupportTypes)[number];
/** The four balances a worker keeps; a position is -2 (left pole) to 2 (right pole). */
export const balances = [
  'stability_spontaneity',
  'safety_challenge',
  'initiative_steering',
  'letting_intervening',
] as const;

/** How a dropout follow-up was made, and by whom. */
export const followUpWays = ['call', 'visit'] as const;
export type FollowUpWay = (typeof followUpWays)[number];
export const followUpByKinds = ['worker', 'participant'] as const;
export type FollowUpBy = (typeof followUpByKinds)[number];
export const activityRecurrences = ['weekly', 'one_off'] as const;
export const activityAudiences = ['group', 'neighbourhood'] as const;
export const groupWorkerRoles = ['worker', 'backup'] as const;
export type GroupWorkerRole = (typeof groupWorkerRoles)[number];
export const followUpOutcomes = ['coming_back', 'needs_other_help', 'stops', 'not_reached'] as const;
export type FollowUpOutcome = (typeof followUpOutcomes)[number];

export const groupSubgoals = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] as const;
export const groupEvaluationKinds = ['year', 'end'] as const;
