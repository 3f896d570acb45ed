import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../i18n/index.js';
import { useSession } from '../../session.js';
import { Alert, Loading, Page } from '../../ui/basics.js';
import { ClosingSection } from './ClosingSection.js';
import { EvaluationSection } from './EvaluationSection.js';
import { IntakeSection } from './IntakeSection.js';
import { MatchSection } from './MatchSection.js';
import { PlanSection } from './PlanSection.js';
import { ReportsSection } from './ReportsSection.js';
import type { Trajectory } from '../../../server/modules/coaching/answers.js';
import { useTrajectory } from './api.js';

function Registration({ t: tr }: { t: Trajectory }) {
  const { t } = useTranslation();
  const r = tr.registration;
  const rows: [string, string | null][] = [
    [t('coaching.fields.registeredOn'), formatDate(r.registeredOn)],
    [
      t('coaching.trajectory.referrer'),
      [r.referrerOrganisation, r.referrerContact].filter(Boolean).join(' · ') || null,
    ],
    [t('coaching.fields.foundVia'), r.foundVia],
    [t('coaching.fields.situations'), r.situations.map((s) => t(`coaching.situations.${s}`)).join(', ') || null],
    [t('coaching.fields.situationNote'), r.situationNote],
    [t('coaching.fields.languages'), r.languages.join(', ') || null],
    [t('coaching.fields.interests'), r.interests.join(', ') || null],
    [
      t('coaching.fields.availability'),
      r.availability
        .map((p) => {
          const [d, part] = p.split('_');
          return `${t(`coaching.days.${d}`)} ${t(`coaching.parts.${part}`)}`;
        })
        .join(', ') || null,
    ],
    [t('coaching.fields.wishes'), r.wishes],
  ];
  return (
    <section className="card" aria-labelledby="registration">
      <h2 id="registration">{t('coaching.trajectory.registration')}</h2>
      <dl className="details">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd className="user-text">{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

export function TrajectoryPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const trajectory = useTrajectory(id);
  if (trajectory.isLoading) return <Loading />;
  if (trajectory.error || !trajectory.data)
    return <Alert kind="error">{trajectory.error?.message ?? t('errors.generic')}</Alert>;
  const tr = trajectory.data;
  const manage = can('coaching.manage');
  const sections = [
    ...(manage
      ? [
          ['intake', t('coaching.intake.title')],
          ['match', t('coaching.match.title')],
        ]
      : []),
    ['plan', t('coaching.plan.title')],
    ['reports', t('coaching.reports.title')],
    ...(manage
      ? [
          ['evaluations', t('coaching.evaluation.title')],
          ['closing', t('coaching.closing.title')],
        ]
      : []),
  ];
  return (
    <Page
      title={t('coaching.trajectory.title', { name: tr.name })}
      actions={
        <>
          <Link className="button button--secondary" to={`/coaching/trajectories/${tr.id}/print`}>
            {t('coaching.trajectory.print')}
          </Link>
          <Link className="button button--secondary" to={`/people/${tr.personId}`}>
            {t('coaching.trajectory.personPage')}
          </Link>
        </>
      }
    >
      <p className="lead">
        <span className={`badge badge--status-${tr.status}`}>{t(`coaching.status.${tr.status}`)}</span>
        {tr.startedOn ? <> · {t('coaching.trajectory.startedOn', { date: formatDate(tr.startedOn) })}</> : null}
        {tr.due.ageMonths !== null && tr.status === 'active' ? (
          <> · {t('coaching.trajectory.age', { count: tr.due.ageMonths })}</>
        ) : null}
        {tr.due.veryLong ? (
          <>
            {' '}
            · <span className="badge badge--warning">{t('coaching.veryLong')}</span>
          </>
        ) : null}
      </p>
      <nav aria-label={t('coaching.trajectory.sections')} className="section-nav">
        <ul>
          {sections.map(([key, label]) => (
            <li key={key}>
              <a href={`#${key}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="stack">
        {manage ? <Registration t={tr} /> : null}
        {manage ? <IntakeSection trajectory={tr} /> : null}
        {manage ? <MatchSection trajectory={tr} /> : null}
        <PlanSection trajectory={tr} />
        <ReportsSection trajectory={tr} />
        {manage ? <EvaluationSection trajectory={tr} /> : null}
        {manage ? <ClosingSection trajectory={tr} /> : null}
      </div>
    </Page>
  );
}
