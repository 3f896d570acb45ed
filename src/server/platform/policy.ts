// The one place that decides who may do what. Routes name a permission; record-level visibility
// of persons is a query filter defined here. Anything not granted below is denied.
import { type ExpressionBuilder, expressionBuilder, type SqlBool, sql } from 'kysely';
import { clock } from '../../shared/clock.js';
import type { Role } from '../../shared/roles.js';
import type { DB } from '../db/schema.js';

export type Permission =
  | 'home.read'
  | 'users.manage'
  | 'users.assignable'
  | 'teams.read'
  | 'teams.manage'
  | 'settings.manage'
  | 'audit.read'
  /** Answer access requests and erase persons (PRODUCT.md C8); which persons: personsForPrivacyRequests. */
  | 'privacy.manage'
  | 'persons.read'
  | 'persons.write'
  | 'persons.assign'
  | 'consents.write'
  | 'network.read'
  | 'network.write'
  /** Run the coach programme: intake, coach pool, matching, evaluations, coach support. */
  | 'coaching.manage'
  /** Work in a trajectory (plan, reports); which trajectories is decided by visibleTrajectories. */
  | 'coaching.work'
  /** Start a support-net group (and become its worker). */
  | 'groups.create'
  /** Work in support-net groups; which groups is decided by visibleGroups. */
  | 'groups.work'
  /** Hold evaluation interviews; which ones is decided by the interview's evaluator. */
  | 'interviews.work'
  /** Make and read the funder report: protected counts only, never a name, an id or free text. */
  | 'reports.read'
  /** Look things up on the social map of the neighbourhood and report a mistake in it. */
  | 'socialmap.read'
  /** Keep the social map: write, change, confirm and take entries off it. */
  | 'socialmap.keep';

const grants: Record<Role, readonly Permission[]> = {
  // Functional administrator: no casework by default (PRODUCT.md, roles).
  admin: ['home.read', 'users.manage', 'teams.read', 'teams.manage', 'settings.manage', 'audit.read', 'privacy.manage'],
  coordinator: [
    'home.read',
    'teams.read',
    'users.assignable',
    'persons.read',
    'persons.write',
    'persons.assign',
    'consents.write',
    'network.read',
    'network.write',
    'coaching.manage',
    'coaching.work',
    'reports.read',
    'socialmap.read',
    'socialmap.keep',
  ],
  social_worker: [
    'home.read',
    'teams.read',
    'persons.read',
    'persons.write',
    'consents.write',
    'network.read',
    'network.write',
    'groups.create',
    'groups.work',
    'interviews.work',
    'socialmap.read',
    'socialmap.keep',
  ],
  // A volunteer coach reads only the clients matched to them while the match is active; changes
  // to personal details go through the coordinator, but the coach makes the network map and the
  // plan together with the client.
  coach: ['home.read', 'persons.read', 'network.read', 'network.write', 'coaching.work', 'socialmap.read'],
  // An evaluator sees only the evaluation interviews assigned to them (never a group or a person).
  evaluator: ['home.read', 'interviews.work'],
  funder_viewer: ['home.read', 'reports.read'],
};

/** What a role may do, sent to the browser only to show or hide navigation; the server decides. */
export function permissionsOf(role: Role): readonly Permission[] {
  return grants[role] ?? [];
}

export function can(role: Role, permission: Permission): boolean {
  return grants[role]?.includes(permission) ?? false;
}

export interface Actor {
  userId: string;
  organisationId: string;
  role: Role;
  sessionId: string;
}

/**
 * Roles that can be assigned to a person. Coaches are not: their access comes only from an active
 * match (coach_matches), so it ends when the match ends.
 */
export const assignableRoles: readonly Role[] = ['coordinator', 'social_worker'];

/** Trajectories with an active match of the coach whose account this is. */
function hasActiveMatch(actor: Actor, trajectoryRef: 'trajectories.id' | 'tv.id') {
  // Built on its own (not on the caller's builder) so that it fits inside queries on any table.
  const eb = expressionBuilder<DB, never>();
  return eb.exists(
    eb
      .selectFrom('coach_matches as cm')
      .innerJoin('coaches as co', 'co.id', 'cm.coach_id')
      .select(sql`1`.as('one'))
      .where('cm.trajectory_id', '=', sql.ref<string>(trajectoryRef))
      .where('cm.status', '=', 'active')
      .where('co.user_id', '=', actor.userId),
  );
}

