import { closeSchema, coachingSettingsSchema, coachPatchSchema, coachSchema, confirmSchema, declineSchema, endMatchSchema, evaluationParams, evaluationSchema, followUpSchema, handleSignalSchema, intakeSchema, neighbourhoodsSchema, periodQuery, proposeSchema, registrationPatchSchema, registrationSchema, reportSchema, stepParams, stepSchema, supportMeetingSchema, trajectoryListQuery } from '../../../shared/coaching/schemas.js';
import { idParams } from '../../../shared/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { dashboard } from './dashboard.js';
import * as matches from './matches.js';
import * as plan from './plan.js';
import * as pool from './pool.js';
import * as support from './support.js';
import * as trajectories from './trajectories.js';

export const coachingRoutes: RouteDef[] = [
  defineRoute({ method: 'GET', url: '/api/coaching/dashboard', access: 'coaching.manage', handler: (ctx) => dashboard(ctx) }),
  defineRoute({ method: 'GET', url: '/api/coaching/settings', access: 'coaching.manage', handler: (ctx) => pool.getSettings(ctx) }),
  defineRoute({ method: 'PUT', url: '/api/coaching/settings', access: 'coaching.manage', body: coachingSettingsSchema, handler: (ctx, { body }) => pool.saveSettings(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/coaching/neighbourhoods', access: 'coaching.manage', handler: (ctx) => pool.listNeighbourhoods(ctx) }),
  defineRoute({ method: 'PUT', url: '/api/coaching/neighbourhoods', access: 'coaching.manage', body: neighbourhoodsSchema, handler: (ctx, { body }) => pool.replaceNeighbourhoods(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/coaching/support', access: 'coaching.manage', query: periodQuery, handler: (ctx, { query }) => support.overview(ctx, query) }),
  defineRoute({ method: 'POST', url: '/api/coaching/support', access: 'coaching.manage', body: supportMeetingSchema, created: true, handler: (ctx, { body }) => support.addMeeting(ctx, body) }),
  // The coach's own page: proposals to answer, active clients, own reports (also after a match ended).
  defineRoute({ method: 'GET', url: '/api/coaching/mine', access: 'coaching.work', handler: (ctx) => matches.mine(ctx) }),
  defineRoute({ method: 'GET', url: '/api/coaching/mine/reports', access: 'coaching.work', handler: (ctx) => plan.myReports(ctx) }),

  defineRoute({ method: 'GET', url: '/api/coaches', access: 'coaching.manage', handler: (ctx) => pool.listCoaches(ctx) }),
  defineRoute({ method: 'GET', url: '/api/coaching/accounts', access: 'coaching.manage', handler: (ctx) => pool.coachAccounts(ctx) }),
  defineRoute({ method: 'POST', url: '/api/coaches', access: 'coaching.manage', body: coachSchema, created: true, handler: (ctx, { body }) => pool.createCoach(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/coaches/:id', access: 'coaching.manage', params: idParams, handler: (ctx, { params }) => pool.getCoach(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/coaches/:id', access: 'coaching.manage', params: idParams, body: coachPatchSchema, handler: (ctx, { params, body }) => pool.updateCoach(ctx, params.id, body) }),

  defineRoute({ method: 'GET', url: '/api/trajectories', access: 'coaching.manage', query: trajectoryListQuery, handler: (ctx, { query }) => trajectories.list(ctx, query.status) }),
  defineRoute({ method: 'POST', url: '/api/trajectories', access: 'coaching.manage', body: registrationSchema, created: true, handler: (ctx, { body }) => trajectories.register(ctx, body) }),
  defineRoute({ method: 'GET', url: '/api/trajectories/:id', access: 'coaching.work', params: idParams, handler: (ctx, { params }) => trajectories.detail(ctx, params.id) }),
  defineRoute({ method: 'PATCH', url: '/api/trajectories/:id', access: 'coaching.manage', params: idParams, body: registrationPatchSchema, handler: (ctx, { params, body }) => trajectories.updateRegistration(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/trajectories/:id/intake', access: 'coaching.manage', params: idParams, body: intakeSchema, handler: (ctx, { params, body }) => trajectories.intake(ctx, params.id, body) }),
  defineRoute({ method: 'GET', url: '/api/trajectories/:id/candidates', access: 'coaching.manage', params: idParams, handler: (ctx, { params }) => matches.candidates(ctx, params.id) }),
  defineRoute({ method: 'POST', url: '/api/trajectories/:id/matches', access: 'coaching.manage', params: idParams, body: proposeSchema, created: true, handler: (ctx, { params, body }) => matches.propose(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/trajectories/:id/steps/:step', access: 'coaching.work', params: stepParams, body: stepSchema, handler: (ctx, { params, body }) => plan.saveStep(ctx, params.id, params.step, body) }),
  defineRoute({ method: 'POST', url: '/api/trajectories/:id/reports', access: 'coaching.work', params: idParams, body: reportSchema, created: true, handler: (ctx, { params, body }) => plan.addReport(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/trajectories/:id/evaluations/:kind', access: 'coaching.manage', params: evaluationParams, body: evaluationSchema, handler: (ctx, { params, body }) => plan.saveEvaluation(ctx, params.id, params.kind, body) }),
  defineRoute({ method: 'POST', url: '/api/trajectories/:id/close', access: 'coaching.manage', params: idParams, body: closeSchema, handler: (ctx, { params, body }) => trajectories.close(ctx, params.id, body) }),
  defineRoute({ method: 'PUT', url: '/api/trajectories/:id/follow-up', access: 'coaching.manage', params: idParams, body: followUpSchema, handler: (ctx, { params, body }) => trajectories.followUp(ctx, params.id, body) }),

  defineRoute({ method: 'POST', url: '/api/matches/:id/confirm', access: 'coaching.work', params: idParams, body: confirmSchema, handler: (ctx, { params, body }) => matches.confirm(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/matches/:id/decline', access: 'coaching.work', params: idParams, body: declineSchema, handler: (ctx, { params, body }) => matches.decline(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/matches/:id/end', access: 'coaching.manage', params: idParams, body: endMatchSchema, handler: (ctx, { params, body }) => matches.end(ctx, params.id, body) }),
  defineRoute({ method: 'POST', url: '/api/reports/:id/handle-signal', access: 'coaching.manage', params: idParams, body: handleSignalSchema, handler: (ctx, { params, body }) => plan.handleSignal(ctx, params.id, body) }),
];
