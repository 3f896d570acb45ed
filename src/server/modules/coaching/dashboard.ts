// The coordinator's dashboard: everything that waits for a decision or an action, in one read.
import { dueFor } from '../../../shared/coaching/due.js';
import { currentStep, phases, steps as stepDefs } from '../../../shared/coaching/steps.js';
import type { Ctx } from '../../platform/route.js';
import { withBasis } from '../people/basis.js';
import { loadCounts } from './repo.js';
import { groupBy } from '../../../shared/group-by.js';
import { rowDisplayName } from '../../../shared/names.js';
import { clock } from '../../../shared/clock.js';

export async function dashboard(ctx: Ctx) {
  const org = ctx.actor.organisationId;
  const today = clock.today();
  const [trajectories, matches, coaches, counts, stepRows, evaluations, signals] = await Promise.all([
    ctx.db
      .selectFrom('trajectories as t')
      .innerJoin('persons as p', 'p.id', 't.person_id')
      .select([
        't.id',
        't.person_id',
        't.status',
        't.registered_on',
        't.closed_on',
        't.follow_up_on',
        'p.first_name',
        'p.last_name',
      ])
      .where('t.organisation_id', '=', org)
      .where('t.status', 'in', ['registered', 'waiting', 'active', 'closed'])
      .orderBy('t.registered_on')
      .orderBy('t.id')
      .execute(),
    ctx.db
      .selectFrom('coach_matches as m')
      .innerJoin('coaches as c', 'c.id', 'm.coach_id')
      .select([
        'm.id',
        'm.trajectory_id',
        'm.status',
        'm.proposed_on',
        'm.client_confirmed_on',
        'm.coach_confirmed_on',
        'm.started_on',
        'm.coach_id',
        'c.first_name',
        'c.last_name',
      ])
      .where('m.organisation_id', '=', org)
      .where('m.status', 'in', ['proposed', 'active', 'ended'])
      .orderBy('m.id')
      .execute(),
    ctx.db
      .selectFrom('coaches')
      .select(['id', 'first_name', 'last_name', 'max_clients', 'status'])
      .where('organisation_id', '=', org)
      .where('status', 'in', ['active', 'paused'])
      .orderBy('first_name')
      .orderBy('id')
      .execute(),
    loadCounts(ctx.db, org),
    ctx.db
      .selectFrom('trajectory_steps')
      .select(['trajectory_id', 'step', 'status'])
      .where('organisation_id', '=', org)
      .execute(),
    ctx.db
      .selectFrom('coach_evaluations')
      .select(['trajectory_id', 'kind'])
      .where('organisation_id', '=', org)
      .execute(),
    ctx.db
      .selectFrom('session_reports as r')
      .innerJoin('users as u', 'u.id', 'r.author_id')
      .select(['r.id', 'r.trajectory_id', 'r.met_on', 'r.signal', 'r.signal_note', 'u.display_name as author'])
      .where('r.organisation_id', '=', org)
      .where('r.signal', 'is not', null)
      .where('r.signal_handled_on', 'is', null)
      .where('r.removed_at', 'is', null)
      .orderBy('r.met_on')
      .orderBy('r.id')
      .execute(),
  ]);
  const byId = new Map(trajectories.map((t) => [t.id, t]));
  const started = new Map<string, string>();
  for (const m of matches)
    if (m.started_on && (!started.has(m.trajectory_id) || m.started_on < started.get(m.trajectory_id)!))
      started.set(m.trajectory_id, m.started_on);
  const kindsOf = groupBy(evaluations, (e) => e.trajectory_id);
  const evalKinds = (id: string) => (kindsOf.get(id) ?? []).map((e) => e.kind);
  const ref = (id: string) => ({ trajectoryId: id, name: rowDisplayName(byId.get(id)!) });
  const due = trajectories.map((t) => ({
    t,
    due: dueFor(
      {
        status: t.status,
        registeredOn: t.registered_on,
        startedOn: started.get(t.id) ?? null,
        closedOn: t.closed_on,
        followUpOn: t.follow_up_on,
        evaluations: evalKinds(t.id),
      },
      today,
    ),
  }));

  const active = trajectories.filter((t) => t.status === 'active');
  const stepsOf = groupBy(stepRows, (s) => s.trajectory_id);
  const current = new Map(active.map((t) => [t.id, currentStep(stepsOf.get(t.id) ?? [])]));
  const activeByCoach = groupBy(
    matches.filter((m) => m.status === 'active' && byId.has(m.trajectory_id)),
    (m) => m.coach_id,
  );
  const proposed = new Set(matches.filter((m) => m.status === 'proposed').map((m) => m.trajectory_id));
  // Open trajectories whose client has no basis for the programme yet: no matching or reports
  // until there is one (issue 19).
  const open = trajectories.filter((t) => t.status !== 'closed');
  const based = await withBasis(
    ctx,
    open.map((t) => t.person_id),
    'coaching',
  );
  const result = {
    withoutBasis: open.filter((t) => !based.has(t.person_id)).map((t) => ({ ...ref(t.id), personId: t.person_id })),
    waiting: due
      .filter(({ t }) => t.status === 'registered' || t.status === 'waiting')
      .map(({ t, due: d }) => ({
        ...ref(t.id),
        status: t.status,
        registeredOn: t.registered_on,
        waitingDays: d.waitingDays!,
        proposed: proposed.has(t.id),
      }))
      .sort((a, b) => b.waitingDays - a.waitingDays),
    proposals: matches
      .filter((m) => m.status === 'proposed' && byId.has(m.trajectory_id))
      .map((m) => ({
        matchId: m.id,
        ...ref(m.trajectory_id),
        coachName: rowDisplayName(m),
        proposedOn: m.proposed_on,
        clientConfirmedOn: m.client_confirmed_on,
        coachConfirmedOn: m.coach_confirmed_on,
      })),
    coaches: coaches.map((c) => ({
      id: c.id,
      name: rowDisplayName(c),
      status: c.status,
      active: counts.get(c.id) ?? 0,
      max: c.max_clients,
      clients: (activeByCoach.get(c.id) ?? []).map((m) => ref(m.trajectory_id)),
    })),
    phases: phases.map((phase) => ({
      phase,
      steps: stepDefs
        .filter((s) => s.phase === phase)
        .map((s) => ({
          step: s.step,
          trajectories: active.filter((t) => current.get(t.id)!.step === s.step).map((t) => ref(t.id)),
        })),
    })),
    signals: signals
      .filter((s) => byId.has(s.trajectory_id))
      .map((s) => ({
        reportId: s.id,
        ...ref(s.trajectory_id),
        metOn: s.met_on,
        signal: s.signal!,
        note: s.signal_note,
        author: s.author,
      })),
    midTermDue: due
      .filter(({ due: d }) => d.midTermDueOn)
      .map(({ t, due: d }) => ({ ...ref(t.id), dueOn: d.midTermDueOn! })),
    finalDue: due.filter(({ due: d }) => d.finalDueOn).map(({ t, due: d }) => ({ ...ref(t.id), dueOn: d.finalDueOn! })),
    followUpsDue: due
      .filter(({ due: d }) => d.followUpDueOn)
      .map(({ t, due: d }) => ({ ...ref(t.id), dueOn: d.followUpDueOn!, closedOn: t.closed_on })),
    veryLong: due.filter(({ due: d }) => d.veryLong).map(({ t, due: d }) => ({ ...ref(t.id), months: d.ageMonths! })),
  };
  // Every client whose name the dashboard shows is on record as listed.
  const shown = new Set<string>();
  const collect = (items: { trajectoryId: string }[]) => {
    for (const i of items) shown.add(i.trajectoryId);
  };
  for (const items of [
    result.withoutBasis,
    result.waiting,
    result.proposals,
    ...result.coaches.map((c) => c.clients),
    result.signals,
    result.midTermDue,
    result.finalDue,
    result.followUpsDue,
    result.veryLong,
  ])
    collect(items);
  for (const p of result.phases) for (const step of p.steps) collect(step.trajectories);
  await ctx.audit(
    ...[...shown].map((id) => ({
      action: 'list' as const,
      recordType: 'trajectory',
      recordId: id,
      personId: byId.get(id)!.person_id,
    })),
  );
  return result;
}
