import { activitySchema, assignInterviewSchema, followUpSchema, groupEvaluationParams, groupEvaluationSchema, groupPatchSchema, groupSchema, houseRulesSchema, interviewSchema, logbookSchema, participantPatchSchema, participantSchema, periodQuery, routeSchema, sessionSchema } from '../../../shared/groups/schemas.js';
import { idParams } from '../../../shared/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import * as evaluation from './evaluation.js';
import * as groups from './groups.js';
import * as logbook from './logbook.js';
import * as participants from './participants.js';
import * as sessions from './sessions.js';

export const groupRoutes: RouteDef[] = [
  defineRoute({ method: 'GET', url: '/api/groups', access: 'groups.work', handler: (ctx) => groups.listGroups(ctx) }),
  defineRoute({ method: 'GET', url: '/api/group-staff', access: 'groups.work', handler: (ctx) => groups.staff(ctx) }),
  defineRoute({ method: 'POST', url: '/api/groups', access: 'groups.create', body: groupSchema, created: true, handler: (ctx, { body }) => groups.createGroup(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/groups/:id', access: 'groups.work', params: idParams, handler: (ctx, { params }) => groups.groupDashboard(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/groups/:id', access: 'groups.work', params: idParams, body: groupPatchSchema, handler: (ctx, { params, body }) => groups.updateGroup(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/participants', access: 'groups.work', params: idParams, body: participantSchema, created: true, handler: (ctx, { params, body }) => participants.addParticipant(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/activities', access: 'groups.work', params: idParams, body: activitySchema, created: true, handler: (ctx, { params, body }) => sessions.addActivity(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/groups/:id/sessions', access: 'groups.work', params: idParams, handler: (ctx, { params }) => sessions.listSessions(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/sessions', access: 'groups.work', params: idParams, body: sessionSchema, created: true, handler: (ctx, { params, body }) => sessions.addSession(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/groups/:id/logbook', access: 'groups.work', params: idParams, handler: (ctx, { params }) => logbook.listEntries(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/logbook', access: 'groups.work', params: idParams, body: logbookSchema, created: true, handler: (ctx, { params, body }) => logbook.addEntry(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/groups/:id/network', access: 'groups.work', params: idParams, query: periodQuery, handler: (ctx, { params, query }) => logbook.network(ctx, params.id, query) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/house-rules', access: 'groups.work', params: idParams, body: houseRulesSchema, created: true, handler: (ctx, { params, body }) => logbook.addHouseRules(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/groups/:id/evaluations/:kind', access: 'groups.work', params: groupEvaluationParams, body: groupEvaluationSchema, handler: (ctx, { params, body }) => evaluation.saveGroupEvaluation(ctx, params.id, params.kind, body) }),
  defineRoute({ method: 'GET', url: '/api/groups/:id/interviews', access: 'groups.work', params: idParams, handler: (ctx, { params }) => evaluation.groupInterviews(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/groups/:id/interviews', access: 'groups.work', params: idParams, body: assignInterviewSchema, created: true, handler: (ctx, { params, body }) => evaluation.assignInterview(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/participants/:id', access: 'groups.work', params: idParams, handler: (ctx, { params }) => participants.getParticipant(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/participants/:id', access: 'groups.work', params: idParams, body: participantPatchSchema, handler: (ctx, { params, body }) => participants.updateParticipant(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/participants/:id/route', access: 'groups.work', params: idParams, body: routeSchema, handler: (ctx, { params, body }) => participants.addRouteStep(ctx, params.id, body) }),
  defineRoute({ method: 'PATCH', url: '/api/follow-ups/:id', access: 'groups.work', params: idParams, body: followUpSchema, handler: (ctx, { params, body }) => sessions.updateFollowUp(ctx, params.id, body) }),
  // Interviews are reached only by the person they are assigned to (evaluator, or a social worker).
  defineRoute({ method: 'GET', url: '/api/interviews', access: 'interviews.work', handler: (ctx) => evaluation.myInterviews(ctx) }),
  defineRoute({ method: 'GET', url: '/api/interviews/:id', access: 'interviews.work', params: idParams, handler: (ctx, { params }) => evaluation.getInterview(ctx, params.id) }),
  defineRoute({ method: 'PUT', url: '/api/interviews/:id', access: 'interviews.work', params: idParams, body: interviewSchema, handler: (ctx, { params, body }) => evaluation.saveInterview(ctx, params.id, body) }),
];
