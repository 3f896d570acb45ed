import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { supportMeetingKinds } from '../../../shared/coaching/model.js';
import { supportMeetingSchema } from '../../../shared/coaching/schemas.js';
import { coachingCalls, coachingKeys, coachingQueries } from './api.js';
import { formatDate, formatEuros, formatNumber } from '../../i18n/index.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Page, QueryStatus } from '../../ui/basics.js';
import { CheckGroup } from '../../ui/inputs.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';
import { DataTable } from '../../ui/DataTable.js';
import type { SupportOverview as Overview } from '../../../server/modules/coaching/answers.js';

function NewMeeting({ coaches }: { coaches: Overview['coaches'] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, run } = useSaveMessage();
  const blank = { kind: 'intervision' as const, heldOn: clock.today(), coachIds: [] as string[], notes: '' };
  const form = useForm({ resolver: zodResolver(supportMeetingSchema), defaultValues: blank });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    await run(async () => {
      await coachingCalls.addSupportMeeting(v);
      await client.invalidateQueries({ queryKey: coachingKeys.support });
      form.reset(blank);
      return t('coaching.supportPage.saved');
    }, form.setError);
  });
  return (
    <form onSubmit={submit} noValidate className="stack card">
      <h2>{t('coaching.supportPage.new')}</h2>
      <div className="row">
        <SelectField label={t('coaching.supportPage.kind')} {...form.register('kind')}>
          {supportMeetingKinds.map((k) => (
            <option key={k} value={k}>
              {t(`coaching.supportPage.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('coaching.supportPage.heldOn')}
          type="date"
          max={clock.today()}
          error={e.heldOn?.message}
          {...form.register('heldOn')}
        />
      </div>
      <Controller
        control={form.control}
        name="coachIds"
        render={({ field }) => (
          <CheckGroup
            legend={t('coaching.supportPage.coaches')}
            value={field.value}
            onChange={field.onChange}
            error={e.coachIds?.message}
            options={coaches.filter((c) => c.status !== 'candidate').map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
      />
      <TextArea label={t('coaching.supportPage.notes')} rows={3} {...form.register('notes')} />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}

export function SupportPage() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(`${clock.today().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(clock.today());
  const overview = useQuery(coachingQueries.support(from, to));
  return (
    <Page title={t('coaching.supportPage.title')}>
      <p className="lead">{t('coaching.supportPage.intro')}</p>
      <div className="row period">
        <TextField
          label={t('coaching.supportPage.from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField
          label={t('coaching.supportPage.to')}
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
        />
      </div>
      <QueryStatus query={overview} />
      {overview.data ? (
        <>
          <h2>{t('coaching.supportPage.overview')}</h2>
          <DataTable
            rows={overview.data.coaches}
            rowKey={(c) => c.id}
            columns={[
              { key: 'name', header: t('coaching.fields.coachName'), cell: (c) => c.name },
              {
                key: 'status',
                header: t('coaching.fields.status'),
                cell: (c) => t(`coaching.coachStatus.${c.status}`),
              },
              {
                key: 'sessions',
                header: t('coaching.supportPage.sessions'),
                className: 'num',
                cell: (c) => c.sessions,
              },
              {
                key: 'hours',
                header: t('coaching.supportPage.hours'),
                className: 'num',
                cell: (c) => formatNumber(c.hours),
              },
              {
                key: 'expenses',
                header: t('coaching.supportPage.expenses'),
                className: 'num',
                cell: (c) => formatEuros(c.expensesCents),
              },
              {
                key: 'supervision',
                header: t('coaching.supportPage.kinds.supervision'),
                className: 'num',
                cell: (c) => c.supervision,
              },
              {
                key: 'intervision',
                header: t('coaching.supportPage.kinds.intervision'),
                className: 'num',
                cell: (c) => c.intervision,
              },
              {
                key: 'exit',
                header: t('coaching.supportPage.kinds.exit'),
                cell: (c) => (c.exit ? t('coaching.supportPage.exitDone') : ''),
              },
            ]}
          />
          <NewMeeting coaches={overview.data.coaches} />
          <h2>{t('coaching.supportPage.meetings')}</h2>
          {overview.data.meetings.length === 0 ? (
            <p className="muted">{t('coaching.supportPage.noMeetings')}</p>
          ) : (
            <ul className="plain-list">
              {overview.data.meetings.map((m) => (
                <li key={m.id}>
                  <strong>{t(`coaching.supportPage.kinds.${m.kind}`)}</strong> · {formatDate(m.heldOn)} ·{' '}
                  {m.coaches.map((c) => c.name).join(', ')}
                  {m.notes ? <p className="user-text">{m.notes}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Page>
  );
}
