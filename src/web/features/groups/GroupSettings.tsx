import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type GroupWorkerRole, groupPhases, groupWorkerRoles, startConditions } from '../../../shared/groups/model.js';
import { groupCalls, groupKeys, groupQueries } from './api.js';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { eurosToCents, oneOf, parseDecimal } from '../../ui/forms.js';
import type { GroupDashboard } from '../../../server/modules/groups/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

export function GroupSettings({ dashboard }: { dashboard: GroupDashboard }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const g = dashboard.group;
  const staff = useQuery(groupQueries.staff());
  const [conditions, setConditions] = useState<Record<string, boolean>>(g.conditions);
  const [values, setValues] = useState({
    targetParticipants: String(g.targetParticipants),
    activityHours: String(g.activityHours),
    availableHours: String(g.availableHours),
    absenceThreshold: String(g.absenceThreshold),
    budget: euros(g.budgetCents),
    spent: euros(g.spentCents),
    own: euros(g.ownContributionCents),
  });
  const [roles, setRoles] = useState<Record<string, GroupWorkerRole | ''>>(
    Object.fromEntries(dashboard.workers.map((w) => [w.userId, w.role])),
  );
  const [phases, setPhases] = useState(g.phases);
  const { message, run } = useSaveMessage();
  const set = (k: keyof typeof values, v: string) => setValues((s) => ({ ...s, [k]: v }));
  const setPhase = (p: string, k: string, v: string) =>
    setPhases((s) => ({ ...s, [p]: { ...(s as Record<string, object>)[p], [k]: v || null } }));
  async function save() {
    await run(async () => {
      await groupCalls.updateGroup(g.id, {
        conditions,
        phases,
        targetParticipants: Number(values.targetParticipants),
        activityHours: parseDecimal(values.activityHours),
        availableHours: parseDecimal(values.availableHours),
        absenceThreshold: Number(values.absenceThreshold),
        budgetCents: eurosToCents(values.budget),
        spentCents: eurosToCents(values.spent),
        ownContributionCents: eurosToCents(values.own),
        workers: Object.entries(roles).flatMap(([userId, role]) => (role ? [{ userId, role }] : [])),
      });
      await client.invalidateQueries({ queryKey: groupKeys.all });
      return t('groups.saved');
    });
  }
  return (
    <details className="card">
      <summary>{t('groups.settings')}</summary>
      <div className="stack">
        <fieldset>
          <legend>{t('groups.conditions')}</legend>
          {startConditions.map((c) => (
            <CheckboxField
              key={c}
              label={t(`groups.conditionNames.${c}`)}
              checked={!!conditions[c]}
              onChange={(e) => setConditions({ ...conditions, [c]: e.target.checked })}
            />
          ))}
        </fieldset>
        <div className="row">
          <TextField
            label={t('groups.targetParticipants')}
            type="number"
            value={values.targetParticipants}
            onChange={(e) => set('targetParticipants', e.target.value)}
          />
          <TextField
            label={t('groups.absenceThreshold')}
            type="number"
            value={values.absenceThreshold}
            onChange={(e) => set('absenceThreshold', e.target.value)}
          />
          <TextField
            label={t('groups.activityHours')}
            inputMode="decimal"
            value={values.activityHours}
            onChange={(e) => set('activityHours', e.target.value)}
          />
          <TextField
            label={t('groups.availableHours')}
            inputMode="decimal"
            value={values.availableHours}
            onChange={(e) => set('availableHours', e.target.value)}
          />
        </div>
        <fieldset>
          <legend>{t('groups.money')}</legend>
          <div className="row">
            <TextField
              label={t('groups.budget')}
              inputMode="decimal"
              value={values.budget}
              onChange={(e) => set('budget', e.target.value)}
            />
            <TextField
              label={t('groups.spent')}
              inputMode="decimal"
              value={values.spent}
              onChange={(e) => set('spent', e.target.value)}
            />
            <TextField
              label={t('groups.ownContribution')}
              inputMode="decimal"
              value={values.own}
              onChange={(e) => set('own', e.target.value)}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('groups.workers')}</legend>
          {(staff.data ?? [])
            .filter((s) => s.role === 'social_worker')
            .map((s) => (
              <SelectField
                key={s.id}
                label={s.name}
                value={roles[s.id] ?? ''}
                onChange={(e) => setRoles({ ...roles, [s.id]: oneOf(['', ...groupWorkerRoles], e.target.value, '') })}
              >
                <option value="">{t('groups.noRole')}</option>
                <option value="worker">{t('groups.workerRoles.worker')}</option>
                <option value="backup">{t('groups.workerRoles.backup')}</option>
              </SelectField>
            ))}
        </fieldset>
        <fieldset>
          <legend>{t('groups.phaseDates')}</legend>
          {groupPhases.map((p) => (
            <div key={p} className="row">
              <strong>{t(`groups.phases.${p}`)}</strong>
              {(['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'] as const).map((k) => (
                <TextField
                  key={k}
                  label={`${t(`groups.phases.${p}`)}: ${t(`groups.${k}`)}`}
                  type="date"
                  value={(phases as Record<string, Record<string, string | null>>)[p]?.[k] ?? ''}
                  onChange={(e) => setPhase(p, k, e.target.value)}
                />
              ))}
            </div>
          ))}
        </fieldset>
        {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
        <div className="button-row">
          <Button onClick={save}>{t('common.save')}</Button>
        </div>
      </div>
    </details>
  );
}
