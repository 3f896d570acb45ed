import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.js';

export interface Team {
  id: string;
  name: string;
}

/** The organisation's teams, shared by the user, team and person screens. */
export function useTeams() {
  return useQuery({ queryKey: ['teams'], queryFn: () => api<Team[]>('GET', '/api/teams') });
}
