// The groups feature's data: query keys and reads shared by its pages.
import { useQuery } from '@tanstack/react-query';
import type { GroupDashboard } from '../../../server/modules/groups/answers.js';
import { api } from '../../api.js';

export const groupKeys = { group: (id: string | undefined) => ['group', id] as const };

/** A group's dashboard: the group, its participants, sessions, follow-ups and evaluations. */
export const useGroup = (id: string | undefined) =>
  useQuery({ queryKey: groupKeys.group(id), queryFn: () => api<GroupDashboard>('GET', `/api/groups/${id}`) });
