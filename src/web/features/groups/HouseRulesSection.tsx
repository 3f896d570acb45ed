import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupCalls, groupKeys } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { TextArea } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import type { GroupDashboard } from '../../../server/modules/groups/answers.js';
import { clock } from '../../../shared/clock.js';

export function HouseRulesSection({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = dashboard.houseRules[0];
  const [text, setText] = useState(current?.rules.join('\n') ?? '');
  const [on, setOn] = useState(clock.today());
  const save = useMutation({
    mutationFn: () =>
      groupCalls.addHouseRules(dashboard.group.id, {
        agreedOn: on,
        rules: text
          .split('\n')
          .map((r) => r.trim())
          .filter(Boolean),
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: groupKeys.all }),
  });
  return (
    <section className="card" aria-labelledby="house-rules">
      <h2 id="house-rules">{t('groups.houseRules')}</h2>
      <p className="muted">{t('groups.houseRulesHint')}</p>
      {current ? (
        <>
          <p>{t('groups.houseRulesVersion', { version: current.version, date: formatDate(current.agreedOn) })}</p>
          <ul>
            {current.rules.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="muted">{t('groups.noRules')}</p>
      )}
      <details>
        <summary>{t('groups.newRules')}</summary>
        <div className="stack">
          <TextArea label={t('groups.ruleLine')} value={text} onChange={(e) => setText(e.target.value)} />
          <label className="inline-field">
            {t('groups.agreedOn')}
            <input type="date" value={on} max={clock.today()} onChange={(e) => setOn(e.target.value)} />
          </label>
          {save.error ? <Alert kind="error">{save.error.message}</Alert> : null}
          <div className="button-row">
            <Button busy={save.isPending} onClick={() => save.mutate()}>
              {t('common.save')}
            </Button>
          </div>
        </div>
      </details>
    </section>
  );
}

export function ActivitiesSection({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [recurrence, setRecurrence] = useState<'weekly' | 'one_off'>('weekly');
  const [audience, setAudience] = useState<'group' | 'neighbourhood'>('group');
  const add = useMutation({
    mutationFn: () => groupCalls.addActivity(dashboard.group.id, { name, recurrence, audience }),
    onSuccess: () => {
      setName('');
      return client.invalidateQueries({ queryKey: groupKeys.all });
    },
  });
  return (
    <section className="card" aria-labelledby="activities">
      <h2 id="activities">{t('groups.activities')}</h2>
      <ul className="plain-list">
        {dashboard.activities.map((a) => (
          <li key={a.id}>
            {a.name} ·{' '}
            <span className="muted">
              {t(`groups.recurrences.${a.recurrence}`)}, {t(`groups.audiences.${a.audience}`)}
            </span>
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <label className="inline-field">
          {t('groups.activityName')}
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="inline-field">
          {t('groups.recurrence')}
          <select value={recurrence} onChange={(e) => setRecurrence(e.target.value as never)}>
            {(['weekly', 'one_off'] as const).map((r) => (
              <option key={r} value={r}>
                {t(`groups.recurrences.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.audience')}
          <select value={audience} onChange={(e) => setAudience(e.target.value as never)}>
            {(['group', 'neighbourhood'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`groups.audiences.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <Button variant="secondary" busy={add.isPending} onClick={() => add.mutate()}>
          {t('groups.addActivity')}
        </Button>
      </div>
      {add.error ? <Alert kind="error">{add.error.message}</Alert> : null}
    </section>
  );
}
