import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SensitiveMark } from '../../ui/Field.js';
import {
  type FollowUpBy,
  type FollowUpOutcome,
  type FollowUpWay,
  followUpByKinds,
  followUpOutcomes,
  followUpWays,
} from '../../../shared/groups/model.js';
import { oneOf } from '../../ui/forms.js';
import { groupCalls, groupKeys } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button } from '../../ui/basics.js';
import type { GroupDashboard } from '../../../server/modules/groups/answers.js';
import { clock } from '../../../shared/clock.js';

function FollowUpItem({
  item,
  participants,
}: {
  item: GroupDashboard['followUps'][number];
  participants: GroupDashboard['participants'];
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [how, setHow] = useState<FollowUpWay>(item.how ?? 'call');
  const [byKind, setByKind] = useState<FollowUpBy>(item.byKind ?? 'worker');
  const [byParticipant, setByParticipant] = useState(item.byParticipant ?? '');
  const [outcome, setOutcome] = useState<FollowUpOutcome>('coming_back');
  const [note, setNote] = useState(item.note ?? '');
  const save = useMutation({
    mutationFn: () =>
      groupCalls.updateFollowUp(item.id, {
        how,
        byKind,
        byParticipant: byKind === 'participant' ? byParticipant || null : null,
        outcome,
        note,
        doneOn: clock.today(),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
  return (
    <li className="follow-up">
      <p>
        <strong>{t('groups.followUpText', { name: item.name, date: formatDate(item.missedSince) })}</strong>
      </p>
      <div className="inline-form">
        <label className="inline-field">
          {t('groups.how')}
          <select value={how} onChange={(e) => setHow(oneOf(followUpWays, e.target.value, how))}>
            {(['call', 'visit'] as const).map((h) => (
              <option key={h} value={h}>
                {t(`groups.hows.${h}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.byKind')}
          <select value={byKind} onChange={(e) => setByKind(oneOf(followUpByKinds, e.target.value, byKind))}>
            {(['worker', 'participant'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`groups.byKinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        {byKind === 'participant' ? (
          <label className="inline-field">
            {t('groups.byParticipant')}
            <select value={byParticipant} onChange={(e) => setByParticipant(e.target.value)}>
              <option value="">—</option>
              {participants
                .filter((p) => p.id !== item.participantId)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
            </select>
          </label>
        ) : null}
        <label className="inline-field">
          {t('groups.outcome')}
          <select value={outcome} onChange={(e) => setOutcome(oneOf(followUpOutcomes, e.target.value, outcome))}>
            {followUpOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(`groups.outcomes.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.sessionNote')}
          <SensitiveMark />
          <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <Button variant="secondary" busy={save.isPending} onClick={() => save.mutate()}>
          {t('groups.followUpDone')}
        </Button>
      </div>
      {save.error ? <Alert kind="error">{save.error.message}</Alert> : null}
    </li>
  );
}

export function FollowUps({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="follow-ups">
      <h2 id="follow-ups">
        {t('groups.followUps')} <span className="count">({dashboard.followUps.length})</span>
      </h2>
      {dashboard.followUps.length === 0 ? (
        <p className="muted">{t('groups.followUpsEmpty')}</p>
      ) : (
        <ul className="plain-list stack">
          {dashboard.followUps.map((f) => (
            <FollowUpItem key={f.id} item={f} participants={dashboard.participants} />
          ))}
        </ul>
      )}
    </section>
  );
}
