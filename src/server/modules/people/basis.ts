// No consent, no casework (issue 19): work on a person's data (matching, network maps, session
// reports) needs a recorded basis: consent for registration, or another legal basis the
// organisation recorded for that kind of work. The rule itself is shared (shared/consent.ts).
import { type ProcessingWork, hasProcessingBasis } from '../../../shared/consent.js';
import { clock } from '../../../shared/clock.js';
import { HttpError } from '../../platform/errors.js';
import type { Ctx } from '../../platform/route.js';

/** The persons among personIds that have a basis for this work (one query each for consents and the organisation). */
export async function withBasis(ctx: Ctx, personIds: string[], work: ProcessingWork): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const [org, consents] = await Promise.all([
    ctx.db
      .selectFrom('organisations')
      .select('basis_without_consent')
      .where('id', '=', ctx.actor.organisationId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('consents')
      .select(['id', 'person_id', 'purpose', 'given_on', 'withdrawn_on', 'recorded_at'])
      .where('organisation_id', '=', ctx.actor.organisationId)
      .where('person_id', 'in', personIds)
      .where('purpose', '=', 'registration')
      .execute(),
  ]);
  const today = clock.today();
  return new Set(
    personIds.filter((id) =>
      hasProcessingBasis(
        consents
          .filter((c) => c.person_id === id)
          .map((c) => ({
            id: c.id,
            purpose: c.purpose,
            givenOn: c.given_on,
            withdrawnOn: c.withdrawn_on,
            recordedAt: c.recorded_at.toISOString(),
          })),
        today,
        work,
        org.basis_without_consent,
      ),
    ),
  );
}

/** Refuses the work, in words, when the person has no basis for it. */
export async function requireBasis(ctx: Ctx, personId: string, work: ProcessingWork) {
  if (!(await withBasis(ctx, [personId], work)).has(personId)) throw new HttpError(409, 'no_basis');
}
