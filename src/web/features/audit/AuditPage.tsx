import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { auditActions } from '../../../shared/audit.js';
import { identityQueries } from '../identity/api.js';
import { auditExportHref, auditQueries } from './api.js';
import { type ChosenPerson, PersonFilter } from './PersonFilter.js';
import { formatDate, formatDateTime } from '../../i18n/index.js';
import { SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { DataTable } from '../../ui/DataTable.js';

/** Audit details are short codes ("fields:notes", "count:12", "password_reset"); show them in words. */
function useDetail() {
  const { t } = useTranslation();
  return (detail: string | null) => {
    if (!detail) return '';
    const [key, value] = detail.includes(':')
      ? [detail.slice(0, detail.indexOf(':')), detail.slice(detail.indexOf(':') + 1)]
      : [detail, ''];
    const shown =
      key === 'role' || key === 'purpose' || key === 'withdrawn'
        ? t(key === 'role' ? `roles.${value}` : `consent.purposes.${value}`, { defaultValue: value })
        : key === 'retention'
          ? t(`privacy.retention.does.${value}`, { defaultValue: value })
          : key === 'legal_hold'
            ? t(value === 'on' ? 'privacy.hold.place' : 'privacy.hold.lift')
            : key === 'period'
              ? // A report's period is stored as two dates ("2026-01-01/2026-12-31"): shown in words.
                value.split('/').map(formatDate).join(' – ')
              : value;
    return t(`audit.details.${key}`, { value: shown, defaultValue: detail });
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ userId: '', action: '', from: '', to: '' });
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [limit, setLimit] = useState(100);
  const chosen = {
    ...filters,
    personId: person?.id ?? '',
    action: auditActions.find((a) => a === filters.action),
  };
  const users = useQuery(identityQueries.users());
  const audit = useQuery({
    ...auditQueries.page(chosen, limit),
    placeholderData: keepPreviousData,
  });
  const describe = useDetail();
  const set = (key: keyof typeof filters) => (e: { target: { value: string } }) =>
    setFilters({ ...filters, [key]: e.target.value });
  return (
    <Page
      title={t('audit.title')}
      actions={
        <a className="button button--secondary" href={auditExportHref(chosen)} download>
          {t('audit.export')}
        </a>
      }
    >
      <p>{t('audit.intro')}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('audit.filters')}>
        <PersonFilter chosen={person} onChoose={setPerson} />
        <SelectField label={t('audit.user')} value={filters.userId} onChange={set('userId')}>
          <option value="">{t('audit.everyone')}</option>
          {users.data?.map((u) => (
            <option key={u.id} value={u.id}>
              {u.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('audit.action')} value={filters.action} onChange={set('action')}>
          <option value="">{t('audit.allActions')}</option>
          {auditActions.map((a) => (
            <option key={a} value={a}>
              {t(`audit.actions.${a}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={t('audit.from')} type="date" value={filters.from} onChange={set('from')} />
        <TextField label={t('audit.to')} type="date" value={filters.to} onChange={set('to')} />
      </form>
      {audit.error ? <Alert kind="error">{audit.error.message}</Alert> : null}
      {audit.isLoading ? <Loading /> : null}
      {audit.data ? (
        <>
          <DataTable
            className="audit-table"
            rows={audit.data.items}
            rowKey={(row) => String(row.id)}
            rowClassName={(row) => (row.outcome !== 'ok' ? 'row--warning' : undefined)}
            columns={[
              { key: 'at', header: t('audit.when'), cell: (row) => formatDateTime(row.at) },
              {
                key: 'user',
                header: t('audit.user'),
                cell: (row) => (
                  <>
                    {row.userName ?? '—'}
                    {row.role ? <div className="small muted">{t(`roles.${row.role}`)}</div> : null}
                  </>
                ),
              },
              {
                key: 'action',
                header: t('audit.action'),
                cell: (row) => t(`audit.actions.${row.action}`, { defaultValue: row.action }),
              },
              {
                key: 'record',
                header: t('audit.record'),
                cell: (row) => (
                  <>
                    {t(`audit.records.${row.recordType}`, { defaultValue: row.recordType })}
                    {row.recordId ? <div className="small muted mono">{row.recordId.slice(0, 8)}</div> : null}
                  </>
                ),
              },
              {
                key: 'person',
                header: t('audit.person'),
                cell: (row) =>
                  row.personId ? (
                    <button
                      type="button"
                      className="button button--link mono small"
                      onClick={() => setPerson({ id: row.personId!, label: null })}
                      title={t('audit.filterOnPerson')}
                    >
                      {row.personId.slice(0, 8)}
                    </button>
                  ) : (
                    '—'
                  ),
              },
              { key: 'outcome', header: t('audit.outcome'), cell: (row) => t(`audit.outcomes.${row.outcome}`) },
              { key: 'detail', header: t('audit.detail'), className: 'small', cell: (row) => describe(row.detail) },
            ]}
          />
          {audit.data.items.length === 0 ? <p>{t('audit.empty')}</p> : null}
          {audit.data.hasMore ? (
            <Button variant="secondary" onClick={() => setLimit(Math.min(limit + 100, 500))} disabled={limit >= 500}>
              {t('audit.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
