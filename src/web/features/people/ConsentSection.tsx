import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentPurpose, consentPurposes, currentConsent } from '../../../shared/consent.js';
import { peopleCalls, peopleKeys } from './api.js';
import { privacyQueries } from '../privacy/api.js';
import { formatDate } from '../../i18n/index.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button, Card } from '../../ui/basics.js';
import type { Consent } from '../../../server/modules/people/answers.js';
import { clock } from '../../../shared/clock.js';
import { DataTable } from '../../ui/DataTable.js';

/** The privacy notice in force: what the person is told before they consent, to read out or show. */
function NoticeToShow() {
  const { t } = useTranslation();
  const notice = useQuery(privacyQueries.notice());
  if (notice.data === undefined) return null;
  if (notice.data === null) return <p className="small muted">{t('consent.noNotice')}</p>;
  return (
    <details className="notice">
      <summary>
        {t('consent.readNotice', { version: notice.data.version, date: formatDate(notice.data.publishedAt) })}
      </summary>
      <p className="user-text">{notice.data.body}</p>
    </details>
  );
}

function WithdrawButton({ personId, consent }: { personId: string; consent: Consent }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(clock.today());
  const withdraw = useMutation({
    mutationFn: () => peopleCalls.withdrawConsent(personId, consent.id, date),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.person(personId) }),
  });
  if (!open) {
    return (
      <Button variant="link" onClick={() => setOpen(true)}>
        {t('consent.withdraw')}
      </Button>
    );
  }
  return (
    <div className="inline-form">
      <TextField
        label={t('consent.withdrawnOn')}
        type="date"
        value={date}
        max={clock.today()}
        onChange={(e) => setDate(e.target.value)}
        error={withdraw.error?.message}
      />
      <Button variant="danger" onClick={() => withdraw.mutate()} busy={withdraw.isPending}>
        {t('consent.confirmWithdraw')}
      </Button>
    </div>
  );
}

export function ConsentSection({
  personId,
  consents,
  canWrite,
}: {
  personId: string;
  consents: Consent[];
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [purpose, setPurpose] = useState<ConsentPurpose>('registration');
  const [givenOn, setGivenOn] = useState(clock.today());
  const add = useMutation({
    mutationFn: () => peopleCalls.addConsent(personId, { purpose, givenOn }),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.person(personId) }),
  });
  const now = currentConsent(consents, clock.today());
  return (
    <Card title={t('consent.title')}>
      <ul className="consent-status">
        {consentPurposes.map((p) => (
          <li key={p} className={`consent-status__item consent-status__item--${now[p]}`}>
            <span>{t(`consent.purposes.${p}`)}</span>
            <strong>{t(`consent.state.${now[p]}`)}</strong>
          </li>
        ))}
      </ul>
      {consents.length > 0 ? (
        <DataTable
          caption={t('consent.history')}
          rows={consents}
          rowKey={(c) => c.id}
          columns={[
            { key: 'purpose', header: t('consent.purpose'), cell: (c) => t(`consent.purposes.${c.purpose}`) },
            { key: 'given', header: t('consent.givenOn'), cell: (c) => formatDate(c.givenOn) },
            {
              key: 'notice',
              header: t('consent.notice'),
              cell: (c) => (c.noticeVersion === null ? '—' : t('consent.noticeVersion', { version: c.noticeVersion })),
            },
            {
              key: 'withdrawn',
              header: t('consent.withdrawnOn'),
              cell: (c) => (c.withdrawnOn ? formatDate(c.withdrawnOn) : '—'),
            },
            {
              key: 'by',
              header: t('consent.recordedBy'),
              cell: (c) => (c.withdrawnBy ? `${c.recordedBy ?? '—'} / ${c.withdrawnBy}` : (c.recordedBy ?? '—')),
            },
            ...(canWrite
              ? [
                  {
                    key: 'actions',
                    header: <span className="visually-hidden">{t('common.actions')}</span>,
                    cell: (c: Consent) => (c.withdrawnOn ? null : <WithdrawButton personId={personId} consent={c} />),
                  },
                ]
              : []),
          ]}
        />
      ) : (
        <p>{t('consent.none')}</p>
      )}
      {canWrite ? <NoticeToShow /> : null}
      {canWrite ? (
        <form
          className="inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate();
          }}
        >
          {add.error ? <Alert kind="error">{add.error.message}</Alert> : null}
          <SelectField
            label={t('consent.purpose')}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as ConsentPurpose)}
          >
            {consentPurposes.map((p) => (
              <option key={p} value={p}>
                {t(`consent.purposes.${p}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('consent.givenOn')}
            type="date"
            value={givenOn}
            max={clock.today()}
            onChange={(e) => setGivenOn(e.target.value)}
          />
          <Button type="submit" busy={add.isPending}>
            {t('consent.record')}
          </Button>
        </form>
      ) : null}
    </Card>
  );
}
