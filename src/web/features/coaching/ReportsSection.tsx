import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { signals } from '../../../shared/coaching/model.js';
import { reportSchema } from '../../../shared/coaching/schemas.js';
import { stepNumbers } from '../../../shared/coaching/steps.js';
import { coachingCalls, coachingKeys } from './api.js';
import { formatDate, formatDecimal, formatEuros, formatNumber } from '../../i18n/index.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { blankToNull, decimalText, euroText } from '../../ui/forms.js';
import { CheckGroup } from '../../ui/inputs.js';
import type { Report, Trajectory } from '../../../server/modules/coaching/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

/** The route's report, with numbers and amounts typed as text and steps ticked as boxes. */
const reportForm = reportSchema.extend({
  durationMinutes: decimalText(reportSchema.shape.durationMinutes),
  steps: z
    .array(z.string())
    .transform((steps) => steps.map(Number))
    .pipe(reportSchema.shape.steps.removeDefault()),
  hours: decimalText(reportSchema.shape.hours),
  expensesCents: euroText(reportSchema.shape.expensesCents.removeDefault()),
});
type Values = z.input<typeof reportForm>;

/** A coach's own list has no author and nothing to mark as theirs; a trajectory's list has both. */
type ListedReport = Omit<Report, 'author' | 'own'> & Partial<Pick<Report, 'author' | 'own'>>;

export function ReportList({ reports }: { reports: ListedReport[] }) {
  const { t } = useTranslation();
  if (reports.length === 0) return <p className="muted">{t('coaching.reports.empty')}</p>;
  return (
    <ul className="reports">
      {reports.map((r) => (
        <ReportItem key={r.id} report={r} />
      ))}
    </ul>
  );
}

