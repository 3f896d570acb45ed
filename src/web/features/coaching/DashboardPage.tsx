import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SensitiveMark } from '../../ui/Field.js';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button, Page, QueryStatus } from '../../ui/basics.js';
import type { Dashboard, Ref } from '../../../server/modules/coaching/answers.js';
import { clock } from '../../../shared/clock.js';
import { coachingCalls, coachingKeys, coachingQueries, trajectoryPath } from './api.js';

const Name = ({ item }: { item: Ref }) => <Link to={trajectoryPath(item.trajectoryId)}>{item.name}</Link>;

function Panel({
  title,
  count,
  empty,
  children,
}: {
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="card" aria-label={title}>
      <h2>
        {title} <span className="count">({count})</span>
      </h2>
      {count === 0 ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

function SignalItem({ signal }: { signal: Dashboard['signals'][number] }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [response, setResponse] = useState('');
  const handle = useMutation({
    mutationFn: () => coachingCalls.handleSignal(signal.reportId, { on: clock.today(), response }),
    onSuccess: () => client.invalidateQueries({ queryKey: coachingKeys.dashboard }),
  });
  return (
    <li className="signal">
      <div>
        <Name item={signal} /> · <strong>{t(`coaching.signals.${signal.signal}`)}</strong> ·{' '}
        <span className="muted">
          {t('coaching.signalFrom', { author: signal.author, date: formatDate(signal.metOn) })}
        </span>
      </div>
      {signal.note ? <p className="user-text">{signal.note}</p> : null}
      <div className="inline-form">
        <label>
          {t('coaching.signalResponse')}
          <SensitiveMark />
          <input value={response} maxLength={2000} onChange={(e) => setResponse(e.target.value)} />
        </label>
        <Button variant="secondary" busy={handle.isPending} onClick={() => handle.mutate()}>
          {t('coaching.handleSignal')}
        </Button>
      </div>
      {handle.error ? <Alert kind="error">{handle.error.message}</Alert> : null}
    </li>
  );
}

function DueList<T extends Ref>({ title, items, detail }: { title: string; items: T[]; detail(item: T): string }) {
  const { t } = useTranslation();
  return (
    <Panel title={title} count={items.length} empty={t('coaching.nothingDue')}>
      <ul className="plain-list">
        {items.map((i) => (
          <li key={i.trajectoryId}>
            <Name item={i} /> · <span className="muted">{detail(i)}</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const dashboard = useQuery(coachingQueries.dashboard());
  const d = dashboard.data;
  return (
    <Page
      title={t('coaching.dashboard')}
      actions={
        <>
          <Link className="button button--primary" to="/coaching/register">
            {t('coaching.registerClient')}
          </Link>
          <Link className="button button--secondary" to="/coaching/coaches">
            {t('coaching.pool')}
          </Link>
          <Link className="button button--secondary" to="/coaching/support">
            {t('coaching.support')}
          </Link>
        </>
      }
    >
      <p className="lead">{t('coaching.dashboardIntro')}</p>
      <QueryStatus query={dashboard} />
      {d ? (
        <div className="dashboard-grid">
          <Panel title={t('coaching.signalsTitle')} count={d.signals.length} empty={t('coaching.signalsEmpty')}>
            <ul className="plain-list">
              {d.signals.map((s) => (
                <SignalItem key={s.reportId} signal={s} />
              ))}
            </ul>
          </Panel>
          {d.withoutBasis.length > 0 ? (
            <Panel title={t('coaching.withoutBasis')} count={d.withoutBasis.length} empty="">
              <p className="muted">{t('coaching.withoutBasisIntro')}</p>
              <ul className="plain-list">
                {d.withoutBasis.map((w) => (
                  <li key={w.trajectoryId}>
                    <Link to={`/people/${w.personId}`}>{w.name}</Link>
                  </li>
                ))}
              </ul>
            </Panel>
          ) : null}
          <Panel title={t('coaching.waiting')} count={d.waiting.length} empty={t('coaching.waitingEmpty')}>
            <ul className="plain-list">
              {d.waiting.map((w) => (
                <li key={w.trajectoryId}>
                  <Name item={w} /> · {t(`coaching.status.${w.status}`)} ·{' '}
                  <span className="muted">{t('coaching.waitingDays', { count: w.waitingDays })}</span>
                  {w.proposed ? (
                    <>
                      {' '}
                      · <span className="badge badge--info">{t('coaching.hasProposal')}</span>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </Panel>
          <Panel title={t('coaching.proposals')} count={d.proposals.length} empty={t('coaching.proposalsEmpty')}>
            <ul className="plain-list">
              {d.proposals.map((p) => (
                <li key={p.matchId}>
                  <Name item={p} /> – {p.coachName} ·{' '}
                  <span className="muted">
                    {p.clientConfirmedOn ? t('coaching.confirmedClient') : t('coaching.awaitingClient')},{' '}
                    {p.coachConfirmedOn ? t('coaching.confirmedCoach') : t('coaching.awaitingCoach')}
                  </span>
                </li>
              ))}
            </ul>
          </Panel>
          <DueList
            title={t('coaching.midTermDue')}
            items={d.midTermDue}
            detail={(i) => t('coaching.dueOn', { date: formatDate(i.dueOn) })}
          />
          <DueList
            title={t('coaching.finalDue')}
            items={d.finalDue}
            detail={(i) => t('coaching.dueOn', { date: formatDate(i.dueOn) })}
          />
          <DueList title={t('coaching.followUpsDue')} items={d.followUpsDue} detail={(i) => formatDate(i.dueOn)} />
          <DueList
            title={t('coaching.veryLong')}
            items={d.veryLong}
            detail={(i) => t('coaching.months', { count: i.months })}
          />
          <Panel title={t('coaching.coachLoad')} count={d.coaches.length} empty={t('coaching.coaches.empty')}>
            <ul className="plain-list">
              {d.coaches.map((c) => (
                <li key={c.id}>
                  <Link to={`/coaching/coaches/${c.id}`}>{c.name}</Link> ·{' '}
                  <span className={c.active >= c.max ? 'badge badge--warning' : 'muted'}>
                    {t('coaching.load', { active: c.active, max: c.max })}
                  </span>
                  {c.status !== 'active' ? <> · {t(`coaching.coachStatus.${c.status}`)}</> : null}
                  {c.clients.length > 0 ? (
                    <>
                      {' '}
                      ·{' '}
                      {c.clients.map((r, i) => (
                        <span key={r.trajectoryId}>
                          {i > 0 ? ', ' : ''}
                          <Name item={r} />
                        </span>
                      ))}
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </Panel>
          <section className="card dashboard-grid__wide" aria-label={t('coaching.phasesTitle')}>
            <h2>{t('coaching.phasesTitle')}</h2>
            <div className="phase-columns">
              {d.phases.map((phase) => (
                <div key={phase.phase}>
                  <h3>{t(`coaching.phases.${phase.phase}`)}</h3>
                  <ul className="plain-list">
                    {phase.steps.map((s) => (
                      <li key={s.step}>
                        <strong>{t('coaching.stepShort', { step: s.step })}</strong>{' '}
                        {t(`coaching.steps.${s.step}.title`)}:{' '}
                        {s.trajectories.length === 0 ? (
                          <span className="muted">{t('coaching.noOne')}</span>
                        ) : (
                          s.trajectories.map((r, i) => (
                            <span key={r.trajectoryId}>
                              {i > 0 ? ', ' : ''}
                              <Name item={r} />
                            </span>
                          ))
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </section>
        </div>
      ) : null}
      <p>
        <Link to="/coaching/trajectories">{t('coaching.allTrajectories')}</Link>
      </p>
    </Page>
  );
}
