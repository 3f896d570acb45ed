import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { supportTypes } from '../../../shared/network/model.js';
import { peopleQueries } from '../people/api.js';
import { networkQueries } from './api.js';
import { formatDate, formatShare } from '../../i18n/index.js';
import { Alert, Card, Loading, Page } from '../../ui/basics.js';
import { MapDrawing } from './MapDrawing.js';
import { DataTable } from '../../ui/DataTable.js';
import type { MapData } from '../../../server/modules/network/answers.js';

/** Two moments side by side (or now and the dream network): in words and as pictures. */
export function ComparePage() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const [params] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const person = useQuery(peopleQueries.person(personId));
  const before = useQuery(networkQueries.map(from));
  const after = useQuery(networkQueries.map(to));
  const comparison = useQuery(networkQueries.compare(from, to));
  const error = before.error ?? after.error ?? comparison.error;
  // An address without two maps (typed, or cut short) says so instead of loading for ever.
  if (!from || !to)
    return (
      <Page title={t('network.compareChoose')}>
        <p>
          <Link to={`/people/${personId}`}>← {t('network.compareChooseHint')}</Link>
        </p>
      </Page>
    );
  if (error) return <Alert kind="error">{error.message}</Alert>;
  if (!before.data || !after.data || !comparison.data || !person.data) return <Loading />;
  const c = comparison.data;
  const nameOf = (key: string) => [...after.data.alters, ...before.data.alters].find((a) => a.key === key)?.name ?? '';
  const labelOf = (m: MapData) =>
    `${m.map.kind === 'dream' ? t('network.dream') : t(`network.labels.${m.map.label}`)} (${formatDate(m.map.takenOn)})`;
  const list = (keys: string[]) => (keys.length === 0 ? t('network.nobody') : keys.map(nameOf).join(', '));
  return (
    <Page title={t('network.compareTitle', { name: person.data.firstName })}>
      <p className="muted">
        <Link to={`/people/${personId}`}>← {t('network.backToPerson', { name: person.data.firstName })}</Link>
      </p>
      <p className="lead">{t('network.compareIntro', { before: labelOf(before.data), after: labelOf(after.data) })}</p>
      <div className="grid-2">
        <Card title={t('network.changes')}>
          <dl className="details">
            <dt>{t('network.sizeChange')}</dt>
            <dd>{t('network.fromTo', { from: c.size.before, to: c.size.after })}</dd>
            <dt>{t('network.added')}</dt>
            <dd>{list(c.added)}</dd>
            <dt>{t('network.lost')}</dt>
            <dd>{list(c.lost)}</dd>
            <dt>{t('network.movedInward')}</dt>
            <dd>{c.movedInward.length === 0 ? t('network.nobody') : c.movedInward.map((m) => m.name).join(', ')}</dd>
            <dt>{t('network.movedOutward')}</dt>
            <dd>{c.movedOutward.length === 0 ? t('network.nobody') : c.movedOutward.map((m) => m.name).join(', ')}</dd>
            <dt>{t('network.mutualChange')}</dt>
            <dd>
              {t('network.fromTo', { from: formatShare(c.mutualShare.before), to: formatShare(c.mutualShare.after) })}
            </dd>
          </dl>
        </Card>
        <Card title={t('network.supportTitle')}>
          <DataTable
            rows={supportTypes}
            rowKey={(type) => type}
            columns={[
              {
                key: 'support',
                header: t('network.fields.support'),
                rowHeader: true,
                cell: (type) => t(`network.support.${type}`),
              },
              {
                key: 'before',
                header: labelOf(before.data),
                className: 'num',
                cell: (type) => c.providers[type].before,
              },
              { key: 'after', header: labelOf(after.data), className: 'num', cell: (type) => c.providers[type].after },
            ]}
          />
        </Card>
      </div>
      <div className="grid-2">
        {[before.data, after.data].map((m) => (
          <section key={m.map.id} className="map-panel" aria-label={labelOf(m)}>
            <h2>{labelOf(m)}</h2>
            <MapDrawing model={m.map.model} alters={m.alters} ties={m.ties} centreLabel={person.data.firstName} />
          </section>
        ))}
      </div>
    </Page>
  );
}