function ReportItem({ report: r }: { report: ListedReport }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mode, setMode] = useState<'read' | 'correct' | 'remove'>('read');
  const [reason, setReason] = useState('');
  const remove = useMutation({
    mutationFn: () => coachingCalls.removeReport(r.id, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: coachingKeys.all }),
  });
  if (mode === 'correct')
    return (
      <li className="report">
        <ReportForm
          title={t('coaching.reports.correctTitle', { date: formatDate(r.metOn) })}
          initial={asFormValues(r)}
          send={(report) => coachingCalls.correctReport(r.id, report)}
          onDone={() => setMode('read')}
        />
        <Button variant="secondary" onClick={() => setMode('read')}>
          {t('common.cancel')}
        </Button>
      </li>
    );
  return (
    <li className="report">
      <div className="muted">
        {t('coaching.reports.meta', {
          date: formatDate(r.metOn),
          minutes: r.durationMinutes,
          place: r.place ?? '',
        })}
        {r.author ? <> · {t('coaching.reports.by', { author: r.author })}</> : null}
        {' · '}
        {t('coaching.reports.hoursValue', { hours: formatNumber(r.hours) })}
        {r.expensesCents > 0 ? <> · {formatEuros(r.expensesCents)}</> : null}
      </div>
      {r.steps.length > 0 ? <div>{r.steps.map((s) => t('coaching.stepShort', { step: s })).join(', ')}</div> : null}
      {r.summary ? <p className="user-text">{r.summary}</p> : null}
      {r.agreements ? (
        <p className="user-text">
          <strong>{t('coaching.reports.agreements')}:</strong> {r.agreements}
        </p>
      ) : null}
      {r.signal ? (
        <p className="signal-line">
          <span className="badge badge--warning">{t(`coaching.signals.${r.signal}`)}</span>{' '}
          <span className="user-text">{r.signalNote}</span>
          {r.signalHandledOn ? (
            <>
              {' '}
              · {t('coaching.reports.handled', { date: formatDate(r.signalHandledOn) })}
              {r.signalResponse ? `: ${r.signalResponse}` : ''}
            </>
          ) : null}
        </p>
      ) : null}
      {r.mayChange && mode === 'read' ? (
        <div className="button-row">
          <Button variant="link" onClick={() => setMode('correct')}>
            {t('coaching.reports.correct')}
          </Button>
          <Button variant="link" onClick={() => setMode('remove')}>
            {t('coaching.reports.remove')}
          </Button>
        </div>
      ) : null}
      {mode === 'remove' ? (
        <div className="inline-form">
          <TextField
            label={t('coaching.reports.removeReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
            error={remove.error?.message}
          />
          <Button variant="danger" busy={remove.isPending} onClick={() => remove.mutate()}>
            {t('coaching.reports.removeConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setMode('read')}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** A report as the form holds it: numbers and amounts as text. */
const asFormValues = (r: ListedReport): Values => ({
  metOn: r.metOn,
  durationMinutes: String(r.durationMinutes),
  place: r.place ?? '',
  steps: r.steps.map(String),
  summary: r.summary,
  agreements: r.agreements ?? '',
  hours: formatDecimal(r.hours),
  expensesCents: r.expensesCents ? formatDecimal(r.expensesCents / 100) : '',
  signal: r.signal,
  signalNote: r.signalNote ?? '',
});

/**
 * A new report, or a correction of one. Nothing is filled in for the writer but today's date:
 * how long, how many hours and what happened are theirs to say (issue 19).
 */
function ReportForm({
  title,
  initial,
  send,
  onDone,
}: {
  title: string;
  initial?: Values;
  send: (values: z.output<typeof reportForm>) => Promise<unknown>;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  const blank: Values = {
    metOn: clock.today(),
    durationMinutes: '',
    place: '',
    steps: [],
    summary: '',
    agreements: '',
    hours: '',
    expensesCents: '',
    signal: null,
    signalNote: '',
  };
  const form = useForm({ resolver: zodResolver(reportForm), defaultValues: initial ?? blank });
  const e = form.formState.errors;
  const signal = form.watch('signal');
  const submit = form.handleSubmit(async (v) => {
    await run(async () => {
      await send(v);
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      if (!initial) form.reset(blank);
      onDone?.();
      return t('coaching.reports.saved');
    }, form.setError);
  });
  return (
    <form onSubmit={submit} noValidate className="stack report-form">
      <h3>{title}</h3>
      <p className="muted">{t('coaching.reports.intro')}</p>
      <div className="row">
        <TextField
          label={t('coaching.reports.metOn')}
          type="date"
          max={clock.today()}
          error={e.metOn?.message}
          {...form.register('metOn')}
        />
        <TextField
          label={t('coaching.reports.duration')}
          type="number"
          inputMode="numeric"
          min={1}
          max={720}
          error={e.durationMinutes?.message}
          {...form.register('durationMinutes')}
        />
        <TextField label={t('coaching.reports.place')} error={e.place?.message} {...form.register('place')} />
      </div>
      <Controller
        control={form.control}
        name="steps"
        render={({ field }) => (
          <CheckGroup
            legend={t('coaching.reports.steps')}
            value={field.value}
            onChange={field.onChange}
            options={stepNumbers.map((n) => ({ value: String(n), label: `${n}. ${t(`coaching.steps.${n}.title`)}` }))}
          />
        )}
      />
      <TextArea
        label={t('coaching.reports.summary')}
        sensitive="session_reports.summary"
        rows={3}
        error={e.summary?.message}
        {...form.register('summary')}
      />
      <TextArea
        label={t('coaching.reports.agreements')}
        sensitive="session_reports.agreements"
        rows={2}
        error={e.agreements?.message}
        {...form.register('agreements')}
      />
      <div className="row">
        <TextField
          label={t('coaching.reports.hours')}
          inputMode="decimal"
          error={e.hours?.message}
          {...form.register('hours')}
        />
        <TextField
          label={t('coaching.reports.expenses')}
          hint={t('coaching.reports.expensesHint')}
          inputMode="decimal"
          error={e.expensesCents?.message}
          {...form.register('expensesCents')}
        />
      </div>
      <SelectField
        label={t('coaching.reports.signal')}
        error={e.signal?.message}
        {...form.register('signal', { setValueAs: blankToNull })}
      >
        <option value="">{t('coaching.reports.signalNone')}</option>
        {signals.map((s) => (
          <option key={s} value={s}>
            {t(`coaching.signals.${s}`)}
          </option>
        ))}
      </SelectField>
      {signal ? (
        <TextArea
          label={t('coaching.reports.signalNote')}
          sensitive="session_reports.signal_note"
          rows={2}
          error={e.signalNote?.message}
          {...form.register('signalNote')}
        />
      ) : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

export function ReportsSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  return (
    <section className="card" id="reports" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('coaching.reports.title')}</h2>
      {trajectory.status === 'active' ? (
        <ReportForm
          title={t('coaching.reports.new')}
          send={(report) => coachingCalls.addReport(trajectory.id, report)}
        />
      ) : null}
      <ReportList reports={trajectory.reports} />
    </section>
  );
}
