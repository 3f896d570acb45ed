import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { identityQueries } from '../identity/api.js';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/index.js';
import { trajectoryPath } from '../coaching/api.js';
import { useSession } from '../../session.js';
import { Alert, Card, Loading, Page } from '../../ui/basics.js';

function Figure({ value, label, to }: { value: number; label: string; to?: string }) {
  const content = (
    <>
      <span className="figure__value">{formatNumber(value)}</span>
      <span className="figure__label">{label}</span>
    </>
  );
  return <li className="figure">{to ? <Link to={to}>{content}</Link> : content}</li>;
}

const stepLinks = { teams: '/admin/teams', invite: '/admin/users', twoFactor: '/admin/settings' } as const;

export function HomePage() {
  const { t } = useTranslation();
  const { session, can } = useSession();
  const home = useQuery(identityQueries.home());
  if (!session) return null;
  return (
    <Page title={t('home.greeting', { name: session.user.displayName })}>
      <p className="lead">{t(`home.intro.${session.user.role}`)}</p>
      {home.isLoading ? <Loading /> : null}
      {home.data?.kind === 'admin' ? (
        <>
          <ul className="figures">
            <Figure
              value={home.data.activeUsers}
              label={t('home.activeUsers', { count: home.data.activeUsers })}
              to="/admin/users"
            />
            <Figure
              value={home.data.openInvitations}
              label={t('home.openInvitations', { count: home.data.openInvitations })}
              to="/admin/users"
            />
            <Figure
              value={home.data.lockedUsers}
              label={t('home.lockedUsers', { count: home.data.lockedUsers })}
              to="/admin/users"
            />
            <Figure
              value={home.data.withoutTwoFactor}
              label={t('home.withoutTwoFactor', { count: home.data.withoutTwoFactor })}
              to="/admin/settings"
            />
            <Figure
              value={home.data.deniedLastDay}
              label={t('home.deniedLastDay', { count: home.data.deniedLastDay })}
              to="/admin/audit"
            />
            <Figure
              value={home.data.auditLastWeek}
              label={t('home.auditLastWeek', { count: home.data.auditLastWeek })}
              to="/admin/audit"
            />
          </ul>
          <Card title={t('home.nextSteps')}>
            {home.data.nextSteps.length === 0 ? <p>{t('home.allSet')}</p> : null}
            <ul>
              {home.data.nextSteps.map((step) => (
                <li key={step}>
                  <Link to={stepLinks[step]}>{t(`home.step.${step}`)}</Link>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('privacy.jobs.title')}>
            <ul className="plain-list">
              {home.data.jobs.map((job) => (
                <li key={job.job}>
                  <strong>{t(`privacy.jobs.${job.job}`)}</strong>
                  {': '}
                  {job.last
                    ? t('privacy.jobs.lastRun', {
                        moment: formatDateTime(job.last.at),
                        outcome:
                          job.last.outcome === 'ok'
                            ? t('privacy.jobs.ok', { count: job.last.handled })
                            : t('privacy.jobs.failed'),
                      })
                    : t('privacy.jobs.never')}
                </li>
              ))}
            </ul>
            {home.data.erasuresWaiting > 0 ? (
              <p>
                <Link to="/admin/privacy">{t('privacy.jobs.waiting', { count: home.data.erasuresWaiting })}</Link>
              </p>
            ) : null}
          </Card>
        </>
      ) : null}
      {home.data?.kind === 'casework' ? (
        <>
          <ul className="figures">
            <Figure value={home.data.persons} label={t('home.persons', { count: home.data.persons })} to="/people" />
            <Figure
              value={home.data.withoutRegistrationConsent}
              label={t('home.withoutConsent', { count: home.data.withoutRegistrationConsent })}
              to="/people"
            />
          </ul>
          {session.permissions.includes('persons.write') ? (
            <p>
              <Link className="button button--primary" to="/people/new">
                {t('people.new')}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
      {home.data?.kind === 'coach' ? (
        <>
          {home.data.nextIntroduction ? (
            <Alert kind="info">
              {t('home.nextIntroduction', {
                name: home.data.nextIntroduction.firstName,
                date: formatDate(home.data.nextIntroduction.on),
              })}
            </Alert>
          ) : null}
          <Card title={t('home.myClients')}>
            {home.data.clients.length === 0 ? <p>{t('home.noClients')}</p> : null}
            <ul>
              {home.data.clients.map((c) => (
                <li key={c.trajectoryId}>
                  <Link to={trajectoryPath(c.trajectoryId)}>{c.name}</Link>
                </li>
              ))}
            </ul>
            {home.data.proposals > 0 ? (
              <p>
                <Link to="/coaching/mine">{t('home.openProposals', { count: home.data.proposals })}</Link>
              </p>
            ) : null}
          </Card>
        </>
      ) : null}
      {home.data?.kind === 'evaluator' ? (
        <Card title={t('home.myInterviews')}>
          {home.data.overdue > 0 ? (
            <Alert kind="warning">{t('home.overdueInterviews', { count: home.data.overdue })}</Alert>
          ) : null}
          <p>{home.data.open === 0 ? t('home.noInterviews') : t('home.openInterviews', { count: home.data.open })}</p>
          <Link to="/interviews">{t('groups.navInterviews')}</Link>
        </Card>
      ) : null}
      {home.data?.kind === 'other' && can('reports.read') ? (
        <Card title={t('report.title')}>
          <p>{t('home.reportReady')}</p>
          <Link className="button button--primary" to="/report">
            {t('home.openReport')}
          </Link>
        </Card>
      ) : home.data?.kind === 'other' ? (
        <p>{t('home.comingSoon')}</p>
      ) : null}
    </Page>
  );
}
