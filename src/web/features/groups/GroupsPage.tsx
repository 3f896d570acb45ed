import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { groupCalls, groupQueries } from './api.js';
import { formatDate, formatMonth, formatNumber, formatShare } from '../../i18n/index.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Page, QueryStatus } from '../../ui/basics.js';
import { applyServerErrors, decimalText } from '../../ui/forms.js';
import { groupSchema } from '../../../shared/groups/schemas.js';
import { clock } from '../../../shared/clock.js';

/** The route's schema, with the hours typed as text the Dutch or the English way. */
const newGroupForm = groupSchema.extend({
  activityHours: decimalText(groupSchema.shape.activityHours.removeDefault()),
  availableHours: decimalText(groupSchema.shape.availableHours.removeDefault()),
});

function NewGroup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(newGroupForm),
    defaultValues: { name: '', location: '', startedOn: clock.today(), activityHours: '2.5', availableHours: '4' },
  });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { id } = await groupCalls.createGroup(v);
      void navigate(`/groups/${id}`);
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });
  return (
    <details className="card">
      <summary>{t('groups.new')}</summary>
      <form onSubmit={submit} noValidate className="stack">
        {message ? <Alert kind="error">{message}</Alert> : null}
        <div className="row">
          <TextField label={t('groups.name')} required error={e.name?.message} {...form.register('name')} />
          <TextField label={t('groups.location')} error={e.location?.message} {...form.register('location')} />
          <TextField
            label={t('groups.startedOn')}
            type="date"
            error={e.startedOn?.message}
            {...form.register('startedOn')}
          />
        </div>
        <div className="row">
          <TextField
            label={t('groups.activityHours')}
            inputMode="decimal"
            error={e.activityHours?.message}
            {...form.register('activityHours')}
          />
          <TextField
            label={t('groups.availableHours')}
            inputMode="decimal"
            error={e.availableHours?.message}
            {...form.register('availableHours')}
          />
        </div>
        <div className="button-row">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('groups.create')}
          </Button>
        </div>
      </form>
    </details>
  );
}

/** Visits per month as small bars; the words for a screen reader say the same numbers. */
function AttendanceTrend({ months }: { months: { month: string; visits: number }[] }) {
  const { t } = useTranslation();
  const most = Math.max(1, ...months.map((m) => m.visits));
  const said = months.map((m) => `${formatMonth(m.month)}: ${formatNumber(m.visits)}`).join(', ');
  return (
    <span className="trend" role="img" aria-label={t('groups.overview.attendance', { months: said })}>
      <span className="trend__label" aria-hidden="true">
        {t('groups.overview.attendanceShort')}
      </span>
      <span className="trend__bars" aria-hidden="true">
        {months.map((m) => (
          <span key={m.month} className="trend__bar" style={{ height: `${Math.round((m.visits / most) * 100)}%` }} />
        ))}
      </span>
    </span>
  );
}

export function GroupsPage() {
  const { t } = useTranslation();
  const groups = useQuery(groupQueries.groups());
  return (
    <Page title={t('groups.title')}>
      <p className="lead">{t('groups.intro')}</p>
      <QueryStatus query={groups} />
      {groups.data?.length === 0 ? <p>{t('groups.empty')}</p> : null}
      <ul className="client-cards">
        {groups.data?.map((g) => (
          <li key={g.id}>
            <Link className="client-card" to={`/groups/${g.id}`}>
              <strong>{g.name}</strong>
              <span>
                {t(`groups.phases.${g.phase}`)} ·{' '}
                {t('groups.structuralOf', { structural: g.structural, target: g.targetParticipants })}
              </span>
              <span className="muted">{[g.location, formatDate(g.startedOn)].filter(Boolean).join(' · ')}</span>
              <AttendanceTrend months={g.attendanceByMonth} />
              <span>
                {g.retention === null
                  ? t('groups.overview.noRetention')
                  : t('groups.overview.retention', { share: formatShare(g.retention) })}
                {g.openFollowUps > 0 ? (
                  <>
                    {' · '}
                    <strong>{t('groups.overview.openFollowUps', { count: g.openFollowUps })}</strong>
                  </>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <NewGroup />
    </Page>
  );
}
