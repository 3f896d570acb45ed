// The group network picture: participants on a circle, a line per pair who supported each other in
// the chosen period (thicker = more often, dashed = one way). A list says the same in words.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Loading, Page } from '../../ui/basics.js';
import { groupQueries, useGroup } from './api.js';
import { clock } from '../../../shared/clock.js';

/** The two names of a pair in alphabetical order, so the list reads the same every time. */
const pairNames = (x: string, y: string) => (x.localeCompare(y, 'nl') <= 0 ? { a: x, b: y } : { a: y, b: x });

export function NetworkPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const group = useGroup(id);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(clock.today());
  const net = useQuery(groupQueries.network(id, from, to));
  if (!group.data)
    return group.isLoading ? <Loading /> : <Alert kind="error">{group.error?.message ?? t('errors.generic')}</Alert>;
  const n = net.data;
  const size = 460;
  const r = 170;
  const pos = new Map(
    (n?.nodes ?? []).map((node, i, all) => {
      const a = -Math.PI / 2 + (i * 2 * Math.PI) / all.length;
      return [node.id, { x: size / 2 + r * Math.cos(a), y: size / 2 + r * Math.sin(a), name: node.name, a }];
    }),
  );
  const name = (pid: string) => pos.get(pid)?.name ?? '';
  return (
    <Page title={t('groups.networkTitle', { name: group.data.group.name })}>
      <p className="lead">{t('groups.networkIntro')}</p>
      <div className="row period">
        <label className="inline-field">
          {t('groups.periodFrom')}
          <input type="date" value={from || n?.from || ''} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="inline-field">
          {t('groups.periodTo')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
      </div>
      {net.isLoading ? <Loading /> : null}
      {n && n.edges.length === 0 ? <p className="muted">{t('groups.noObservations')}</p> : null}
      {n && n.edges.length > 0 ? (
        <div className="group-network">
          <svg
            viewBox={`-110 -10 ${size + 220} ${size + 20}`}
            role="img"
            aria-label={t('groups.networkTitle', { name: group.data.group.name })}
          >
            {n.edges.map((e) => {
              const a = pos.get(e.a)!;
              const b = pos.get(e.b)!;
              return (
                <line
                  key={`${e.a}-${e.b}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                  strokeWidth={Math.min(10, 1.5 + e.count * 1.5)}
                  className={`net-edge${e.mutual ? '' : ' net-edge--oneway'}`}
                />
              );
            })}
            {[...pos.entries()].map(([pid, p]) => (
              <g key={pid}>
                <circle cx={p.x} cy={p.y} r={9} className="net-node" />
                <text
                  x={size / 2 + (r + 16) * Math.cos(p.a)}
                  y={size / 2 + (r + 16) * Math.sin(p.a)}
                  textAnchor={Math.cos(p.a) > 0.2 ? 'start' : Math.cos(p.a) < -0.2 ? 'end' : 'middle'}
                  dominantBaseline="middle"
                  className="net-label"
                >
                  {p.name}
                </text>
              </g>
            ))}
          </svg>
          <p>{t('groups.density', { percent: Math.round(n.density * 100) })}</p>
          <ul>
            {n.edges.map((e) => (
              <li key={`${e.a}-${e.b}`}>
                {t('groups.edgeText', {
                  ...pairNames(name(e.a), name(e.b)),
                  count: e.count,
                  types: e.types.map((x) => t(`groups.supportTypes.${x}`)).join(', '),
                  mutual: e.mutual ? t('groups.mutualSuffix') : '',
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <Link to={`/groups/${id}`}>{t('groups.back')}</Link>
      </p>
    </Page>
  );
}
