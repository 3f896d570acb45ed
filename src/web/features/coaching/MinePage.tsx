import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { coachingCalls, coachingKeys, coachingQueries, trajectoryPath } from './api.js';
import { ReportList } from './ReportsSection.js';
import type { MyCoaching as Mine } from '../../../server/modules/coaching/answers.js';
import { clock } from '../../../shared/clock.js';

function ProposalItem({ p }: { p: Mine['proposals'][number] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: coachingKeys.all });
  const confirm = useMutation({
    mutationFn: () => coachingCalls.confirm(p.matchId, { side: 'coach', on: clock.today() }),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () => coachingCalls.decline(p.matchId, { side: 'coach', on: clock.today(), reason }),
    onSuccess: refresh,
  });
  return (
    <li className="card">
      <p>
        <strong>
          {p.neighbourhood
            ? t('coaching.mine.proposalText', { name: p.firstName, neighbourhood: p.neighbourhood })
            : t('coaching.mine.proposalTextNoPlace', { name: p.firstName })}
        </strong>
      </p>
      {p.introductionOn ? (
        <p>
          {t('coaching.match.introductionOn')}: {formatDate(p.introductionOn)}
        </p>
      ) : null}
      <p className="muted">{t('coaching.match.confirmIntro')}</p>
      {p.coachConfirmedOn ? (
        <p>{t('coaching.mine.youConfirmed', { date: formatDate(p.coachConfirmedOn) })}</p>
      ) : (
        <div className="stack">
          <div className="button-row">
            <Button busy={confirm.isPending} onClick={() => confirm.mutate()}>
              {t('coaching.mine.confirm')}
            </Button>
          </div>
          <div className="inline-form">
            <label className="inline-field">
              {t('coaching.match.declineReason')}
              <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
            </label>
            <Button variant="secondary" busy={decline.isPending} onClick={() => decline.mutate()}>
              {t('coaching.mine.decline')}
            </Button>
          </div>
        </div>
      )}
      {confirm.error ? <Alert kind="error">{confirm.error.message}</Alert> : null}
      {decline.error ? <Alert kind="error">{decline.error.message}</Alert> : null}
    </li>
  );
}

export function MinePage() {
  const { t } = useTranslation();
  const mine = useQuery(coachingQueries.mine());
  const reports = useQuery(coachingQueries.myReports());
  if (mine.isLoading) return <Loading />;
  if (!mine.data) return <Alert kind="error">{mine.error?.message ?? t('errors.generic')}</Alert>;
  const m = mine.data;
  const past = (reports.data ?? []).filter((r) => !r.matchActive);
  return (
    <Page title={t('coaching.mine.title')}>
      <p className="lead">{t('coaching.mine.intro')}</p>
      {!m.coach ? <Alert kind="info">{t('coaching.mine.noCoach')}</Alert> : null}
      {m.proposals.length > 0 ? (
        <section aria-labelledby="proposals">
          <h2 id="proposals">{t('coaching.mine.proposals')}</h2>
          <ul className="plain-list stack">
            {m.proposals.map((p) => (
              <ProposalItem key={p.matchId} p={p} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="clients">
        <h2 id="clients">{t('coaching.mine.clients')}</h2>
        {m.active.length === 0 ? (
          <p className="muted">{t('coaching.mine.noClients')}</p>
        ) : (
          <ul className="client-cards">
            {m.active.map((a) => (
              <li key={a.matchId}>
                <Link className="client-card" to={trajectoryPath(a.trajectoryId)}>
                  <strong>{a.name}</strong>
                  <span className="muted">
                    {[a.neighbourhood, t('coaching.match.since', { date: formatDate(a.startedOn) })]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 ? (
        <section aria-labelledby="past-reports">
          <h2 id="past-reports">{t('coaching.reports.minePast')}</h2>
          <ReportList reports={past} />
        </section>
      ) : null}
    </Page>
  );
}
