import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cameVia } from '../../../shared/groups/model.js';
import { participantFields } from '../../../shared/groups/schemas.js';
import { groupCalls, groupKeys } from './api.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { listText } from '../../ui/forms.js';
import type { GroupDashboard } from '../../../server/modules/groups/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

/** The route's schema for a new person, with talents typed as one text ("koken, tuinieren"). */
const newParticipantForm = participantFields.extend({
  person: participantFields.shape.person.unwrap(),
  talents: listText(participantFields.shape.talents.removeDefault()),
});

function AddParticipant({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  const blank = {
    person: { firstName: '', lastName: '', phone: '' },
    cameVia: 'referral' as const,
    cameViaNote: '',
    wishes: '',
    talents: '',
    emergencyContact: '',
    status: 'invited' as const,
    onDate: clock.today(),
  };
  const form = useForm({ resolver: zodResolver(newParticipantForm), defaultValues: blank });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    await run(async () => {
      await groupCalls.addParticipant(groupId, v);
      await client.invalidateQueries({ queryKey: groupKeys.all });
      form.reset(blank);
      return t('groups.saved');
    }, form.setError);
  });
  return (
    <details>
      <summary>{t('groups.addParticipant')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        <div className="row">
          <TextField
            label={t('groups.firstName')}
            required
            error={e.person?.firstName?.message}
            {...form.register('person.firstName')}
          />
          <TextField
            label={t('groups.lastName')}
            error={e.person?.lastName?.message}
            {...form.register('person.lastName')}
          />
          <TextField
            label={t('fields.phone')}
            type="tel"
            error={e.person?.phone?.message}
            {...form.register('person.phone')}
          />
        </div>
        <div className="row">
          <SelectField label={t('groups.cameVia')} {...form.register('cameVia')}>
            {cameVia.map((c) => (
              <option key={c} value={c}>
                {t(`groups.cameVias.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('groups.cameViaNote')} {...form.register('cameViaNote')} />
        </div>
        <TextArea
          label={t('groups.wishes')}
          sensitive="group_participants.wishes"
          rows={2}
          {...form.register('wishes')}
        />
        <div className="row">
          <TextField label={t('groups.talents')} hint={t('groups.talentsHint')} {...form.register('talents')} />
          <TextField
            label={t('groups.emergencyContact')}
            hint={t('groups.emergencyHint')}
            {...form.register('emergencyContact')}
          />
        </div>
        <div className="row">
          <SelectField label={t('groups.startStatus')} {...form.register('status')}>
            {(['invited', 'introduction'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`groups.routeStatus.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('groups.onDate')} type="date" error={e.onDate?.message} {...form.register('onDate')} />
        </div>
        {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('groups.addParticipant')}
          </Button>
        </div>
      </form>
    </details>
  );
}

export function ParticipantsSection({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="participants">
      <h2 id="participants">
        {t('groups.participants')} <span className="count">({dashboard.participants.length})</span>
      </h2>
      <ul className="plain-list participant-list">
        {dashboard.participants.map((p) => (
          <li key={p.id}>
            <Link to={`/groups/participants/${p.id}`}>{p.name}</Link> · {t(`groups.routeStatus.${p.status}`)}
            {p.noEmergencyContact ? (
              <>
                {' '}
                · <span className="badge badge--warning">{t('groups.noEmergencyContact')}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <AddParticipant groupId={dashboard.group.id} />
    </section>
  );
}
