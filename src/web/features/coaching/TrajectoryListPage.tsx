import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { trajectoryStatuses } from '../../../shared/coaching/model.js';
import { formatDate } from '../../i18n/index.js';
import { SelectField } from '../../ui/Field.js';
import { Page, QueryStatus } from '../../ui/basics.js';
import { coachingQueries, trajectoryPath } from './api.js';
import { DataTable } from '../../ui/DataTable.js';

export function TrajectoryListPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const list = useQuery(coachingQueries.trajectories(trajectoryStatuses.find((s) => s === status)));
  return (
    <Page
      title={t('coaching.allTrajectories')}
      actions={
        <Link className="button button--primary" to="/coaching/register">
          {t('coaching.registerClient')}
        </Link>
      }
    >
      <SelectField label={t('coaching.fields.status')} value={status} onChange={(e) => setStatus(e.target.value)}>
        <option value="">{t('coaching.allTrajectories')}</option>
        {trajectoryStatuses.map((s) => (
          <option key={s} value={s}>
            {t(`coaching.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <QueryStatus query={list} />
      {list.data ? (
        <DataTable
          rows={list.data}
          rowKey={(r) => r.id}
          columns={[
            {
              key: 'name',
              header: t('coaching.fields.coachName'),
              cell: (r) => <Link to={trajectoryPath(r.id)}>{r.name}</Link>,
            },
            {
              key: 'status',
              header: t('coaching.fields.status'),
              cell: (r) => (
                <>
                  {t(`coaching.status.${r.status}`)}
                  {r.waitingDays !== null ? (
                    <>
                      {' '}
                      · <span className="muted">{t('coaching.waitingDays', { count: r.waitingDays })}</span>
                    </>
                  ) : null}
                </>
              ),
            },
            {
              key: 'match',
              header: t('coaching.match.title'),
              cell: (r) =>
                r.coachName
                  ? `${r.coachName}${r.matchStatus === 'proposed' ? ` (${t('coaching.hasProposal')})` : ''}`
                  : '',
            },
            { key: 'registered', header: t('coaching.fields.registeredOn'), cell: (r) => formatDate(r.registeredOn) },
          ]}
        />
      ) : null}
    </Page>
  );
}
