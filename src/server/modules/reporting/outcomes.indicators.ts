// Outcome indicators: change in the network, subgoal ratings, the participation self-score and the
// working relationship. Definitions in docs/report-dataset.md under the same keys.
import { researchConsentNow } from '../../platform/policy.js';
import { groupSubgoals } from '../../../shared/groups/model.js';
import { subgoals as coachSubgoals } from '../../../shared/coaching/model.js';
import { analyse } from '../../../shared/network/analysis.js';
import { supportTypes } from '../../../shared/network/model.js';
import { sql } from 'kysely';
import { groupBy } from '../../../shared/group-by.js';
import { toNetworkMap } from '../network/repo.js';
import { breakdown, countBy, indicator, mean, perReport, type ReportScope, type Scores } from './indicator.js';
type Rated = Record<string, { score: number | null } | undefined>;

/** The mean score per item over a list of rated forms, each item on its own number of answers. */
function meanPerItem(forms: readonly Rated[], items: readonly string[]): Scores['items'] {
  return items.map((item) => {
    const scores = forms.flatMap((f) => (typeof f[item]?.score === 'number' ? [f[item]!.score as number] : []));
    return { item, value: mean(scores), basis: scores.length };
  });
}

/** The measures compared between a person's first and latest network map. */
export const networkMeasures = ['size', 'covered_support_types', 'mutual_share', 'informal_share'] as const;

function measure(map: ReturnType<typeof toNetworkMap>) {
  const a = analyse(map);
  return {
    size: a.size.total,
    // Support types given by two people or more: one provider is a weak spot in the network.
    covered_support_types: supportTypes.filter((t) => a.support.perType[t].providers >= 2).length,
    mutual_share: a.reciprocity.mutualShare,
    informal_share: a.formalShare === null ? null : 1 - a.formalShare,
  };
}

/**
 * Per person whose latest snapshot falls in the period and who has an earlier one: the change from
 * the first to that latest map. Dream maps do not count: they show a wish, not the network.
 * Both network indicators use it; it is worked out once per report (`perReport`).
 */
const networkChanges = perReport(async (s: ReportScope) => {
  const maps = await s.db
    .selectFrom('network_maps')
    .select(['id', 'person_id', 'taken_on', 'model'])
    .where('organisation_id', '=', s.organisationId)
    .where('kind', '=', 'snapshot')
    .where('taken_on', '<=', s.to)
    .orderBy('taken_on')
    .orderBy('created_at')
    .execute();
  const perPerson = groupBy(maps, (m) => m.person_id);
  const pairs = [...perPerson.values()]
    .filter((list) => list.length >= 2 && list[list.length - 1]!.taken_on >= s.from)
    .map((list) => [list[0]!, list[list.length - 1]!] as const);
  if (pairs.length === 0) return [];
  // Only the ties of the first and latest maps, asked as one array: a list of thousands of
  // separate ids made PGlite slow, and the maps in between are not needed.
  const alters = await s.db
    .selectFrom('network_alters')
    .selectAll()
    .where('organisation_id', '=', s.organisationId)
    .where('map_id', '=', sql<string>`any(${pairs.flat().map((m) => m.id)}::uuid[])`)
    .execute();
  const altersOf = groupBy(alters, (a) => a.map_id);
  return pairs.map(([first, latest]) => {
    const before = measure(toNetworkMap(first.model, altersOf.get(first.id) ?? [], []));
    const after = measure(toNetworkMap(latest.model, altersOf.get(latest.id) ?? [], []));
    return Object.fromEntries(
      networkMeasures.map((k) => {
        const b = before[k];
        const a = after[k];
        return [k, a === null || b === null ? null : a - b];
      }),
    ) as Record<(typeof networkMeasures)[number], number | null>;
  });
});

export const outcomesIndicators = [
  indicator('outcomes.network_size', 'outcomes', async (s) => {
    const changes = await networkChanges(s);
    const categories = ['grew', 'same', 'shrank'] as const;
    return breakdown(
      categories,
      countBy(changes, categories, (c) => (c.size! > 0 ? 'grew' : c.size! < 0 ? 'shrank' : 'same')),
    );
  }),
  indicator('outcomes.network_change', 'outcomes', async (s) => {
    const changes = await networkChanges(s);
    return {
      kind: 'scores',
      unit: 'change',
      items: networkMeasures.map((k) => {
        const values = changes.flatMap((c) => (c[k] === null ? [] : [c[k]!]));
        return { item: k, value: mean(values), basis: values.length };
      }),
    };
  }),

  // Final evaluations held in the period.
  indicator('outcomes.coach_subgoals', 'outcomes', async (s) => {
    const rows = await s.db
      .selectFrom('coach_evaluations')
      .select('subgoals')
      .where('organisation_id', '=', s.organisationId)
      .where('kind', '=', 'final')
      .where((eb) => eb.between('held_on', s.from, s.to))
      .execute();
    return {
      kind: 'scores',
      unit: 'score',
      items: meanPerItem(
        rows.map((r) => r.subgoals as Rated),
        coachSubgoals.map(String),
      ),
    };
  }),
  indicator('outcomes.group_subgoals', 'outcomes', async (s) => {
    const rows = await s.db
      .selectFrom('group_evaluations')
      .select('subgoals')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('held_on', s.from, s.to))
      .execute();
    return {
      kind: 'scores',
      unit: 'score',
      items: meanPerItem(
        rows.map((r) => r.subgoals as Rated),
        groupSubgoals,
      ),
    };
  }),

  // The self-score now and as the participant remembers it a year ago, from interviews held in the
  // period, of participants who still consent to evaluation research.
  indicator('outcomes.participation', 'outcomes', async (s) => {
    const rows = await s.db
      .selectFrom('evaluation_interviews')
      .select(['score_now', 'score_before'])
      .where('organisation_id', '=', s.organisationId)
      .where(researchConsentNow('evaluation_interviews.participant_id'))
      .where((eb) => eb.between('held_on', s.from, s.to))
      .execute();
    const pick = (k: 'score_now' | 'score_before') => rows.flatMap((r) => (r[k] === null ? [] : [r[k]]));
    return {
      kind: 'scores',
      unit: 'score',
      items: [
        { item: 'now', value: mean(pick('score_now')), basis: pick('score_now').length },
        { item: 'year_ago', value: mean(pick('score_before')), basis: pick('score_before').length },
      ],
    };
  }),

  // The client's own rating of the working relationship: per evaluation the mean of its answered
  // questions, then the mean over evaluations (organisations ask different questions).
  indicator('outcomes.relationship', 'outcomes', async (s) => {
    const rows = await s.db
      .selectFrom('coach_evaluations')
      .select('relationship')
      .where('organisation_id', '=', s.organisationId)
      .where((eb) => eb.between('held_on', s.from, s.to))
      .execute();
    const perEvaluation = rows.flatMap((r) => {
      const scores = ((r.relationship as { answers?: { score: number | null }[] }).answers ?? []).flatMap((a) =>
        typeof a.score === 'number' ? [a.score] : [],
      );
      return scores.length === 0 ? [] : [mean(scores)!];
    });
    return {
      kind: 'scores',
      unit: 'score',
      items: [{ item: 'mean', value: mean(perEvaluation), basis: perEvaluation.length }],
    };
  }),
];
