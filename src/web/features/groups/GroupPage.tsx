import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatEuros, formatNumber } from '../../i18n/index.js';
import { Alert, Loading, Page } from '../../ui/basics.js';
import { FollowUps } from './FollowUps.js';
import { AttendanceChart, PhaseTimeline } from './GroupCharts.js';
import { GroupSettings } from './GroupSettings.js';
import { ActivitiesSection, HouseRulesSection } from './HouseRulesSection.js';
import { ParticipantsSection } from './ParticipantsSection.js';
import { useGroup } from './api.js';

export function GroupPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const group = useGroup(id);
  if (group.isLoading) return <Loading />;
  if (!group.data) return <Alert kind="error">{group.error?.message ?? t('errors.generic')}</Alert>;
  const d = group.data;
  const c = d.capacity;
  return (
    <Page
      title={d.group.name}
      actions={
        <>
          <Link className="button button--primary" to={`/groups/${d.group.id}/session`}>
            {t('groups.newSession')}
          </Link>
          <Link className="button button--secondary" to={`/groups/${d.group.id}/logbook`}>
            {t('groups.logbook')}
          </Link>
          <Link className="button button--secondary" to={`/groups/${d.group.id}/network`}>
            {t('groups.network')}
          </Link>
          <Link className="button button--secondary" to={`/groups/${d.group.id}/evaluation`}>
            {t('groups.evaluation')}
          </Link>
        </>
      }
    >
      <p className="lead">
        {[
          d.group.location,
          t(`groups.phases.${d.phase}`),
          t('groups.structuralOf', { structural: d.counts.structural, target: d.group.targetParticipants }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="where">
          <h2 id="where">{t('groups.whereAreWe')}</h2>
          <PhaseTimeline plan={d.group.phases} current={d.phase} />
        </section>
        <section className="card" aria-labelledby="capacity">
          <h2 id="capacity">{t('groups.capacity')}</h2>
          <p>
            {t('groups.capacityAdvice', {
              hours: formatNumber(c.hoursPerWeek),
              workers: c.workers,
              expected: c.expectedAttendance,
            })}
          </p>
          {c.margin < 0 ? (
            <Alert kind="warning">{t('groups.capacityShort', { hours: formatNumber(-c.margin) })}</Alert>
          ) : (
            <p className="muted">{t('groups.capacityOk')}</p>
          )}
          <ul>
            {c.reasons.map((r) => (
              <li key={r}>{t(`groups.capacityReasons.${r}`)}</li>
            ))}
          </ul>
          <p className="muted">
            {t('groups.moneyLine', {
              budget: formatEuros(d.group.budgetCents),
              spent: formatEuros(d.group.spentCents),
              own: formatEuros(d.group.ownContributionCents),
            })}
          </p>
        </section>
        <section className="card" aria-labelledby="retention">
          <h2 id="retention">{t('groups.retention')}</h2>
          <p>
            {d.retention.share === null
              ? t('groups.retentionNone')
              : t('groups.retentionValue', {
                  stayed: d.retention.stayed,
                  counted: d.retention.counted,
                  percent: Math.round(d.retention.share * 100),
                })}
          </p>
        </section>
        <section className="card dashboard-grid__wide" aria-labelledby="attendance">
          <h2 id="attendance">{t('groups.attendance')}</h2>
          <AttendanceChart sessions={d.attendance} />
        </section>
        <FollowUps dashboard={d} />
        <section className="card" aria-labelledby="not-contributed">
          <h2 id="not-contributed">{t('groups.notContributed')}</h2>
          {d.notContributed.length === 0 ? (
            <p className="muted">{t('groups.notContributedEmpty')}</p>
          ) : (
            <ul className="plain-list">
              {d.notContributed.map((p) => (
                <li key={p.id}>
                  <Link to={`/groups/participants/${p.id}`}>{p.name}</Link>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('groups.contributionSpread')}</h3>
          <ul className="plain-list">
            {[...d.contributionSpread]
              .sort((a, b) => b.sessionsWithContribution - a.sessionsWithContribution)
              .map((p) => (
                <li key={p.id}>
                  {p.name} ·{' '}
                  <span className="muted">{t('groups.contributionCount', { count: p.sessionsWithContribution })}</span>
                </li>
              ))}
          </ul>
        </section>
        <ParticipantsSection dashboard={d} />
        <HouseRulesSection dashboard={d} />
        <ActivitiesSection dashboard={d} />
      </div>
      <GroupSettings key={JSON.stringify(d.group)} dashboard={d} />
    </Page>
  );
}
