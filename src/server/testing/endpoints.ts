// Every endpoint of the API in one table: who may call it, and a well-formed request for it. The
// access matrix walks it with every role; the bad-input test mutates its requests. A new endpoint
// that is not in this table makes both tests fail: decide its access and an example request here.
import type { Role } from '../../shared/roles.js';
import { insertResearchConsent } from './factories.js';
import { activateCoachMatch, daysAgo, type SeededOrg, signedIn, type TestApp } from './harness.js';

export interface Fixture {
  person: string;
  map: string;
  alter: string;
  consent: string;
  team: string;
  invitedUser: string;
  otherUser: string;
  trajectory: string;
  match: string;
  coach: string;
  report: string;
  group: string;
  participant: string;
  followUp: string;
  interview: string;
  session: string;
  /** A place on the social map, and a mistake reported in it. */
  socialMapEntry: string;
  socialMapMistake: string;
  /** A waiting erasure request, for a person of its own. */
  erasure: string;
  /** A social worker's own client with a map and an alter: outside the coordinator's view (D34). */
  workersClient: { person: string; map: string; alter: string };
}
export type Who = 'public' | 'everyone' | Role[];
export interface Entry {
  who: Who;
  url?: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
}

const casework: Role[] = ['coordinator', 'social_worker', 'coach'];
const all: Who = 'everyone';

