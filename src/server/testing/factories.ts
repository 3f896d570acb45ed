// Test set-up that writes rows directly, so a test's HTTP calls are only the behaviour it is about.
// Each factory fills in what the API would and returns the new row's id.
import { personSortKey } from '../../shared/names.js';
import { clock } from '../../shared/clock.js';
import type { Database } from '../db/connection.js';
import type { SeededOrg } from './harness.js';

/** A person of the organisation, created by its coordinator. */
export async function insertPerson(
  database: Database,
  org: SeededOrg,
  fields: { firstName: string; lastName?: string; kind?: 'client' | 'participant'; assignedTo?: string },
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
      created_by: org.users.coordinator.id,
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
