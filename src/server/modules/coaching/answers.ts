// The answers of the coach programme's API as the web app receives them (types only; shared/wire.ts).
import type { Answer } from '../../../shared/wire.js';
import type { dashboard } from './dashboard.js';
import type { candidates, mine } from './matches.js';
import type { myReports, saveStep } from './plan.js';
import type { coachAccounts, getCoach, getSettings, listCoaches, listNeighbourhoods } from './pool.js';
import type { overview } from './support.js';
import type { detail, list } from './trajectories.js';

export type Dashboard = Answer<typeof dashboard>;
/** A trajectory as the dashboard lists it: enough to name and link it. */
export type Ref = Pick<Dashboard['waiting'][number], 'trajectoryId' | 'name'>;

export type TrajectoryListItem = Answer<typeof list>[number];
export type Trajectory = Answer<typeof detail>;
export type Match = Trajectory['matches'][number];
export type Report = Trajectory['reports'][number];
export type StepState = Trajectory['steps'][number];
/** A saved step answers its new version, so the next save can follow at once. */
export type StepSaved = Answer<typeof saveStep>;
export type Evaluation = Trajectory['evaluations'][number];
export type Candidate = Answer<typeof candidates>[number];

export type CoachListItem = Answer<typeof listCoaches>[number];
export type Coach = Answer<typeof getCoach>;
export type CoachSettings = Answer<typeof getSettings>;
export type Neighbourhood = Answer<typeof listNeighbourhoods>[number];
/** A coach account that can be linked to a coach in the pool. */
export type CoachAccount = Answer<typeof coachAccounts>[number];
export type SupportOverview = Answer<typeof overview>;

export type MyCoaching = Answer<typeof mine>;
export type MyReport = Answer<typeof myReports>[number];
