import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intakeOutcomes, intakePoints, suitabilities } from '../../../shared/coaching/model.js';
import { intakeSchema } from '../../../shared/coaching/schemas.js';
import { coachingCalls, coachingKeys } from './api.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import type { Trajectory } from '../../../server/modules/coaching/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';
import { chosen } from '../../ui/forms.js';

const intakeForm = intakeSchema.extend({ suitability: chosen(suitabilities), outcome: chosen(intakeOutcomes) });

export function IntakeSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  const i = trajectory.intake;
  const form = useForm({
    resolver: zodResolver(intakeForm),
    defaultValues: {
      intakeOn: i?.intakeOn ?? clock.today(),
      points: i?.points ?? { wish: false, not_buddy: false, temporary: false, available: false },
      suitability: i?.suitability ?? '',
      coordinationNote: i?.coordinationNote ?? '',
      outcome: i?.outcome ?? '',
      note: i?.note ?? '',
    },
  });
  const e = form.formState.errors;
  const editable = ['registered', 'waiting', 'not_started'].includes(trajectory.status);
  const submit = form.handleSubmit(async (v) => {
    await run(async () => {
      await coachingCalls.intake(trajectory.id, v);
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      return t('coaching.intake.saved');
    }, form.setError);
  });
  return (
    <section className="card" id="intake" aria-labelledby="intake-title">
      <h2 id="intake-title">{t('coaching.intake.title')}</h2>
      <form onSubmit={submit} noValidate className="stack">
        <fieldset disabled={!editable} className="stack">
          <TextField
            label={t('coaching.intake.intakeOn')}
            type="date"
            max={clock.today()}
            error={e.intakeOn?.message}
            {...form.register('intakeOn')}
          />
          <fieldset>
            <legend>{t('coaching.intake.points')}</legend>
            <p className="field__hint">{t('coaching.intake.pointsHint')}</p>
            {intakePoints.map((p) => (
              <CheckboxField key={p} label={t(`coaching.intake.point.${p}`)} {...form.register(`points.${p}`)} />
            ))}
          </fieldset>
          <SelectField
            label={t('coaching.intake.suitability')}
            error={e.suitability?.message}
            {...form.register('suitability')}
          >
            <option value="">{t('common.choose')}</option>
            {suitabilities.map((s) => (
              <option key={s} value={s}>
                {t(`coaching.intake.suit.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextArea
            label={t('coaching.intake.coordinationNote')}
            sensitive="trajectories.coordination_note"
            hint={t('coaching.intake.coordinationHint')}
            error={e.coordinationNote?.message}
            {...form.register('coordinationNote')}
          />
          <SelectField label={t('coaching.intake.outcome')} error={e.outcome?.message} {...form.register('outcome')}>
            <option value="">{t('common.choose')}</option>
            {intakeOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(`coaching.intake.outcomes.${o}`)}
              </option>
            ))}
          </SelectField>
          <TextArea
            label={t('coaching.intake.note')}
            sensitive="trajectories.intake_note"
            error={e.note?.message}
            {...form.register('note')}
          />
          {trajectory.consents?.includes('registration') ? (
            <p className="muted">
              {t('coaching.intake.consentGiven', {
                purposes: trajectory.consents.map((c) => t(`consent.purposes.${c}`)).join(', '),
              })}
            </p>
          ) : (
            <Alert kind="warning">{t('coaching.intake.consentMissing')}</Alert>
          )}
          <p>
            <Link to={`/people/${trajectory.personId}`}>{t('coaching.intake.consent')}</Link>
          </p>
          {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
          <div className="button-row">
            <Button type="submit" busy={form.formState.isSubmitting}>
              {t('common.save')}
            </Button>
          </div>
        </fieldset>
      </form>
    </section>
  );
}
