// The support-net groups' data: the query keys, reads and changes their pages use. URLs live only
// here. A change to a group or a participant makes every group read stale (groupKeys.all): the
// dashboard, the roster and the follow-ups show it at once.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  GroupDashboard,
  GroupInterviews,
  GroupNetwork,
  GroupSession,
  GroupSummary,
  Interview,
  InterviewAssigned,
  LogbookEntry,
  MyInterview,
  Participant,
  SessionRecorded,
  Staff,
} from '../../../server/modules/groups/answers.js';
import type { Created } from '../../../server/modules/people/answers.js';
import type {
  activitySchema,
  assignInterviewSchema,
  followUpSchema,
  groupEvaluationParams,
  groupEvaluationSchema,
  groupPatchSchema,
  groupSchema,
  houseRulesSchema,
  interviewSchema,
  logbookSchema,
  participantPatchSchema,
  participantSchema,
  routeSchema,
  sessionCorrectionSchema,
  sessionSchema,
} from '../../../shared/groups/schemas.js';
import { api } from '../../api.js';

type In<T extends z.ZodType> = z.input<T>;

export const groupKeys = {
  all: ['group'] as const,
  group: (id: string | undefined) => ['group', id] as const,
  interviews: (groupId: string) => ['group', groupId, 'interviews'] as const,
  participant: (id: string | undefined) => ['participant', id] as const,
  myInterviews: ['interviews'] as const,
};

export const groupQueries = {
  groups: () => queryOptions({ queryKey: ['groups'], queryFn: () => api<GroupSummary[]>('GET', '/api/groups') }),
  group: (id: string | undefined) =>
    queryOptions({ queryKey: groupKeys.group(id), queryFn: () => api<GroupDashboard>('GET', `/api/groups/${id}`) }),
  sessions: (groupId: string | undefined) =>
    queryOptions({
      queryKey: ['group', groupId, 'sessions'],
      queryFn: () => api<GroupSession[]>('GET', `/api/groups/${groupId}/sessions`),
    }),
  staff: () => queryOptions({ queryKey: ['group-staff'], queryFn: () => api<Staff[]>('GET', '/api/group-staff') }),
  logbook: (id: string | undefined) =>
    queryOptions({
      queryKey: ['group', id, 'logbook'],
      queryFn: () => api<LogbookEntry[]>('GET', `/api/groups/${id}/logbook`),
    }),
  network: (id: string | undefined, from: string, to: string) =>
    queryOptions({
      queryKey: ['group', id, 'network', from, to],
      queryFn: () =>
        api<GroupNetwork>('GET', `/api/groups/${id}/network?${new URLSearchParams({ ...(from ? { from } : {}), to })}`),
    }),
  interviews: (groupId: string) =>
    queryOptions({
      queryKey: groupKeys.interviews(groupId),
      queryFn: () => api<GroupInterviews>('GET', `/api/groups/${groupId}/interviews`),
    }),
  participant: (id: string | undefined) =>
    queryOptions({
      queryKey: groupKeys.participant(id),
      queryFn: () => api<Participant>('GET', `/api/participants/${id}`),
    }),
  myInterviews: () =>
    queryOptions({ queryKey: groupKeys.myInterviews, queryFn: () => api<MyInterview[]>('GET', '/api/interviews') }),
  interview: (id: string | undefined) =>
    queryOptions({ queryKey: ['interviews', id], queryFn: () => api<Interview>('GET', `/api/interviews/${id}`) }),
};

/** A group's dashboard: the group, its participants, sessions, follow-ups and evaluations. */
export const useGroup = (id: string | undefined) => useQuery(groupQueries.group(id));

export const groupCalls = {
  createGroup: (group: In<typeof groupSchema>) => api<Created>('POST', '/api/groups', group),
  updateGroup: (id: string, change: In<typeof groupPatchSchema>) => api('PATCH', `/api/groups/${id}`, change),
  addParticipant: (groupId: string, participant: In<typeof participantSchema>) =>
    api('POST', `/api/groups/${groupId}/participants`, participant),
  updateParticipant: (id: string, change: In<typeof participantPatchSchema>) =>
    api('PATCH', `/api/participants/${id}`, change),
  addRouteStep: (id: string, step: In<typeof routeSchema>) => api('POST', `/api/participants/${id}/route`, step),
  addActivity: (groupId: string, activity: In<typeof activitySchema>) =>
    api('POST', `/api/groups/${groupId}/activities`, activity),
  addSession: (groupId: string, session: In<typeof sessionSchema>) =>
    api<SessionRecorded>('POST', `/api/groups/${groupId}/sessions`, session),
  correctSession: (groupId: string, sessionId: string, correction: In<typeof sessionCorrectionSchema>) =>
    api<SessionRecorded>('PUT', `/api/groups/${groupId}/sessions/${sessionId}`, correction),
  addLogbookEntry: (groupId: string, entry: In<typeof logbookSchema>) =>
    api('POST', `/api/groups/${groupId}/logbook`, entry),
  addHouseRules: (groupId: string, rules: In<typeof houseRulesSchema>) =>
    api('POST', `/api/groups/${groupId}/house-rules`, rules),
  updateFollowUp: (id: string, change: In<typeof followUpSchema>) => api('PATCH', `/api/follow-ups/${id}`, change),
  saveEvaluation: (
    groupId: string,
    kind: In<typeof groupEvaluationParams>['kind'],
    evaluation: In<typeof groupEvaluationSchema>,
  ) => api('PUT', `/api/groups/${groupId}/evaluations/${kind}`, evaluation),
  assignInterview: (groupId: string, assignment: In<typeof assignInterviewSchema>) =>
    api<InterviewAssigned>('POST', `/api/groups/${groupId}/interviews`, assignment),
  saveInterview: (id: string, interview: In<typeof interviewSchema>) => api('PUT', `/api/interviews/${id}`, interview),
};