/** Which trajectories an actor may work in: the coordinator all, a coach only actively matched ones. */
export function visibleTrajectories(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'trajectories'>) => {
    if (actor.role === 'coordinator') return eb.val(true);
    if (actor.role === 'coach') return hasActiveMatch(actor, 'trajectories.id');
    return eb.val(false);
  };
}

const assignedTo = (eb: ExpressionBuilder<DB, 'persons'>, actor: Actor) =>
  eb.exists(
    eb
      .selectFrom('person_assignments as pa')
      .select(sql`1`.as('one'))
      .whereRef('pa.person_id', '=', 'persons.id')
      .where('pa.user_id', '=', actor.userId),
  );

/**
 * Which persons an actor may see, as a filter on `persons`. The coordinator sees the clients of
 * the coach programme (every person with a trajectory), persons assigned to them and persons they
 * registered themselves, not a social worker's own clients or the groups' participants (D34); a
 * social worker persons assigned to them and the participants of their groups; a coach only
 * clients with an active match to them; others none. An erased person is nobody's casework any
 * more: only the placeholder in other people's records remains of them (D39).
 * (Tenant isolation is applied separately by the repository and by row-level security.)
 */
export function visiblePersons(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'persons'>) =>
    eb.and([eb('persons.erased_at', 'is', null), visibleByRole(actor)(eb)]);
}

function visibleByRole(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'persons'>) => {
    if (actor.role === 'coordinator') {
      return eb.or([
        eb.exists(
          eb.selectFrom('trajectories as tc').select(sql`1`.as('one')).whereRef('tc.person_id', '=', 'persons.id'),
        ),
        assignedTo(eb, actor),
        // Someone they registered themselves, e.g. before signing them up for the programme.
        eb('persons.created_by', '=', actor.userId),
      ]);
    }
    if (actor.role === 'coach') {
      return eb.exists(
        eb
          .selectFrom('trajectories as tv')
          .select(sql`1`.as('one'))
          .whereRef('tv.person_id', '=', 'persons.id')
          .where(hasActiveMatch(actor, 'tv.id')),
      );
    }
    if (actor.role === 'social_worker') {
      // Their own clients, and the participants of the groups they run or back up.
      return eb.or([
        assignedTo(eb, actor),
        eb.exists(
          eb
            .selectFrom('group_participants as gp')
            .innerJoin('group_workers as gw', 'gw.group_id', 'gp.group_id')
            .select(sql`1`.as('one'))
            .whereRef('gp.person_id', '=', 'persons.id')
            .where('gw.user_id', '=', actor.userId),
        ),
      ]);
    }
    return eb.val(false);
  };
}

/**
 * Whom an actor may look up by name to filter the access log: anyone of the organisation, for
 * those who read the log (an access request names a person, not an id). It shows a name and a
 * year of birth, never the record; every name shown is itself audited.
 */
export function personsFindableInAuditLog(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'persons'>) => eb.val(can(actor.role, 'audit.read'));
}

/**
 * Whose access request or erasure an actor may handle: anyone of the organisation, for those who
 * handle privacy requests (the administrator, who does no casework and so has no other view of
 * the person). An erased person stays findable, so their request's outcome can be shown.
 */
export function personsForPrivacyRequests(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'persons'>) => eb.val(can(actor.role, 'privacy.manage'));
}

/** Which support-net groups an actor may see: a social worker only those they run or back up. */
export function visibleGroups(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'support_groups'>) => {
    if (actor.role === 'social_worker') {
      return eb.exists(
        eb
          .selectFrom('group_workers as gwv')
          .select(sql`1`.as('one'))
          .whereRef('gwv.group_id', '=', 'support_groups.id')
          .where('gwv.user_id', '=', actor.userId),
      );
    }
    return eb.val(false);
  };
}

// Record-level rules that are not a visibility filter. Services ask these; they never compare
// roles themselves.

/**
 * Whether a coach may still see the client's name on a match: while it is proposed (the first
 * name) or active. After it ends, the coach's own reports stay readable but name "a former
 * client", with the dates only.
 */
export const coachKnowsClient = (matchStatus: string): boolean =>
  matchStatus === 'proposed' || matchStatus === 'active';

