import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { networkCalls, networkKeys, networkQueries } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { SelectField } from '../../ui/Field.js';
import { Alert, Button, Card } from '../../ui/basics.js';
import { clock } from '../../../shared/clock.js';

const labels = ['start', 'mid_term', 'end', 'follow_up', 'other'] as const;

/** The person's network maps over time, on their page: open, start a new one, or continue from the last. */
export function MapsSection({ personId, canWrite }: { personId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const maps = useQuery(networkQueries.maps(personId));
  const snapshots = maps.data?.filter((m) => m.kind === 'snapshot') ?? [];
  const last = snapshots.at(-1);
  const [compareFrom, setCompareFrom] = useState('');
  const [compareTo, setCompareTo] = useState('');
  const [label, setLabel] = useState<(typeof labels)[number]>(snapshots.length === 0 ? 'start' : 'mid_term');
  const create = useMutation({
    mutationFn: (map: Parameters<typeof networkCalls.createMap>[1]) => networkCalls.createMap(personId, map),
    onSuccess: async ({ id }) => {
      await client.invalidateQueries({ queryKey: networkKeys.maps(personId) });
      void navigate(`/people/${personId}/maps/${id}`);
    },
  });
  return (
    <Card title={t('network.mapsTitle')}>
      {maps.data?.length === 0 ? <p>{t('network.noMaps')}</p> : null}
      <ul className="plain-list map-list">
        {maps.data?.map((m) => (
          <li key={m.id}>
            <Link to={`/people/${personId}/maps/${m.id}`}>
              {m.kind === 'dream' ? t('network.dream') : t(`network.labels.${m.label}`)} · {formatDate(m.takenOn)}
            </Link>{' '}
            <span className="muted small">({t('network.people', { count: m.alters })})</span>
          </li>
        ))}
      </ul>
      {maps.data && maps.data.length >= 2 ? (
        <form
          className="inline-form"
          aria-label={t('network.compare')}
          onSubmit={(e) => {
            e.preventDefault();
            const from = compareFrom || maps.data![0].id;
            const to = compareTo || maps.data!.at(-1)!.id;
            void navigate(`/people/${personId}/compare?from=${from}&to=${to}`);
          }}
        >
          {[
            [t('network.compareFrom'), compareFrom || maps.data[0].id, setCompareFrom],
            [t('network.compareTo'), compareTo || maps.data.at(-1)!.id, setCompareTo],
          ].map(([label, value, set]) => (
            <SelectField
              key={label as string}
              label={label as string}
              value={value as string}
              onChange={(e) => (set as (v: string) => void)(e.target.value)}
            >
              {maps.data!.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.kind === 'dream' ? t('network.dream') : t(`network.labels.${m.label}`)} · {formatDate(m.takenOn)}
                </option>
              ))}
            </SelectField>
          ))}
          <Button type="submit" variant="secondary">
            {t('network.compare')}
          </Button>
        </form>
      ) : null}
      {create.error ? <Alert kind="error">{create.error.message}</Alert> : null}
      {canWrite ? (
        <div className="inline-form">
          <SelectField
            label={t('network.newSnapshot')}
            value={label}
            onChange={(e) => setLabel(e.target.value as typeof label)}
          >
            {labels.map((l) => (
              <option key={l} value={l}>
                {t(`network.labels.${l}`)}
              </option>
            ))}
          </SelectField>
          <Button
            onClick={() =>
              create.mutate({
                kind: 'snapshot',
                label,
                takenOn: clock.today(),
                ...(last ? { copyFromMapId: last.id } : {}),
              })
            }
            busy={create.isPending}
          >
            {last ? t('network.continueFromLast') : t('network.startMap')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => create.mutate({ kind: 'dream', label: 'other', takenOn: clock.today() })}
          >
            {t('network.startDream')}
          </Button>
        </div>
      ) : null}
    </Card>
  );
}
