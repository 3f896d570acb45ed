import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type FieldValues, useForm, type UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { endReasons, followUpResults } from '../../../shared/coaching/model.js';
import { closeSchema, followUpSchema } from '../../../shared/coaching/schemas.js';
import { coachingCalls, coachingKeys } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import type { Trajectory } from '../../../server/modules/coaching/answers.js';
import { clock } from '../../../shared/clock.js';
import { chosen } from '../../ui/forms.js';
import type { z } from 'zod';

type Closing = z.input<typeof closeSchema>;
const closeForm = closeSchema.extend({ endReason: chosen(endReasons) });
type FollowUp = z.input<typeof followUpSchema>;

/** Saves with the given call, then shows the outcome; the programme's reads reload. */
function useSave<B>(send: (body: B) => Promise<unknown>) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  const save = <T extends FieldValues>(body: B, setError: UseFormSetError<T>) =>
    run(async () => {
      await send(body);
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      return t('coaching.closing.saved');
    }, setError);
  return { message, save };
}

function CloseForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const form = useForm({
    resolver: zodResolver(closeForm),
    defaultValues: { closedOn: '', endReason: '', note: '' },
  });
  const { message, save } = useSave((closing: Closing) => coachingCalls.close(trajectory.id, closing));
  const e = form.formState.errors;
  return (
    <form noValidate className="stack" onSubmit={form.handleSubmit((v) => save(v, form.setError))}>
      <p className="muted">{t('coaching.closing.closeHint')}</p>
      <div className="row">
        <TextField
          label={t('coaching.closing.closedOn')}
          type="date"
          max={clock.today()}
          error={e.closedOn?.message}
          {...form.register('closedOn')}
        />
        <SelectField
          label={t('coaching.closing.endReason')}
          error={e.endReason?.message}
          {...form.register('endReason')}
        >
          <option value="">{t('common.choose')}</option>
          {endReasons.map((r) => (
            <option key={r} value={r}>
              {t(`coaching.closing.endReasons.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea
        label={t('coaching.closing.note')}
        sensitive="trajectories.closing_note"
        rows={2}
        {...form.register('note')}
      />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button type="submit" variant="danger" busy={form.formState.isSubmitting}>
          {t('coaching.closing.close')}
        </Button>
      </div>
    </form>
  );
}

function FollowUpForm({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const c = trajectory.closing;
  const form = useForm({
    resolver: zodResolver(followUpSchema),
    defaultValues: {
      on: c.followUpOn ?? clock.today(),
      result: c.followUpResult ?? 'lasting',
      note: c.followUpNote ?? '',
    },
  });
  const { message, save } = useSave((result: FollowUp) => coachingCalls.followUp(trajectory.id, result));
  const e = form.formState.errors;
  return (
    <form noValidate className="stack" onSubmit={form.handleSubmit((v) => save(v, form.setError))}>
      <h3>{t('coaching.closing.followUp')}</h3>
      <p className="muted">{t('coaching.closing.followUpHint')}</p>
      {c.followUpOn ? (
        <p>
          {t('coaching.closing.followUpDone', {
            date: formatDate(c.followUpOn),
            result: t(`coaching.closing.results.${c.followUpResult}`),
          })}
        </p>
      ) : null}
      <div className="row">
        <TextField
          label={t('coaching.closing.followUpOn')}
          type="date"
          max={clock.today()}
          error={e.on?.message}
          {...form.register('on')}
        />
        <SelectField label={t('coaching.closing.result')} {...form.register('result')}>
          {followUpResults.map((r) => (
            <option key={r} value={r}>
              {t(`coaching.closing.results.${r}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextArea
        label={t('coaching.closing.note')}
        sensitive="trajectories.follow_up_note"
        rows={2}
        error={e.note?.message}
        {...form.register('note')}
      />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

export function ClosingSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const c = trajectory.closing;
  // Closing is for a trajectory that ran: a new one has nothing to close yet (issue 19).
  if (trajectory.status !== 'active' && trajectory.status !== 'closed') return null;
  return (
    <section className="card" id="closing" aria-labelledby="closing-title">
      <h2 id="closing-title">{t('coaching.closing.title')}</h2>
      {c.closedOn ? (
        <p>
          {t('coaching.closing.closed', {
            date: formatDate(c.closedOn),
            reason: t(`coaching.closing.endReasons.${c.endReason}`),
          })}
        </p>
      ) : (
        <CloseForm trajectory={trajectory} />
      )}
      {trajectory.status === 'closed' ? <FollowUpForm trajectory={trajectory} /> : null}
    </section>
  );
}
