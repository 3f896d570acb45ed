// Retention: the admin sets how long each kind of record is kept, sees in a dry run exactly
// which records the rules will touch and when, and only then approves them for the job.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { auditMinimumYears } from '../../../shared/privacy/model.js';
import { retentionPolicySchema } from '../../../shared/privacy/schemas.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Card, QueryStatus } from '../../ui/basics.js';
import { numberOrNull } from '../../ui/forms.js';
import { TableWrap } from '../../ui/TableWrap.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { privacyCalls, privacyKeys, privacyQueries } from './api.js';

type Rules = z.input<typeof retentionPolicySchema>;
const fields = ['inactivePersonYears', 'closedTrajectoryYears', 'leftParticipantYears', 'auditYears'] as const;
const empty: Rules = {
  inactivePersonYears: null,
  closedTrajectoryYears: null,
  leftParticipantYears: null,
  auditYears: null,
};

function DryRun() {
  const { t } = useTranslation();
  const dry = useQuery(privacyQueries.dryRun());
  if (!dry.data) return <QueryStatus query={dry} />;
  const { items, until } = dry.data;
  return (
    <section aria-labelledby="dry-run-title">
      <h3 id="dry-run-title">{t('privacy.retention.dryRunTitle')}</h3>
      <p>{t('privacy.retention.dryRunIntro', { date: formatDate(until) })}</p>
      {items.length === 0 ? (
        <p>{t('privacy.retention.dryRunEmpty')}</p>
      ) : (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('privacy.retention.columns.dueOn')}</th>
                <th scope="col">{t('privacy.retention.columns.rule')}</th>
                <th scope="col">{t('privacy.retention.columns.record')}</th>
                <th scope="col">{t('privacy.retention.columns.since')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.rule}-${item.recordId ?? 'log'}`}>
                  <td>{formatDate(item.dueOn)}</td>
                  <td>{t(`privacy.retention.does.${item.rule}`)}</td>
                  <td>
                    {item.rule === 'audit'
                      ? t('privacy.retention.auditEntries', {
                          count: item.count ?? 0,
                          formatted: formatNumber(item.count ?? 0),
                        })
                      : item.name}
                  </td>
                  <td>{formatDate(item.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

export function RetentionCard() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const overview = useQuery(privacyQueries.retention());
  const { message, busy, run } = useSaveMessage();
  const form = useForm<Rules>({ resolver: zodResolver(retentionPolicySchema), defaultValues: empty });
  const shown = overview.data?.draft ?? overview.data?.approved ?? null;
  useEffect(() => {
    if (shown) form.reset(shown.rules);
  }, [shown, form]);
  const refresh = () => client.invalidateQueries({ queryKey: privacyKeys.all });
  const save = form.handleSubmit((rules) =>
    run(async () => {
      await privacyCalls.saveRetention(rules);
      await refresh();
      return t('privacy.retention.saved');
    }, form.setError),
  );
  const approve = () =>
    run(async () => {
      await privacyCalls.approveRetention();
      await refresh();
      return t('privacy.retention.approvedNow');
    });
  const errors = form.formState.errors;
  const { approved, draft } = overview.data ?? { approved: null, draft: null };
  return (
    <Card title={t('privacy.retention.title')}>
      <QueryStatus query={overview} />
      <p>{t('privacy.retention.intro')}</p>
      <p>
        {approved
          ? t('privacy.retention.approvedOn', {
              date: formatDate(approved.approvedAt),
              name: approved.approvedBy ?? '',
            })
          : t('privacy.retention.noneApproved')}
      </p>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <form onSubmit={save} noValidate className="stack">
        {fields.map((field) => (
          <TextField
            key={field}
            label={t(`privacy.retention.fields.${field}`)}
            hint={t(`privacy.retention.hints.${field}`, { minimum: auditMinimumYears })}
            type="number"
            inputMode="numeric"
            min={field === 'auditYears' ? auditMinimumYears : 1}
            max={30}
            error={errors[field]?.message}
            {...form.register(field, { setValueAs: numberOrNull })}
          />
        ))}
        <div className="button-row">
          <Button type="submit" variant="secondary" busy={busy}>
            {t('privacy.retention.save')}
          </Button>
        </div>
      </form>
      {shown ? <DryRun /> : null}
      {draft ? (
        <div className="stack">
          <p>{t('privacy.retention.draftWaiting', { date: formatDate(draft.createdAt) })}</p>
          <div className="button-row">
            <Button onClick={approve} busy={busy}>
              {t('privacy.retention.approve')}
            </Button>
          </div>
        </div>
      ) : null}
    </Card>
  );
}
