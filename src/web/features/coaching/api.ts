// The coach programme's data and links: the query keys, reads and changes its pages use. URLs
// live only here. Every change makes the whole programme's reads stale (coachingKeys.all): a
// report or a match shows up on the dashboard, the trajectory and the coach's own page at once.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Candidate,
  Coach,
  CoachAccount,
  CoachListItem,
  CoachSettings,
  Dashboard,
  MyCoaching,
  MyReport,
  Neighbourhood,
  StepSaved,
  SupportOverview,
  Trajectory,
  TrajectoryListItem,
} from '../../../server/modules/coaching/answers.js';
import type { Created } from '../../../server/modules/people/answers.js';
import type {
  closeSchema,
  coachingSettingsSchema,
  coachPatchSchema,
  coachSchema,
  confirmSchema,
  declineSchema,
  endMatchSchema,
  evaluationParams,
  evaluationSchema,
  followUpSchema,
  handleSignalSchema,
  intakeSchema,
  neighbourhoodsSchema,
  proposeSchema,
  registrationSchema,
  reportSchema,
  stepSchema,
  supportMeetingSchema,
  trajectoryListQuery,
} from '../../../shared/coaching/schemas.js';
import { api } from '../../api.js';

type In<T extends z.ZodType> = z.input<T>;
type ListStatus = In<typeof trajectoryListQuery>['status'];

export const coachingKeys = {
  all: ['coaching'] as const,
  trajectory: (id: string | undefined) => ['coaching', 'trajectory', id] as const,
  dashboard: ['coaching', 'dashboard'] as const,
  support: ['coaching', 'support'] as const,
};

/** Where a trajectory's page is. */
export const trajectoryPath = (id: string) => `/coaching/trajectories/${id}`;

export const coachingQueries = {
  dashboard: () =>
    queryOptions({ queryKey: coachingKeys.dashboard, queryFn: () => api<Dashboard>('GET', '/api/coaching/dashboard') }),
  trajectory: (id: string | undefined) =>
    queryOptions({
      queryKey: coachingKeys.trajectory(id),
      queryFn: () => api<Trajectory>('GET', `/api/trajectories/${id}`),
    }),
  trajectories: (status: ListStatus) =>
    queryOptions({
      queryKey: ['coaching', 'trajectories', status],
      queryFn: () => api<TrajectoryListItem[]>('GET', `/api/trajectories${status ? `?status=${status}` : ''}`),
    }),
  candidates: (trajectoryId: string) =>
    queryOptions({
      queryKey: ['coaching', 'candidates', trajectoryId],
      queryFn: () => api<Candidate[]>('GET', `/api/trajectories/${trajectoryId}/candidates`),
    }),
  coaches: () =>
    queryOptions({ queryKey: ['coaching', 'coaches'], queryFn: () => api<CoachListItem[]>('GET', '/api/coaches') }),
  coach: (id: string | undefined) =>
    queryOptions({ queryKey: ['coaching', 'coach', id], queryFn: () => api<Coach>('GET', `/api/coaches/${id}`) }),
  accounts: () =>
    queryOptions({
      queryKey: ['coaching', 'accounts'],
      queryFn: () => api<CoachAccount[]>('GET', '/api/coaching/accounts'),
    }),
  neighbourhoods: () =>
    queryOptions({
      queryKey: ['coaching', 'neighbourhoods'],
      queryFn: () => api<Neighbourhood[]>('GET', '/api/coaching/neighbourhoods'),
    }),
  settings: () =>
    queryOptions({
      queryKey: ['coaching', 'settings'],
      queryFn: () => api<CoachSettings>('GET', '/api/coaching/settings'),
    }),
  support: (from: string, to: string) =>
    queryOptions({
      queryKey: [...coachingKeys.support, from, to],
      queryFn: () => api<SupportOverview>('GET', `/api/coaching/support?${new URLSearchParams({ from, to })}`),
    }),
  mine: () =>
    queryOptions({ queryKey: ['coaching', 'mine'], queryFn: () => api<MyCoaching>('GET', '/api/coaching/mine') }),
  myReports: () =>
    queryOptions({
      queryKey: ['coaching', 'mine', 'reports'],
      queryFn: () => api<MyReport[]>('GET', '/api/coaching/mine/reports'),
    }),
};

/** One trajectory with its matches, plan, reports and evaluations. */
export const useTrajectory = (id: string | undefined) => useQuery(coachingQueries.trajectory(id));

export const coachingCalls = {
  register: (registration: In<typeof registrationSchema>) => api<Created>('POST', '/api/trajectories', registration),
  intake: (id: string, intake: In<typeof intakeSchema>) => api('PUT', `/api/trajectories/${id}/intake`, intake),
  propose: (id: string, proposal: In<typeof proposeSchema>) => api('POST', `/api/trajectories/${id}/matches`, proposal),
  confirm: (matchId: string, confirmation: In<typeof confirmSchema>) =>
    api('POST', `/api/matches/${matchId}/confirm`, confirmation),
  decline: (matchId: string, refusal: In<typeof declineSchema>) =>
    api('POST', `/api/matches/${matchId}/decline`, refusal),
  endMatch: (matchId: string, end: In<typeof endMatchSchema>) => api('POST', `/api/matches/${matchId}/end`, end),
  saveStep: (id: string, step: number, state: In<typeof stepSchema>) =>
    api<StepSaved>('PUT', `/api/trajectories/${id}/steps/${step}`, state),
  addReport: (id: string, report: In<typeof reportSchema>) => api('POST', `/api/trajectories/${id}/reports`, report),
  correctReport: (reportId: string, report: In<typeof reportSchema>) => api('PUT', `/api/reports/${reportId}`, report),
  removeReport: (reportId: string, reason: string) => api('POST', `/api/reports/${reportId}/remove`, { reason }),
  handleSignal: (reportId: string, handling: In<typeof handleSignalSchema>) =>
    api('POST', `/api/reports/${reportId}/handle-signal`, handling),
  saveEvaluation: (id: string, kind: In<typeof evaluationParams>['kind'], evaluation: In<typeof evaluationSchema>) =>
    api('PUT', `/api/trajectories/${id}/evaluations/${kind}`, evaluation),
  close: (id: string, closing: In<typeof closeSchema>) => api('POST', `/api/trajectories/${id}/close`, closing),
  followUp: (id: string, result: In<typeof followUpSchema>) => api('PUT', `/api/trajectories/${id}/follow-up`, result),
  createCoach: (coach: In<typeof coachSchema>) => api<Created>('POST', '/api/coaches', coach),
  updateCoach: (id: string, change: In<typeof coachPatchSchema>) => api('PATCH', `/api/coaches/${id}`, change),
  saveNeighbourhoods: (places: In<typeof neighbourhoodsSchema>) => api('PUT', '/api/coaching/neighbourhoods', places),
  saveSettings: (settings: In<typeof coachingSettingsSchema>) => api('PUT', '/api/coaching/settings', settings),
  addSupportMeeting: (meeting: In<typeof supportMeetingSchema>) => api('POST', '/api/coaching/support', meeting),
};
