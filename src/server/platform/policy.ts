// The one place that decides who may do what. Routes name a permission; record-level visibility
// of persons is a query filter defined here. Anything not granted below is denied.
import { type ExpressionBuilder, sql } from 'kysely';
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
  | 'persons.read'
  | 'persons.write'
  | 'persons.assign'
  | 'consents.write'
  | 'network.read'
  | 'network.write';

const grants: Record<Role, readonly Permission[]> = {
  // Functional administrator: no casework by default (PRODUCT.md, roles).
  admin: ['home.read', 'users.manage', 'teams.read', 'teams.manage', 'settings.manage', 'audit.read'],
  coordinator: ['home.read', 'teams.read', 'users.assignable', 'persons.read', 'persons.write', 'persons.assign', 'consents.write', 'network.read', 'network.write'],
  social_worker: ['home.read', 'teams.read', 'persons.read', 'persons.write', 'consents.write', 'network.read', 'network.write'],
  // A volunteer coach reads only the persons assigned to them; changes to personal details go
  // through the coordinator, but the coach makes the network map together with the person.
  coach: ['home.read', 'persons.read', 'network.read', 'network.write'],
  evaluator: ['home.read'],
  funder_viewer: ['home.read'],
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

/** Roles that can carry casework for a person (be assigned to them). */
export const assignableRoles: readonly Role[] = ['coordinator', 'social_worker', 'coach'];

/**
 * Which persons an actor may see, as a filter on `persons`. The coordinator sees every person
 * of the organisation; a social worker or coach only persons assigned to them; others none.
 * (Tenant isolation is applied separately by the repository and by row-level security.)
 */
export function visiblePersons(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'persons'>) => {
    if (actor.role === 'coordinator') return eb.val(true);
    if (actor.role === 'social_worker' || actor.role === 'coach') {
      return eb.exists(
        eb
          .selectFrom('person_assignments as pa')
          .select(sql`1`.as('one'))
          .whereRef('pa.person_id', '=', 'persons.id')
          .where('pa.user_id', '=', actor.userId),
      );
    }
    return eb.val(false);
  };
}
