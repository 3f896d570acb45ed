// The administrator's privacy requests: find a person, hand them everything Kring keeps about
// them (access request), and erase them after a grace period that can still be cancelled.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureGraceDays } from '../../../shared/privacy/model.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { Alert, Button, Card, Page, QueryStatus } from '../../ui/basics.js';
import { TableWrap } from '../../ui/TableWrap.js';
import { type ChosenPerson, PersonFilter } from '../audit/PersonFilter.js';
import { accessExportHref, privacyCalls, privacyKeys, privacyQueries } from './api.js';
import { NoticeCard } from './NoticeCard.js';
import { RetentionCard } from './RetentionCard.js';

function ErasureSection({ personId, name }: { personId: string; name: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const person = useQuery(privacyQueries.person(personId));
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => async () => {
    setConfirming(false);
    setNotice(message);
    await client.invalidateQueries({ queryKey: privacyKeys.all });
  };
  const request = useMutation({
    mutationFn: () => privacyCalls.requestErasure(personId),
    onSuccess: done(t('privacy.requested')),
  });
  const cancel = useMutation({
    mutationFn: (requestId: string) => privacyCalls.cancelErasure(requestId),
    onSuccess: done(t('privacy.cancelled')),
  });
  const data = person.data;
  if (!data) return null;
  const waiting = data.erasure?.state === 'waiting' ? data.erasure : null;
  const failure = request.error ?? cancel.error;
  return (
    <section aria-labelledby="erasure-title">
      <h3 id="erasure-title">{t('privacy.erasureTitle')}</h3>
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {failure ? <Alert kind="error">{failure.message}</Alert> : null}
      {data.erasedAt ? (
        <p>{t('privacy.erasedOn', { date: formatDate(data.erasedAt) })}</p>
      ) : waiting ? (
        <>
          <p>{t('privacy.waitingUntil', { date: formatDate(waiting.dueOn) })}</p>
          <Button variant="secondary" busy={cancel.isPending} onClick={() => cancel.mutate(waiting.id)}>
            {t('privacy.cancelErasure')}
          </Button>
        </>
      ) : confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-title">
          <p id="confirm-title">
            <strong>{t('privacy.confirmTitle')}</strong>
          </p>
          <p>{t('privacy.confirmText', { days: erasureGraceDays, name })}</p>
          <div className="button-row">
            <Button variant="danger" busy={request.isPending} onClick={() => request.mutate()}>
              {t('privacy.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('privacy.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p>{t('privacy.erasureHint', { days: erasureGraceDays })}</p>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('privacy.requestErasure')}
          </Button>
        </>
      )}
    </section>
  );
}

function LegalHold({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const person = useQuery(privacyQueries.person(personId));
  const toggle = useMutation({
    mutationFn: (hold: boolean) => privacyCalls.setLegalHold(personId, hold),
    onSuccess: () => client.invalidateQueries({ queryKey: privacyKeys.all }),
  });
  const data = person.data;
  if (!data || data.erasedAt) return null;
  const since = data.legalHoldSince;
  return (
    <section aria-labelledby="hold-title">
      <h3 id="hold-title">{t('privacy.hold.title')}</h3>
      <p>{since ? t('privacy.hold.on', { date: formatDate(since) }) : t('privacy.hold.hint')}</p>
      {toggle.error ? <Alert kind="error">{toggle.error.message}</Alert> : null}
      <Button variant="secondary" busy={toggle.isPending} onClick={() => toggle.mutate(!since)}>
        {since ? t('privacy.hold.lift') : t('privacy.hold.place')}
      </Button>
    </section>
  );
}

function PersonPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const person = useQuery(privacyQueries.person(personId));
  const data = person.data;
  return (
    <Card title={data?.name ?? t('privacy.erasedPerson')}>
      <QueryStatus query={person} />
      {data ? (
        <>
          <h3>{t('privacy.scope')}</h3>
          <ul className="plain-list">
            {data.parts.map((p) => (
              <li key={p.part}>
                {t(`privacy.scopeParts.${p.part}`)}:{' '}
                {t('privacy.records', { count: p.records, formatted: formatNumber(p.records) })}
              </li>
            ))}
          </ul>
          <section aria-labelledby="access-title">
            <h3 id="access-title">{t('privacy.accessTitle')}</h3>
            <p>{t('privacy.accessHint')}</p>
            <div className="button-row">
              <a className="button button--primary" href={accessExportHref(personId, { format: 'pdf' })} download>
                {t('privacy.downloadPdf')}
              </a>
              <a className="button button--secondary" href={accessExportHref(personId, { format: 'json' })} download>
                {t('privacy.downloadJson')}
              </a>
            </div>
          </section>
          <ErasureSection personId={personId} name={data.name ?? t('privacy.erasedPerson')} />
          <LegalHold personId={personId} />
        </>
      ) : null}
    </Card>
  );
}

function ErasureList() {
  const { t } = useTranslation();
  const list = useQuery(privacyQueries.erasures());
  return (
    <Card title={t('privacy.listTitle')}>
      <QueryStatus query={list} />
      {list.data?.length === 0 ? <p>{t('privacy.listEmpty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('privacy.columns.person')}</th>
                <th scope="col">{t('privacy.columns.requestedAt')}</th>
                <th scope="col">{t('privacy.columns.requestedBy')}</th>
                <th scope="col">{t('privacy.columns.dueOn')}</th>
                <th scope="col">{t('privacy.columns.state')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
                <tr key={r.id}>
                  <td>{r.name ?? t('privacy.erasedPerson')}</td>
                  <td>{formatDate(r.requestedAt)}</td>
                  <td>{r.requestedBy ?? ''}</td>
                  <td>{formatDate(r.dueOn)}</td>
                  <td>{t(`privacy.states.${r.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
    </Card>
  );
}

export function PrivacyPage() {
  const { t } = useTranslation();
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  return (
    <Page title={t('privacy.title')}>
      <div className="stack">
        <p>{t('privacy.intro')}</p>
        <Card title={t('privacy.find')}>
          <PersonFilter chosen={person} onChoose={setPerson} />
        </Card>
        {person ? <PersonPanel key={person.id} personId={person.id} /> : null}
        <ErasureList />
        <RetentionCard />
        <NoticeCard />
      </div>
    </Page>
  );
}