/** How long the author of a session report may still correct or remove it. */
export const reportCorrectionDays = 14;

/**
 * Who may correct or remove a session report: a coordinator always; its author for
 * `reportCorrectionDays` after writing it.
 */
export function mayChangeReport(actor: Actor, report: { authorId: string; createdAt: Date }, now: Date): boolean {
  if (actor.role === 'coordinator') return true;
  return (
    report.authorId === actor.userId && now.getTime() - report.createdAt.getTime() <= reportCorrectionDays * 86_400_000
  );
}

/** Who may record a yes without an introduction meeting, with a reason: the coordinator. */
export const maySkipIntroduction = (actor: Actor): boolean => actor.role === 'coordinator';

/** Who may act on a coach match: the coordinator, or the coach whose match it is (D17). */
export function mayActOnMatch(actor: Actor, match: { coachUserId: string | null }): boolean {
  if (actor.role === 'coordinator') return true;
  return actor.role === 'coach' && match.coachUserId === actor.userId;
}

/**
 * Whose yes or no an actor may record on a proposal (D18). Clients have no account, so the
 * coordinator records theirs and may record the coach's; a coach speaks only for themselves.
 */
export function maySpeakFor(actor: Actor, side: 'client' | 'coach' | 'coordinator'): boolean {
  return actor.role === 'coordinator' || (actor.role === 'coach' && side === 'coach');
}

/**
 * What of a trajectory an actor reads. A coach sees only their own match and the session reports
 * they wrote (never an earlier coach's), and not the coordination: intake, evaluations, consents.
 */
export function trajectoryView(actor: Actor): { onlyWorkOf: string | null; coordination: boolean } {
  return actor.role === 'coach'
    ? { onlyWorkOf: actor.userId, coordination: false }
    : { onlyWorkOf: null, coordination: true };
}

/** A social worker who registers a person carries that casework; a coordinator assigns explicitly. */
export const assignedOnCreate = (actor: Actor): boolean => actor.role === 'social_worker';

/**
 * Evaluation interviews an actor holds: only the assigned evaluator reads or writes one (D25).
 * A condition on the interview's evaluator column, for queries that join interviews as `i`.
 */
/**
 * Whether the person behind a group participant has consent for evaluation research today: their
 * latest consent for it is not withdrawn. Without it they are kept out of interviews and out of
 * the report's figures from interviews (issue 13).
 */
export const researchConsentNow = (participantRef: string) => sql<SqlBool>`COALESCE((
  SELECT rc.withdrawn_on IS NULL OR rc.withdrawn_on > ${clock.today()}
  FROM consents rc JOIN group_participants rgp ON rgp.person_id = rc.person_id
  WHERE rgp.id = ${sql.ref(participantRef)} AND rc.purpose = 'evaluation_research'
  ORDER BY rc.given_on DESC, rc.recorded_at DESC LIMIT 1), false)`;

/** The interviews an evaluator holds: assigned to them, of someone who still consents to research. */
export const interviewsHeldBy = (actor: Actor) =>
  sql<SqlBool>`${sql.ref('i.evaluator_id')} = ${actor.userId} AND ${researchConsentNow('i.participant_id')}`;

/** Who may hold an evaluation interview: an evaluator, or a social worker when none is available. */
export const mayHoldInterviews = (role: Role): boolean => role === 'evaluator' || role === 'social_worker';

/** Whether the actor keeps the social map (sees reported mistakes, may change entries). */
export const mayKeepSocialMap = (actor: Actor): boolean => can(actor.role, 'socialmap.keep');

/** Who may run or back up a support-net group. */
export const mayRunGroups = (role: Role): boolean => role === 'social_worker';

/** Which account a coach record may be linked to. */
export const mayBeCoachAccount = (role: Role): boolean => role === 'coach';

/** What the start page shows a role: account health for the administrator, casework counts for
 * those with clients, nothing personal for the others. */
export function startPageOf(role: Role): 'admin' | 'casework' | 'coach' | 'evaluator' | 'other' {
  if (role === 'admin') return 'admin';
  if (role === 'coach') return 'coach';
  if (role === 'evaluator') return 'evaluator';
  return role === 'coordinator' || role === 'social_worker' ? 'casework' : 'other';
}