/** Every endpoint: who may call it, and a request that is right for it (the bad-input test mutates it). */
export const endpoints: Record<string, Entry> = {
  'GET /api/health': { who: 'public' },
  'GET /api/setup/status': { who: 'public' },
  'POST /api/setup': {
    who: 'public',
    body: () => ({
      token: 'x'.repeat(43),
      organisationName: 'Org',
      displayName: 'A',
      email: 'a@a.test',
      password: 'long enough password',
    }),
  },
  'POST /api/auth/login': { who: 'public', body: () => ({ email: 'nobody@x.test', password: 'x' }) },
  'POST /api/auth/invitation/inspect': { who: 'public', body: () => ({ token: 'x'.repeat(43) }) },
  'POST /api/auth/invitation/accept': {
    who: 'public',
    body: () => ({ token: 'x'.repeat(43), password: 'long enough password' }),
  },
  'POST /api/auth/reset/inspect': { who: 'public', body: () => ({ token: 'x'.repeat(43) }) },
  'POST /api/auth/reset/accept': {
    who: 'public',
    body: () => ({ token: 'x'.repeat(43), password: 'long enough password' }),
  },
  'POST /api/auth/second-factor': { who: all, body: () => ({ code: '123456' }) },
  'GET /api/auth/session': { who: all },
  'POST /api/auth/logout': { who: all },
  'POST /api/auth/logout-everywhere': { who: all },
  'POST /api/account/locale': { who: all, body: () => ({ locale: 'nl' }) },
  'POST /api/account/password': {
    who: all,
    body: () => ({ currentPassword: 'wrong', newPassword: 'another long password' }),
  },
  'POST /api/account/totp/start': { who: all },
  'POST /api/account/totp/confirm': { who: all, body: () => ({ code: '123456' }) },
  'POST /api/account/totp/disable': { who: all, body: () => ({ code: '123456' }) },
  'POST /api/account/recovery-codes': { who: all, body: () => ({ code: '123456' }) },
  'GET /api/home': { who: all },
  'GET /api/users': { who: ['admin'] },
  'POST /api/users/invitations': {
    who: ['admin'],
    body: () => ({ email: `m-${crypto.randomUUID()}@x.test`, displayName: 'M', role: 'coach' }),
  },
  'POST /api/users/:id/invitation-link': { who: ['admin'], url: (f) => `/api/users/${f.invitedUser}/invitation-link` },
  'POST /api/users/:id/reset-link': { who: ['admin'], url: (f) => `/api/users/${f.otherUser}/reset-link` },
  'PATCH /api/users/:id': {
    who: ['admin'],
    url: (f) => `/api/users/${f.otherUser}`,
    body: () => ({ displayName: 'Zelfde Naam' }),
  },
  'GET /api/users/assignable': { who: ['coordinator'] },
  'GET /api/organisation': { who: ['admin'] },
  'PATCH /api/organisation': { who: ['admin'], body: () => ({ idleTimeoutMinutes: 30 }) },
  'GET /api/teams': { who: ['admin', 'coordinator', 'social_worker'] },
  'POST /api/teams': { who: ['admin'], body: () => ({ name: `Team ${crypto.randomUUID()}` }) },
  'PATCH /api/teams/:id': {
    who: ['admin'],
    url: (f) => `/api/teams/${f.team}`,
    body: () => ({ name: `Team ${crypto.randomUUID()}` }),
  },
  'POST /api/persons/search': { who: casework, body: () => ({ q: '' }) },
  'POST /api/persons': { who: ['coordinator', 'social_worker'], body: () => ({ kind: 'client', firstName: 'Matrix' }) },
  'GET /api/persons/:id': { who: casework, url: (f) => `/api/persons/${f.person}` },
  'PATCH /api/persons/:id': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/persons/${f.person}`,
    body: () => ({ neighbourhood: 'Centrum' }),
  },
  'PUT /api/persons/:id/assignees': {
    who: ['coordinator'],
    url: (f) => `/api/persons/${f.person}/assignees`,
    body: () => ({ userIds: [] }),
  },
  'POST /api/persons/:id/consents': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/persons/${f.person}/consents`,
    body: () => ({ purpose: 'evaluation_research', givenOn: '2026-01-01' }),
  },
  'POST /api/persons/:id/consents/:consentId/withdraw': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/persons/${f.person}/consents/${f.consent}/withdraw`,
    body: () => ({ withdrawnOn: '2026-01-01' }),
  },
  'GET /api/persons/:id/maps': { who: casework, url: (f) => `/api/persons/${f.person}/maps` },
  'POST /api/persons/:id/maps': {
    who: casework,
    url: (f) => `/api/persons/${f.person}/maps`,
    body: () => ({ kind: 'snapshot', label: 'other', takenOn: '2026-01-01' }),
  },
  'GET /api/maps/compare': { who: casework, url: (f) => `/api/maps/compare?from=${f.map}&to=${f.map}` },
  'GET /api/maps/:id': { who: casework, url: (f) => `/api/maps/${f.map}` },
  // Changes name a version; a stale one is a conflict (409), which still proves access was granted.
  'POST /api/maps/:id/alters': {
    who: casework,
    url: (f) => `/api/maps/${f.map}/alters`,
    body: () => ({ version: 1, alters: [{ name: 'Matrix' }] }),
  },
  'PATCH /api/maps/:id/alters/:alterId': {
    who: casework,
    url: (f) => `/api/maps/${f.map}/alters/${f.alter}`,
    body: () => ({ version: 1, changes: { closeness: 1 } }),
  },
  'DELETE /api/maps/:id/alters/:alterId': {
    who: casework,
    url: (f) => `/api/maps/${f.map}/alters/${f.alter}?version=1`,
  },
  'PUT /api/maps/:id/ties': {
    who: casework,
    url: (f) => `/api/maps/${f.map}/ties`,
    body: () => ({ version: 1, ties: [] }),
  },
  'GET /api/maps/:id/export': { who: casework, url: (f) => `/api/maps/${f.map}/export?format=csv` },
  'POST /api/maps/:id/import': {
    who: casework,
    url: (f) => `/api/maps/${f.map}/import`,
    body: () => ({ version: 1, format: 'csv', content: 'name\nAns\n', dryRun: true }),
  },
  'GET /api/coaching/dashboard': { who: ['coordinator'] },
  'GET /api/coaching/settings': { who: ['coordinator'] },
  'PUT /api/coaching/settings': {
    who: ['coordinator'],
    body: () => ({ vogMaxAgeMonths: 36, relationshipQuestions: null }),
  },
  'GET /api/coaching/neighbourhoods': { who: ['coordinator'] },
  'PUT /api/coaching/neighbourhoods': {
    who: ['coordinator'],
    body: () => ({ neighbourhoods: [{ name: 'Centrum', latitude: 52.1, longitude: 5.1 }] }),
  },
  'GET /api/coaching/support': { who: ['coordinator'] },
  'POST /api/coaching/support': {
    who: ['coordinator'],
    body: (f) => ({ kind: 'intervision', heldOn: daysAgo(1), coachIds: [f.coach] }),
  },
  'GET /api/coaching/mine': { who: ['coordinator', 'coach'] },
  'GET /api/coaching/mine/reports': { who: ['coordinator', 'coach'] },
  'GET /api/coaches': { who: ['coordinator'] },
  'GET /api/coaching/accounts': { who: ['coordinator'] },
  'POST /api/coaches': { who: ['coordinator'], body: () => ({ firstName: 'Nieuwe', status: 'candidate' }) },
  'GET /api/coaches/:id': { who: ['coordinator'], url: (f) => `/api/coaches/${f.coach}` },
  'PATCH /api/coaches/:id': {
    who: ['coordinator'],
    url: (f) => `/api/coaches/${f.coach}`,
    body: () => ({ maxClients: 5 }),
  },
  'GET /api/trajectories': { who: ['coordinator'] },
  'POST /api/trajectories': {
    who: ['coordinator'],
    body: () => ({ registeredOn: daysAgo(1), person: { firstName: 'Matrix' } }),
  },
  // The coach reaches only the trajectory of their active match (the fixture's).
  'GET /api/trajectories/:id': { who: ['coordinator', 'coach'], url: (f) => `/api/trajectories/${f.trajectory}` },
  'PATCH /api/trajectories/:id': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}`,
    body: () => ({ foundVia: 'Huisarts' }),
  },
  'PUT /api/trajectories/:id/intake': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/intake`,
    body: () => ({
      intakeOn: daysAgo(40),
      points: { wish: true, not_buddy: true, temporary: true, available: true },
      suitability: 'suitable',
      outcome: 'accepted',
    }),
  },
  'GET /api/trajectories/:id/candidates': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/candidates`,
  },
  'POST /api/trajectories/:id/matches': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/matches`,
    body: (f) => ({ coachId: f.coach, proposedOn: daysAgo(1) }),
  },
  'PUT /api/trajectories/:id/steps/:step': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/trajectories/${f.trajectory}/steps/3`,
    body: () => ({ status: 'in_progress', worksheet: { wishes: ['Matrix'] }, version: 0 }),
  },
  'POST /api/trajectories/:id/reports': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/trajectories/${f.trajectory}/reports`,
    body: () => ({ metOn: daysAgo(1), durationMinutes: 60, hours: 1, summary: 'Matrix' }),
  },
  'PUT /api/trajectories/:id/evaluations/:kind': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/evaluations/mid_term`,
    body: () => ({
      heldOn: daysAgo(1),
      present: ['client'],
      subgoals: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((g) => [String(g), { score: 3 }])),
    }),
  },
  'POST /api/trajectories/:id/close': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/close`,
    body: () => ({ closedOn: '2000-01-01', endReason: 'completed' }),
  },
  'PUT /api/trajectories/:id/follow-up': {
    who: ['coordinator'],
    url: (f) => `/api/trajectories/${f.trajectory}/follow-up`,
    body: () => ({ on: daysAgo(1), result: 'lasting' }),
  },
  'POST /api/matches/:id/confirm': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/matches/${f.match}/confirm`,
    body: () => ({ side: 'coach', on: daysAgo(1) }),
  },
  'POST /api/matches/:id/decline': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/matches/${f.match}/decline`,
    body: () => ({ side: 'coach', on: daysAgo(1), reason: 'Matrix' }),
  },
  'POST /api/matches/:id/end': {
    who: ['coordinator'],
    url: (f) => `/api/matches/${f.match}/end`,
    body: () => ({ on: '2000-01-01', reason: 'Matrix' }),
  },
  'POST /api/reports/:id/handle-signal': {
    who: ['coordinator'],
    url: (f) => `/api/reports/${f.report}/handle-signal`,
    body: () => ({ on: '2000-01-01' }),
  },
  'PUT /api/reports/:id': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/reports/${f.report}`,
    body: () => ({ metOn: daysAgo(2), durationMinutes: 45, hours: 1, summary: 'Gecorrigeerd' }),
  },
  'POST /api/reports/:id/remove': {
    who: ['coordinator', 'coach'],
    url: (f) => `/api/reports/${f.report}`.concat('/remove'),
    body: () => ({ reason: 'Dubbel ingevoerd' }),
  },
  'GET /api/groups': { who: ['social_worker'] },
  'GET /api/group-staff': { who: ['social_worker'] },
  'POST /api/groups': { who: ['social_worker'], body: () => ({ name: 'Matrixgroep', startedOn: '2026-01-01' }) },
  'GET /api/groups/:id': { who: ['social_worker'], url: (f) => `/api/groups/${f.group}` },
  'PATCH /api/groups/:id': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}`,
    body: () => ({ location: 'Buurthuis' }),
  },
  'POST /api/groups/:id/participants': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/participants`,
    body: () => ({ person: { firstName: 'Nieuw' }, cameVia: 'walked_in', onDate: daysAgo(1) }),
  },
  'POST /api/groups/:id/activities': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/activities`,
    body: () => ({ name: 'Koken', recurrence: 'weekly', audience: 'group' }),
  },
  'GET /api/groups/:id/sessions': { who: ['social_worker'], url: (f) => `/api/groups/${f.group}/sessions` },
  'POST /api/groups/:id/sessions': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/sessions`,
    body: (f) => ({ heldOn: daysAgo(1), attendance: [{ participantId: f.participant }] }),
  },
  'PUT /api/groups/:id/sessions/:sessionId': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/sessions/${f.session}`,
    body: (f) => ({ attendance: [{ participantId: f.participant }] }),
  },
  'GET /api/groups/:id/logbook': { who: ['social_worker'], url: (f) => `/api/groups/${f.group}/logbook` },
  'POST /api/groups/:id/logbook': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/logbook`,
    body: () => ({ writtenOn: daysAgo(1), text: 'Matrix', tags: ['atmosphere'] }),
  },
  'GET /api/groups/:id/network': { who: ['social_worker'], url: (f) => `/api/groups/${f.group}/network` },
  'POST /api/groups/:id/house-rules': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/house-rules`,
    body: () => ({ agreedOn: daysAgo(1), rules: ['We helpen elkaar'] }),
  },
  'PUT /api/groups/:id/evaluations/:kind': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/evaluations/year`,
    body: () => ({
      heldOn: daysAgo(1),
      subgoals: Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((g) => [g, { score: 3 }])),
    }),
  },
  'GET /api/groups/:id/interviews': { who: ['social_worker'], url: (f) => `/api/groups/${f.group}/interviews` },
  'POST /api/groups/:id/interviews': {
    who: ['social_worker'],
    url: (f) => `/api/groups/${f.group}/interviews`,
    body: (f) => ({ participantId: f.participant, evaluatorId: f.otherUser }),
  },
  'GET /api/participants/:id': { who: ['social_worker'], url: (f) => `/api/participants/${f.participant}` },
  'PATCH /api/participants/:id': {
    who: ['social_worker'],
    url: (f) => `/api/participants/${f.participant}`,
    body: () => ({ wishes: 'Koken' }),
  },
  'POST /api/participants/:id/route': {
    who: ['social_worker'],
    url: (f) => `/api/participants/${f.participant}/route`,
    body: () => ({ status: 'finding_place', onDate: '2000-01-01' }),
  },
  'PATCH /api/follow-ups/:id': {
    who: ['social_worker'],
    url: (f) => `/api/follow-ups/${f.followUp}`,
    body: () => ({ how: 'call' }),
  },
  // The fixture interview is assigned to the evaluator; a social worker may hold interviews too, but not this one (404).
  'GET /api/interviews': { who: ['social_worker', 'evaluator'] },
  'GET /api/interviews/:id': { who: ['social_worker', 'evaluator'], url: (f) => `/api/interviews/${f.interview}` },
  'PUT /api/interviews/:id': {
    who: ['social_worker', 'evaluator'],
    url: (f) => `/api/interviews/${f.interview}`,
    body: () => ({ scoreNow: 7, scoreBefore: 4 }),
  },
  'GET /api/audit': { who: ['admin'] },
  'GET /api/audit/export': { who: ['admin'] },
  'GET /api/reports/funder': {
    who: ['coordinator', 'funder_viewer'],
    url: () => '/api/reports/funder?from=2026-01-01&to=2026-12-31',
  },
  'GET /api/reports/funder/export': {
    who: ['coordinator', 'funder_viewer'],
    url: () => '/api/reports/funder/export?from=2026-01-01&to=2026-12-31&format=csv',
  },
  'POST /api/audit/persons': { who: ['admin'], body: () => ({ q: 'de vries' }) },
  'GET /api/privacy/persons/:id': { who: ['admin'], url: (f) => `/api/privacy/persons/${f.person}` },
  'GET /api/privacy/persons/:id/export': {
    who: ['admin'],
    url: (f) => `/api/privacy/persons/${f.person}/export?format=json`,
  },
  'POST /api/privacy/persons/:id/erasure': { who: ['admin'], url: (f) => `/api/privacy/persons/${f.person}/erasure` },
  'POST /api/privacy/erasures/:id/cancel': { who: ['admin'], url: (f) => `/api/privacy/erasures/${f.erasure}/cancel` },
  'GET /api/privacy/erasures': { who: ['admin'] },
  'GET /api/privacy/retention': { who: ['admin'] },
  'GET /api/privacy/notice': { who: 'everyone' },
  'GET /api/privacy/notices': { who: ['admin'] },
  'POST /api/privacy/notices': {
    who: ['admin'],
    body: () => ({ body: 'Wij bewaren uw gegevens zolang wij met u werken.' }),
  },
  'GET /api/privacy/retention/dry-run': { who: ['admin'] },
  'PUT /api/privacy/retention': {
    who: ['admin'],
    body: () => ({ inactivePersonYears: 5, closedTrajectoryYears: 2, leftParticipantYears: 2, auditYears: 7 }),
  },
  'POST /api/privacy/retention/approve': { who: ['admin'] },
  'PUT /api/privacy/persons/:id/hold': {
    who: ['admin'],
    url: (f) => `/api/privacy/persons/${f.person}/hold`,
    body: () => ({ hold: false }),
  },
  'POST /api/social-map/search': {
    who: ['coordinator', 'social_worker', 'coach'],
    body: () => ({ q: 'koken', weekday: 'sat', part: 'morning', free: true }),
  },
  'POST /api/social-map/entries': {
    who: ['coordinator', 'social_worker'],
    body: () => ({
      provider: 'Buurthuis De Linde',
      name: 'Samen eten',
      kind: 'activity',
      costKind: 'amount',
      costCents: 450,
      slots: [{ pattern: 'weekly', weekday: 'thu', start: '17:30', end: '19:30' }],
      interests: ['cooking'],
    }),
  },
  'GET /api/social-map/entries/:id': {
    who: ['coordinator', 'social_worker', 'coach'],
    url: (f) => `/api/social-map/entries/${f.socialMapEntry}`,
  },
  'PATCH /api/social-map/entries/:id': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/social-map/entries/${f.socialMapEntry}`,
    body: () => ({ description: 'Elke donderdag koken en eten met buren.' }),
  },
  'POST /api/social-map/entries/:id/confirm': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/social-map/entries/${f.socialMapEntry}/confirm`,
  },
  'POST /api/social-map/entries/:id/mistakes': {
    who: ['coordinator', 'social_worker', 'coach'],
    url: (f) => `/api/social-map/entries/${f.socialMapEntry}/mistakes`,
    body: () => ({ message: 'Het is nu op woensdag.' }),
  },
  'POST /api/social-map/mistakes/:id/resolve': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/social-map/mistakes/${f.socialMapMistake}/resolve`,
  },
  'GET /api/social-map/upkeep': { who: ['coordinator', 'social_worker'] },
  'GET /api/social-map/export': { who: ['coordinator', 'social_worker'] },
  'POST /api/social-map/import': {
    who: ['coordinator', 'social_worker'],
    body: () => ({ content: 'provider,name,kind\nBuurthuis,Koffie-inloop,meeting_place\n', dryRun: true }),
  },
  'GET /api/social-map/suggestions/:id': {
    who: ['coordinator', 'social_worker', 'coach'],
    url: (f) => `/api/social-map/suggestions/${f.person}`,
  },
  'DELETE /api/social-map/entries/:id': {
    who: ['coordinator', 'social_worker'],
    url: (f) => `/api/social-map/entries/${f.socialMapEntry}`,
  },
};
/** The records the example requests point at, in organisation a. */
export async function seedEndpointFixture(t: TestApp, a: SeededOrg): Promise<Fixture> {
  const coordinator = await signedIn(t.app, a.users.coordinator.email);
  const admin = await signedIn(t.app, a.users.admin.email);
  const person = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Matrix', lastName: 'Persoon' }))
    .body.id;
  await coordinator.put(`/api/persons/${person}/assignees`, { userIds: [a.users.social_worker.id] });
  const { trajectoryId, matchId, coachId } = await activateCoachMatch(coordinator, a.users.coach.id, person, 60);
  const report = (
    await coordinator.post(`/api/trajectories/${trajectoryId}/reports`, {
      metOn: daysAgo(2),
      durationMinutes: 60,
      hours: 1,
      summary: 'Matrix',
      signal: 'worried',
    })
  ).body.id;
  const consent = (
    await coordinator.post(`/api/persons/${person}/consents`, { purpose: 'registration', givenOn: '2025-12-01' })
  ).body.id;
  const team = (await admin.post('/api/teams', { name: 'Matrixteam' })).body.id;
  const invitedUser = (
    await admin.post('/api/users/invitations', {
      email: `inv-${crypto.randomUUID()}@ma.test`,
      displayName: 'Uitgenodigd',
      role: 'coach',
    })
  ).body.id;
  const map = (
    await coordinator.post(`/api/persons/${person}/maps`, { kind: 'snapshot', label: 'start', takenOn: '2026-01-01' })
  ).body.id;
  const alter = (await coordinator.post(`/api/maps/${map}/alters`, { version: 1, alters: [{ name: 'Buurvrouw' }] }))
    .body.ids[0];
  const worker = await signedIn(t.app, a.users.social_worker.email);
  const group = (await worker.post('/api/groups', { name: 'Matrixgroep', startedOn: daysAgo(200) })).body.id;
  const participant = (
    await worker.post(`/api/groups/${group}/participants`, {
      person: { firstName: 'Deel', lastName: 'Nemer' },
      cameVia: 'referral',
      status: 'introduction',
      onDate: daysAgo(150),
    })
  ).body.id;
  await worker.post(`/api/participants/${participant}/route`, { status: 'structural', onDate: daysAgo(120) });
  await insertResearchConsent(t.database, a, [participant]);
  for (const d of [30, 20, 10])
    await worker.post(`/api/groups/${group}/sessions`, { heldOn: daysAgo(d), attendance: [] });
  const followUp = (await worker.get(`/api/groups/${group}`)).body.followUps[0].id;
  const session = (await worker.get(`/api/groups/${group}/sessions`)).body[0].id;
  const workersPerson = (await worker.post('/api/persons', { kind: 'client', firstName: 'Eigen', lastName: 'Client' }))
    .body.id;
  await worker.post(`/api/persons/${workersPerson}/consents`, { purpose: 'registration', givenOn: daysAgo(10) });
  const workersMap = (
    await worker.post(`/api/persons/${workersPerson}/maps`, { kind: 'snapshot', label: 'start', takenOn: '2026-01-01' })
  ).body.id;
  const workersAlter = (await worker.post(`/api/maps/${workersMap}/alters`, { version: 1, alters: [{ name: 'Zus' }] }))
    .body.ids[0];
  const interview = (
    await worker.post(`/api/groups/${group}/interviews`, {
      participantId: participant,
      evaluatorId: a.users.evaluator.id,
    })
  ).body.id;
  const toErase = (await coordinator.post('/api/persons', { kind: 'client', firstName: 'Wis', lastName: 'Verzoek' }))
    .body.id;
  const erasure = (await admin.post(`/api/privacy/persons/${toErase}/erasure`, {})).body.id;
  const socialMapEntry = (
    await coordinator.post('/api/social-map/entries', {
      provider: 'Wijkcentrum',
      name: 'Koffie-inloop',
      kind: 'meeting_place',
      slots: [{ pattern: 'weekly', weekday: 'tue', start: '10:00', end: '12:00' }],
    })
  ).body.id;
  const socialMapMistake = (
    await coordinator.post(`/api/social-map/entries/${socialMapEntry}/mistakes`, { message: 'Andere tijden.' })
  ).body.id;
  return {
    socialMapEntry,
    socialMapMistake,
    erasure,
    workersClient: { person: workersPerson, map: workersMap, alter: workersAlter },
    session,
    person,
    map,
    alter,
    consent,
    team,
    invitedUser,
    otherUser: a.users.funder_viewer.id,
    trajectory: trajectoryId,
    match: matchId,
    coach: coachId,
    report,
    group,
    participant,
    followUp,
    interview,
  };
}
