// The coach programme's data and links: query keys and reads shared by its pages.
import { useQuery } from '@tanstack/react-query';
import type { Trajectory } from '../../../server/modules/coaching/answers.js';
import { api } from '../../api.js';

export const coachingKeys = { trajectory: (id: string | undefined) => ['coaching', 'trajectory', id] as const };

/** Where a trajectory's page is. */
export const trajectoryPath = (id: string) => `/coaching/trajectories/${id}`;

/** One trajectory with its matches, plan, reports and evaluations. */
export const useTrajectory = (id: string | undefined) =>
  useQuery({ queryKey: coachingKeys.trajectory(id), queryFn: () => api<Trajectory>('GET', `/api/trajectories/${id}`) });
