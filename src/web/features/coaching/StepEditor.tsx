import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type StepStatus, stepStatuses } from '../../../shared/coaching/model.js';
import { oneOf } from '../../ui/forms.js';
import { type ActionPlan, type ChosenPlace, actionsWithoutPlan, stepOf } from '../../../shared/coaching/steps.js';
import { ApiError } from '../../api.js';
import { networkQueries } from '../network/api.js';
import { coachingCalls, coachingKeys } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { ItemList } from '../../ui/inputs.js';
import { MapPlacesField } from './MapPlacesField.js';
import type { StepState, Trajectory } from '../../../server/modules/coaching/answers.js';

const emptyPlan = (action: string): ActionPlan => ({
  action,
  goal: '',
  steps: '',
  helpers: '',
  when: '',
  firstStep: '',
  obstacles: '',
});
const planKeys = ['goal', 'steps', 'helpers', 'when', 'firstStep', 'obstacles'] as const;

function Plans({ plans, top3, onChange }: { plans: ActionPlan[]; top3: string[]; onChange(next: ActionPlan[]): void }) {
  const { t } = useTranslation();
  const missing = actionsWithoutPlan(top3, plans);
  const set = (i: number, key: keyof ActionPlan, value: string) =>
    onChange(plans.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  return (
    <div className="stack">
      {plans.map((p, i) => (
        <fieldset key={i} className="plan">
          <legend>{t('coaching.plan.plansFor', { action: p.action })}</legend>
          {planKeys.map((k) =>
            k === 'goal' || k === 'steps' || k === 'obstacles' ? (
              <TextArea
                key={k}
                label={t(`coaching.plan.planFields.${k}`)}
                rows={2}
                value={p[k]}
                onChange={(e) => set(i, k, e.target.value)}
              />
            ) : (
              <TextField
                key={k}
                label={t(`coaching.plan.planFields.${k}`)}
                value={p[k]}
                onChange={(e) => set(i, k, e.target.value)}
              />
            ),
          )}
          <Button variant="link" onClick={() => onChange(plans.filter((_, j) => j !== i))}>
            {t('coaching.plan.removePlan')}
          </Button>
        </fieldset>
      ))}
      {plans.length < 3
        ? missing.map((action) => (
            <Button key={action} variant="secondary" onClick={() => onChange([...plans, emptyPlan(action)])}>
              {t('coaching.plan.planFor', { action })}
            </Button>
          ))
        : null}
    </div>
  );
}

export function StepEditor({
  trajectory,
  step,
  state,
}: {
  trajectory: Trajectory;
  step: number;
  state: StepState | undefined;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const def = stepOf(step)!;
  const [sheet, setSheet] = useState<Record<string, unknown>>(state?.worksheet ?? {});
  const [status, setStatus] = useState<StepStatus>(state?.status ?? 'in_progress');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string; conflict?: boolean } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const top3 = (trajectory.steps.find((s) => s.step === 7)?.worksheet.top3 as string[] | undefined) ?? [];
  // Step 6: think-along people and invitees can be picked from the latest network map.
  const latestMap = step === 6 ? trajectory.maps.filter((m) => m.kind === 'snapshot').at(-1) : undefined;
  const mapPeople = useQuery({ ...networkQueries.map(latestMap?.id), enabled: !!latestMap });
  const fromMap = (mapPeople.data?.alters ?? []).filter((a) => a.kind === 'person' && !a.deceased).map((a) => a.name);
  const label = (key: string) => t(`coaching.steps.${step}.fields.${key}`);

  // What is typed is kept on the server as it is typed (issue 19): a short pause, opening another
  // step or leaving the page saves it, so nothing typed is thrown away and nothing of it is left in
  // the browser. The version goes along with every save, so two people never overwrite each other.
  const version = useRef(state?.version ?? 0);
  const pending = useRef<{ sheet: Record<string, unknown>; status: StepStatus } | null>(null);
  const [draft, setDraft] = useState<'saved' | 'saving' | null>(null);
  const set = (key: string, value: unknown) =>
    setSheet((s) => {
      const next = { ...s, [key]: value };
      pending.current = { sheet: next, status };
      return next;
    });
  // One save at a time, each with the version the previous one returned.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const send = useCallback(
    (values: { sheet: Record<string, unknown>; status: StepStatus }) => {
      // Empty answers are not stored, so the worksheet holds only what was really filled in.
      const worksheet = Object.fromEntries(
        Object.entries(values.sheet).filter(([, v]) => v !== '' && !(Array.isArray(v) && v.length === 0)),
      );
      const run = queue.current.then(async () => {
        const saved = await coachingCalls.saveStep(trajectory.id, step, {
          status: values.status,
          worksheet,
          version: version.current,
        });
        version.current = saved.version;
      });
      queue.current = run.catch(() => undefined);
      return run;
    },
    [trajectory.id, step],
  );
  /** A failed save, by hand or as a draft, said the same way: a conflict, or the fields at fault. */
  const showFailure = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'step_conflict') {
        setMessage({ kind: 'error', text: t('coaching.plan.conflict'), conflict: true });
        return;
      }
      if (error instanceof ApiError)
        setFieldErrors(
          Object.fromEntries(error.fields.map((f) => [f.path.replace(/^worksheet\./, '').split('.')[0], f.message])),
        );
      setMessage({ kind: 'error', text: error instanceof Error ? error.message : t('errors.generic') });
    },
    [t],
  );
  const flush = useCallback(async () => {
    const values = pending.current;
    if (!values) return;
    pending.current = null;
    setDraft('saving');
    try {
      await send(values);
      setDraft('saved');
    } catch (error) {
      pending.current = pending.current ?? values; // not lost: the next pause or Save tries again
      setDraft(null);
      showFailure(error);
    }
  }, [send, showFailure]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the sheet starts the pause again
  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => void flush(), 1500);
    return () => clearTimeout(timer);
  }, [sheet, flush]);
  // Closing the step or leaving for another page saves what is still waiting; closing the browser
  // tab with something unsaved asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (pending.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      const values = pending.current;
      // The editor is gone, so a failure of this last save has nowhere to show; the step then
      // reopens with what was saved before. The reload follows only a save that worked.
      if (values)
        void send(values)
          .then(() => client.invalidateQueries({ queryKey: coachingKeys.trajectory(trajectory.id) }))
          .catch(() => undefined);
    };
  }, [send, client, trajectory.id]);

  async function save() {
    setBusy(true);
    setMessage(null);
    setFieldErrors({});
    pending.current = null;
    try {
      await send({ sheet, status });
      await client.invalidateQueries({ queryKey: coachingKeys.trajectory(trajectory.id) });
      setDraft(null);
      setMessage({ kind: 'success', text: t('coaching.plan.saved') });
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      <div className="step__guide">
        <h4>{t('coaching.plan.forCoach')}</h4>
        <p>{t(`coaching.steps.${step}.coach`)}</p>
        <h4>{t('coaching.plan.tips')}</h4>
        <p>{t(`coaching.steps.${step}.tips`)}</p>
      </div>
      <h4>{t('coaching.plan.worksheet')}</h4>
      {def.fields.map((f) => {
        const value = sheet[f.key];
        const error = fieldErrors[f.key];
        switch (f.kind) {
          case 'text':
            return (
              <TextField
                key={f.key}
                label={label(f.key)}
                maxLength={300}
                error={error}
                value={(value as string) ?? ''}
                onChange={(e) => set(f.key, e.target.value)}
              />
            );
          case 'long':
            return (
              <TextArea
                key={f.key}
                label={label(f.key)}
                sensitive="trajectory_steps.worksheet"
                maxLength={4000}
                error={error}
                value={(value as string) ?? ''}
                onChange={(e) => set(f.key, e.target.value)}
              />
            );
          case 'date':
            return (
              <TextField
                key={f.key}
                type="date"
                label={label(f.key)}
                error={error}
                value={(value as string) ?? ''}
                onChange={(e) => set(f.key, e.target.value)}
              />
            );
          case 'list':
            return (
              <ItemList
                key={f.key}
                label={label(f.key)}
                error={error}
                items={(value as string[]) ?? []}
                onChange={(v) => set(f.key, v)}
                suggestions={step === 6 ? fromMap : []}
                suggestionsLabel={t('coaching.plan.fromMap')}
              />
            );
          case 'top3':
            return (
              <ItemList
                key={f.key}
                label={label(f.key)}
                error={error}
                max={3}
                items={(value as string[]) ?? []}
                onChange={(v) => set(f.key, v)}
              />
            );
          case 'plans':
            return (
              <Plans key={f.key} plans={(value as ActionPlan[]) ?? []} top3={top3} onChange={(v) => set(f.key, v)} />
            );
          case 'mapPlaces':
            return (
              <MapPlacesField
                key={f.key}
                label={label(f.key)}
                personId={trajectory.personId}
                error={error}
                places={(value as ChosenPlace[]) ?? []}
                onChange={(v) => set(f.key, v)}
              />
            );
          case 'network': {
            const maps = trajectory.maps.filter((m) => (step === 1 ? m.kind === 'dream' : m.kind === 'snapshot'));
            const chosen = (value as string) || maps.at(-1)?.id || '';
            return (
              <div key={f.key} className="stack">
                {maps.length === 0 ? (
                  <p className="muted">{t('coaching.plan.noMaps')}</p>
                ) : (
                  <>
                    <SelectField label={label(f.key)} value={chosen} onChange={(e) => set(f.key, e.target.value)}>
                      {maps.map((m) => (
                        <option
                          key={m.id}
                          value={m.id}
                        >{`${t(`network.labels.${m.label}`)} · ${formatDate(m.takenOn)}`}</option>
                      ))}
                    </SelectField>
                    <Link to={`/people/${trajectory.personId}/maps/${chosen}`}>{t('coaching.plan.openMap')}</Link>
                  </>
                )}
              </div>
            );
          }
          default:
            return null;
        }
      })}
      <TextArea
        label={t('coaching.plan.notes')}
        sensitive="trajectory_steps.worksheet"
        maxLength={4000}
        value={(sheet.notes as string) ?? ''}
        onChange={(e) => set('notes', e.target.value)}
      />
      <SelectField
        label={t('coaching.plan.stepStatus')}
        value={status}
        onChange={(e) => setStatus(oneOf(stepStatuses, e.target.value, status))}
      >
        {stepStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`coaching.stepStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {/* A worksheet is long: saving stays in view at the bottom of the screen while it is open. */}
      <div className="sticky-actions">
        {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
        <p className="muted small" role="status">
          {draft === 'saving' ? t('coaching.plan.draftSaving') : draft === 'saved' ? t('coaching.plan.draftSaved') : ''}
        </p>
        <div className="button-row">
          <Button busy={busy} onClick={save}>
            {t('common.save')}
          </Button>
          {message?.conflict ? (
            <Button
              variant="secondary"
              onClick={() => client.invalidateQueries({ queryKey: coachingKeys.trajectory(trajectory.id) })}
            >
              {t('coaching.plan.reload')}
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
