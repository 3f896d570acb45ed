import { sql } from 'kysely';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { interviewsHeldBy, startPageOf, visiblePersons } from '../../platform/policy.js';
import { mine as myCoaching } from '../coaching/matches.js';
import { clock } from '../../../shared/clock.js';
import { latestJobRuns } from '../../platform/jobs.js';

/** The start page: what needs attention for this role. Counts only; names are one click away. */
export const homeSummary = defineRoute({
  method: 'GET',
  url: '/api/home',
  access: 'home.read',
  handler: async (ctx) => {
    const org = ctx.actor.organisationId;
    const page = startPageOf(ctx.actor.role);
    if (page === 'admin') {
      const since = new Date(clock.ms() - 24 * 3600 * 1000);
      const weekAgo = new Date(clock.ms() - 7 * 24 * 3600 * 1000);
      const [users, org2fa, teams, locked, audit, jobs, erasures] = await Promise.all([
        ctx.db.selectFrom('users').select(['status', 'totp_enabled']).where('organisation_id', '=', org).execute(),
        ctx.db.selectFrom('organisations').select('require_totp').where('id', '=', org).executeTakeFirstOrThrow(),
        ctx.db
          .selectFrom('teams')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .where('organisation_id', '=', org)
          .executeTakeFirstOrThrow(),
        ctx.db
          .selectFrom('login_failures')
          .select(({ fn }) => fn.count<number>('user_id').distinct().as('n'))
          .where('organisation_id', '=', org)
          .where('locked_until', '>', clock.now())
          .executeTakeFirstOrThrow(),
        // One pass over the access log's last week: all of it (a sudden rise is worth a look), and
        // the refused attempts of the last day.
        ctx.db
          .selectFrom('audit_log')
          .select([
            sql<number>`count(*)`.as('week'),
            sql<number>`count(*) filter (where outcome = 'denied' and at >= ${since})`.as('denied'),
          ])
          .where('organisation_id', '=', org)
          .where('at', '>=', weekAgo)
          .executeTakeFirstOrThrow(),
        latestJobRuns(ctx.db, org),
        ctx.db
          .selectFrom('erasure_requests')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .where('organisation_id', '=', org)
          .where('cancelled_at', 'is', null)
          .where('carried_out_at', 'is', null)
          .executeTakeFirstOrThrow(),
      ]);
      return {
        kind: 'admin' as const,
        activeUsers: users.filter((u) => u.status === 'active').length,
        openInvitations: users.filter((u) => u.status === 'invited').length,
        lockedUsers: Number(locked.n),
        withoutTwoFactor: users.filter((u) => u.status === 'active' && !u.totp_enabled).length,
        deniedLastDay: Number(audit.denied),
        auditLastWeek: Number(audit.week),
        // The scheduled jobs' last runs, so a job that fails or stopped running is seen (issue 12).
        jobs,
        erasuresWaiting: Number(erasures.n),
        // The set-up steps still to take; a step already taken is not suggested again (issue 19).
        nextSteps: [
          ...(Number(teams.n) === 0 ? ['teams' as const] : []),
          ...(users.length <= 1 ? ['invite' as const] : []),
          ...(org2fa.require_totp ? [] : ['twoFactor' as const]),
        ],
      };
    }
    if (page === 'casework') {
      const row = await ctx.db
        .selectFrom('persons')
        .select([
          sql<number>`count(*)`.as('total'),
          sql<number>`count(*) filter (where not exists (select 1 from consents c where c.person_id = persons.id and c.purpose = 'registration' and c.withdrawn_on is null))`.as(
            'without_consent',
          ),
        ])
        .where('organisation_id', '=', org)
        .where(visiblePersons(ctx.actor))
        .executeTakeFirstOrThrow();
      return {
        kind: 'casework' as const,
        persons: Number(row.total),
        withoutRegistrationConsent: Number(row.without_consent),
      };
    }
    if (page === 'coach') {
      // My clients and what comes next: an introduction meeting planned for a proposal.
      const mine = await myCoaching(ctx);
      const today = clock.today();
      const next = mine.proposals
        .filter((p) => p.introductionOn && p.introductionOn >= today)
        .sort((a, b) => (a.introductionOn! < b.introductionOn! ? -1 : 1))[0];
      return {
        kind: 'coach' as const,
        clients: mine.active.map((a) => ({ trajectoryId: a.trajectoryId, name: a.name })),
        proposals: mine.proposals.length,
        nextIntroduction: next ? { on: next.introductionOn!, firstName: next.firstName } : null,
      };
    }
    if (page === 'evaluator') {
      // Interviews to hold: how many, and how many are past their planned date.
      const today = clock.today();
      const open = await ctx.db
        .selectFrom('evaluation_interviews as i')
        .select('i.planned_on')
        .where('i.organisation_id', '=', org)
        .where(interviewsHeldBy(ctx.actor))
        .where('i.held_on', 'is', null)
        .execute();
      return {
        kind: 'evaluator' as const,
        open: open.length,
        overdue: open.filter((i) => i.planned_on !== null && i.planned_on < today).length,
      };
    }
    return { kind: 'other' as const };
  },
});

export const homeRoutes: RouteDef[] = [homeSummary];
