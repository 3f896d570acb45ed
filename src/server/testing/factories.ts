// Test set-up that writes rows directly, so a test's HTTP calls are only the behaviour it is about.
// Each factory fills in what the API would and returns the new row's id.
import type { cameVia, RouteStatus } from '../../shared/groups/model.js';
import { plannedTimeline } from '../../shared/groups/route.js';
import { personSortKey } from '../../shared/names.js';
import { clock } from '../../shared/clock.js';
import { shiftDays } from '../../shared/dates.js';
import type { z } from 'zod';
import { coachSchema } from '../../shared/coaching/schemas.js';
import type { Database } from '../db/connection.js';
import { coachColumns } from '../modules/coaching/pool.js';
import type { SeededOrg } from './harness.js';

/** A person of the organisation, created by its coordinator unless createdBy says who. */
export async function insertPerson(
  database: Database,
  org: SeededOrg,
  fields: {
    firstName: string;
    lastName?: string;
    kind?: 'client' | 'participant';
    assignedTo?: string;
    createdBy?: string;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  const lastName = fields.lastName ?? '';
  await database.db
    .insertInto('persons')
    .values({
      id,
      organisation_id: org.organisationId,
      kind: fields.kind ?? 'client',
      first_name: fields.firstName,
      last_name: lastName,
      sort_key: personSortKey(fields.firstName, lastName),
      year_of_birth: null,
      phone: null,
      email: null,
      neighbourhood: null,
      team_id: null,
      notes: null,
      created_by: fields.createdBy ?? org.users.coordinator.id,
      updated_at: clock.now(),
    })
    .execute();
  if (fields.assignedTo)
    await database.db
      .insertInto('person_assignments')
      .values({ organisation_id: org.organisationId, person_id: id, user_id: fields.assignedTo })
      .execute();
  return id;
}

/** A support-net group run by one social worker, planned from its start date as the app does. */
export async function insertGroup(
  database: Database,
  org: SeededOrg,
  fields: { name: string; startedOn: string; activityHours?: number; availableHours?: number; location?: string },
): Promise<string> {
  const id = crypto.randomUUID();
  await database.db
    .insertInto('support_groups')
    .values({
      id,
      organisation_id: org.organisationId,
      name: fields.name,
      location: fields.location ?? null,
      started_on: fields.startedOn,
      phases: JSON.stringify(plannedTimeline(fields.startedOn)),
      conditions: JSON.stringify({}),
      target_participants: 15,
      activity_hours: fields.activityHours ?? 2.5,
      available_hours: fields.availableHours ?? 4,
      absence_threshold: 3,
      budget_cents: 0,
      spent_cents: 0,
      own_contribution_cents: 0,
      ended_on: null,
      created_by: org.users.social_worker.id,
    })
    .execute();
  await database.db
    .insertInto('group_workers')
    .values({ organisation_id: org.organisationId, group_id: id, user_id: org.users.social_worker.id, role: 'worker' })
    .execute();
  return id;
}

/** A participant of a group with their route so far (each step dated); returns the participant's id. */
export async function insertParticipant(
  database: Database,
  org: SeededOrg,
  groupId: string,
  fields: {
    firstName: string;
    lastName?: string;
    cameVia?: (typeof cameVia)[number];
    emergencyContact?: string | null;
    talents?: string[];
    route: [RouteStatus, string][];
  },
): Promise<string> {
  const personId = await insertPerson(database, org, {
    ...fields,
    kind: 'participant',
    createdBy: org.users.social_worker.id,
  });
  const id = crypto.randomUUID();
  await database.db
    .insertInto('group_participants')
    .values({
      id,
      organisation_id: org.organisationId,
      group_id: groupId,
      person_id: personId,
      came_via: fields.cameVia ?? 'referral',
      came_via_note: null,
      wishes: null,
      talents: fields.talents ?? [],
      emergency_contact: fields.emergencyContact ?? null,
      status: fields.route[fields.route.length - 1][0],
    })
    .execute();
  await database.db
    .insertInto('participant_route')
    .values(
      fields.route.map(([status, onDate]) => ({
        id: crypto.randomUUID(),
        organisation_id: org.organisationId,
        participant_id: id,
        status,
        on_date: onDate,
        note: null,
        created_by: org.users.social_worker.id,
      })),
    )
    .execute();
  return id;
}

/** A coach in the pool, with the defaults the coach form gives; returns the coach's id. */
export async function insertCoach(
  database: Database,
  org: SeededOrg,
  fields: z.input<typeof coachSchema>,
): Promise<string> {
  const id = crypto.randomUUID();
  await database.db
    .insertInto('coaches')
    .values({
      id,
      organisation_id: org.organisationId,
      ...coachColumns(coachSchema.parse(fields)),
      updated_at: clock.now(),
    })
    .execute();
  return id;
}

/** The organisation's neighbourhoods, with the coordinates matching uses for distances. */
export async function insertNeighbourhoods(
  database: Database,
  org: SeededOrg,
  places: { name: string; latitude: number; longitude: number }[],
): Promise<void> {
  await database.db
    .insertInto('neighbourhoods')
    .values(places.map((p) => ({ id: crypto.randomUUID(), organisation_id: org.organisationId, ...p })))
    .execute();
}

/** Consent for registration, given some days ago: the basis casework needs (issue 19). */
export async function insertConsent(database: Database, org: SeededOrg, personId: string, givenOn: string) {
  await database.db
    .insertInto('consents')
    .values({
      id: crypto.randomUUID(),
      organisation_id: org.organisationId,
      person_id: personId,
      purpose: 'registration',
      given_on: givenOn,
      recorded_by: org.users.coordinator.id,
      withdrawn_on: null,
      withdrawn_recorded_by: null,
      note: null,
    })
    .execute();
}

/** Consent for evaluation research from the persons of these participants (an interview needs it). */
export async function insertResearchConsent(database: Database, org: SeededOrg, participantIds: string[]) {
  const persons = await database.db
    .selectFrom('group_participants')
    .select('person_id')
    .where('id', 'in', participantIds)
    .execute();
  for (const { person_id } of persons) {
    await database.db
      .insertInto('consents')
      .values({
        id: crypto.randomUUID(),
        organisation_id: org.organisationId,
        person_id,
        purpose: 'evaluation_research',
        given_on: shiftDays(clock.today(), -400),
        recorded_by: org.users.social_worker.id,
        withdrawn_on: null,
        withdrawn_recorded_by: null,
        note: null,
      })
      .execute();
  }
}

/** A client's trajectory in the coach programme, with what happened so far; returns its id. */
export async function insertTrajectory(
  database: Database,
  org: SeededOrg,
  fields: {
    registeredOn: string;
    referrer?: string;
    intake?: { on: string; outcome: 'accepted' | 'referred' | 'declined' | 'withdrawn' };
    closed?: { on: string; reason: 'completed' | 'stopped_by_client' | 'referred_on' | 'other' };
    followUp?: { on: string; result: 'lasting' | 'partly' | 'not_lasting' | 'not_reached' };
  },
): Promise<string> {
  const personId = await insertPerson(database, org, {
    firstName: 'Cliënt',
    lastName: crypto.randomUUID().slice(0, 8),
  });
  const id = crypto.randomUUID();
  await database.db
    .insertInto('trajectories')
    .values({
      id,
      organisation_id: org.organisationId,
      person_id: personId,
      registered_on: fields.registeredOn,
      referrer_organisation: fields.referrer ?? null,
      intake_on: fields.intake?.on ?? null,
      intake_outcome: fields.intake?.outcome ?? null,
      closed_on: fields.closed?.on ?? null,
      end_reason: fields.closed?.reason ?? null,
      follow_up_on: fields.followUp?.on ?? null,
      follow_up_result: fields.followUp?.result ?? null,
      status: fields.closed ? 'closed' : fields.intake ? 'waiting' : 'registered',
      situations: [],
      interests: [],
      languages: [],
      availability: [],
      updated_at: clock.now(),
    })
    .execute();
  return id;
}

/** A proposal of a coach for a trajectory, started or declined as given; returns its id. */
export async function insertMatch(
  database: Database,
  org: SeededOrg,
  fields: {
    trajectoryId: string;
    coachId: string;
    proposedOn: string;
    startedOn?: string;
    endedOn?: string;
    declinedBy?: 'client' | 'coach' | 'coordinator';
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await database.db
    .insertInto('coach_matches')
    .values({
      id,
      organisation_id: org.organisationId,
      trajectory_id: fields.trajectoryId,
      coach_id: fields.coachId,
      proposed_on: fields.proposedOn,
      status: fields.declinedBy ? 'declined' : fields.endedOn ? 'ended' : fields.startedOn ? 'active' : 'proposed',
      started_on: fields.startedOn ?? null,
      ended_on: fields.endedOn ?? null,
      declined_by: fields.declinedBy ?? null,
      declined_on: fields.declinedBy ? fields.proposedOn : null,
    })
    .execute();
  return id;
}
