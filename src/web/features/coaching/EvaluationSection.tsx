import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { evaluationKinds, evaluationParticipants, subgoals } from '../../../shared/coaching/model.js';
import { evaluationSchema } from '../../../shared/coaching/schemas.js';
import { numberOrNull } from '../../ui/forms.js';
import { coachingCalls, coachingKeys } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { CheckGroup, ScoreSelect } from '../../ui/inputs.js';
import type { Evaluation, Trajectory } from '../../../server/modules/coaching/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

const defaultQuestions = ['q1', 'q2', 'q3', 'q4'];

function EvaluationForm({
  trajectory,
  kind,
  existing,
}: {
  trajectory: Trajectory;
  kind: 'mid_term' | 'final';
  existing?: Evaluation;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  // The questions as asked are stored with the answers, so an old evaluation keeps its meaning.
  const questions =
    existing?.relationship.map((r) => r.question) ??
    trajectory.relationshipQuestions ??
    defaultQuestions.map((q) => t(`coaching.evaluation.relationshipDefault.${q}`));
  const form = useForm({
    resolver: zodResolver(evaluationSchema),
    defaultValues: {
      heldOn: existing?.heldOn ?? clock.today(),
      present: existing?.present ?? ['client', 'coach', 'coordinator'],
      subgoals: Object.fromEntries(
        subgoals.map((g) => [
          String(g),
          { score: existing?.subgoals[g]?.score ?? null, comment: existing?.subgoals[g]?.comment ?? '' },
        ]),
      ) as z.input<typeof evaluationSchema>['subgoals'],
      relationship: questions.map((question, i) => ({ question, score: existing?.relationship[i]?.score ?? null })),
      note: existing?.note ?? '',
    },
  });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    await run(async () => {
      await coachingCalls.saveEvaluation(trajectory.id, kind, v);
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      return t('coaching.evaluation.saved');
    }, form.setError);
  });
  return (
    <form onSubmit={submit} noValidate className="stack">
      <p className="muted">{t('coaching.evaluation.intro')}</p>
      <TextField
        label={t('coaching.evaluation.heldOn')}
        type="date"
        max={clock.today()}
        error={e.heldOn?.message}
        {...form.register('heldOn')}
      />
      <Controller
        control={form.control}
        name="present"
        render={({ field }) => (
          <CheckGroup
            legend={t('coaching.evaluation.present')}
            value={field.value}
            onChange={field.onChange}
            options={evaluationParticipants.map((p) => ({ value: p, label: t(`coaching.match.sides.${p}`) }))}
          />
        )}
      />
      {subgoals.map((g) => (
        <fieldset key={g} className="subgoal">
          <legend>{`${g}. ${t(`coaching.evaluation.subgoals.${g}`)}`}</legend>
          <div className="row">
            <ScoreSelect
              label={t('coaching.evaluation.score')}
              error={e.subgoals?.[`${g}`]?.score?.message}
              {...form.register(`subgoals.${g}.score`, { setValueAs: numberOrNull })}
            />
            <TextField
              label={t('coaching.evaluation.comment')}
              error={e.subgoals?.[`${g}`]?.comment?.message}
              {...form.register(`subgoals.${g}.comment`)}
            />
          </div>
        </fieldset>
      ))}
      <fieldset>
        <legend>{t('coaching.evaluation.relationship')}</legend>
        {questions.map((q, i) => (
          <ScoreSelect
            key={q}
            label={q}
            error={e.relationship?.[i]?.score?.message}
            {...form.register(`relationship.${i}.score`, { setValueAs: numberOrNull })}
          />
        ))}
      </fieldset>
      <TextArea label={t('coaching.evaluation.note')} sensitive="coach_evaluations.note" {...form.register('note')} />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

export function EvaluationSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'mid_term' | 'final'>(
    trajectory.evaluations.some((ev) => ev.kind === 'mid_term') ? 'final' : 'mid_term',
  );
  if (!trajectory.startedOn) return null;
  const snapshots = trajectory.maps.filter((m) => m.kind === 'snapshot');
  const existing = trajectory.evaluations.find((ev) => ev.kind === kind);
  return (
    <section className="card" id="evaluations" aria-labelledby="evaluations-title">
      <h2 id="evaluations-title">{t('coaching.evaluation.title')}</h2>
      <div className="segmented" role="group" aria-label={t('coaching.evaluation.title')}>
        {evaluationKinds.map((k) => (
          <Button
            key={k}
            variant={k === kind ? 'primary' : 'secondary'}
            aria-pressed={k === kind}
            onClick={() => setKind(k)}
          >
            {t(`coaching.evaluation.kinds.${k}`)}
          </Button>
        ))}
      </div>
      {existing ? (
        <p className="muted">{t('coaching.evaluation.recorded', { date: formatDate(existing.heldOn) })}</p>
      ) : null}
      <p>
        {snapshots.length >= 2 ? (
          <Link to={`/people/${trajectory.personId}/compare?from=${snapshots[0].id}&to=${snapshots.at(-1)!.id}`}>
            {t('coaching.evaluation.compare')}
          </Link>
        ) : (
          <span className="muted">{t('coaching.evaluation.needsMaps')}</span>
        )}
      </p>
      <EvaluationForm key={kind} trajectory={trajectory} kind={kind} existing={existing} />
    </section>
  );
}
