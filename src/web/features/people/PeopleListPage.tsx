import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { displayName } from '../../../shared/names.js';
import { peopleQueries } from './api.js';
import { useSession } from '../../session.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { DataTable } from '../../ui/DataTable.js';

const pageSize = 50;

export function PeopleListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  // The search text stays in memory, never in the address bar: names do not belong in URLs.
  const [q, setQ] = useState('');
  const [kind, setKind] = useState('');
  const [limit, setLimit] = useState(pageSize);
  const query = useDeferredValue(q);
  const result = useQuery({
    ...peopleQueries.search({
      q: query,
      kind: kind === 'client' || kind === 'participant' ? kind : undefined,
      limit: Math.min(limit, 100),
      offset: 0,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <Page
      title={t('people.title')}
      actions={
        can('persons.write') ? (
          <Link className="button button--primary" to="/people/new">
            {t('people.new')}
          </Link>
        ) : null
      }
    >
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('people.search')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
        <SelectField label={t('fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('people.allKinds')}</option>
          <option value="client">{t('kinds.client')}</option>
          <option value="participant">{t('kinds.participant')}</option>
        </SelectField>
      </form>
      {result.error ? <Alert kind="error">{result.error.message}</Alert> : null}
      {result.isLoading ? <Loading /> : null}
      {result.data ? (
        <>
          <p role="status" className="muted">
            {result.data.totalIsCapped
              ? t('people.countCapped', { count: result.data.total })
              : t('people.count', { count: result.data.total })}
          </p>
          {result.data.items.length === 0 ? (
            <p>
              {q ? t('people.noMatch') : can('persons.write') ? t('people.emptyCanAdd') : t('people.emptyAssigned')}
            </p>
          ) : (
            <DataTable
              rows={result.data.items}
              rowKey={(p) => p.id}
              columns={[
                {
                  key: 'name',
                  header: t('fields.name'),
                  rowHeader: true,
                  cell: (p) => <Link to={`/people/${p.id}`}>{displayName(p)}</Link>,
                },
                { key: 'kind', header: t('fields.kind'), cell: (p) => t(`kinds.${p.kind}`) },
                {
                  key: 'year',
                  header: t('fields.yearOfBirth'),
                  className: 'hide-small',
                  cell: (p) => p.yearOfBirth ?? '—',
                },
                {
                  key: 'neighbourhood',
                  header: t('fields.neighbourhood'),
                  className: 'hide-small',
                  cell: (p) => p.neighbourhood ?? '—',
                },
                { key: 'team', header: t('fields.team'), className: 'hide-small', cell: (p) => p.teamName ?? '—' },
              ]}
            />
          )}
          {result.data.total > result.data.items.length && limit < 100 ? (
            <Button variant="secondary" onClick={() => setLimit(100)}>
              {t('people.more')}
            </Button>
          ) : null}
          {result.data.total > 100 && limit >= 100 ? <p className="muted">{t('people.refine')}</p> : null}
        </>
      ) : null}
    </Page>
  );
}
