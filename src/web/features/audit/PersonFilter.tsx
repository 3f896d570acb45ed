import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditPersonMatch } from '../../../server/modules/audit/answers.js';
import { auditQueries } from './api.js';
import { TextField } from '../../ui/Field.js';
import { Button } from '../../ui/basics.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Who the log is filtered on: a person found by name (or by Kring number), or no one. */
export interface ChosenPerson {
  id: string;
  /** Unknown when the filter was set from a row of the log, which shows ids only. */
  label: string | null;
}

/**
 * Finds a person by name to filter the log on (an access request names a person, not an id).
 * The typed name lives only in memory and travels in a request body.
 */
export function PersonFilter({
  chosen,
  onChoose,
}: {
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDeferredValue(typed.trim());
  const byName = q.length >= 2 && !uuidPattern.test(q);
  const matches = useQuery({ ...auditQueries.persons(q), enabled: byName });
  if (chosen) {
    return (
      <div className="field">
        <span className="field__label">{t('audit.person')}</span>
        <p className="chosen-person">
          <strong>{chosen.label ?? chosen.id.slice(0, 8)}</strong>{' '}
          <Button variant="secondary" onClick={() => onChoose(null)}>
            {t('audit.personClear')}
          </Button>
        </p>
      </div>
    );
  }
  const describe = (m: AuditPersonMatch) =>
    [m.name, m.yearOfBirth ? String(m.yearOfBirth) : null, t(`kinds.${m.kind}`)].filter(Boolean).join(' · ');
  return (
    <div className="person-filter">
      <TextField
        label={t('audit.person')}
        hint={t('audit.personHint')}
        type="search"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && uuidPattern.test(typed.trim())) onChoose({ id: typed.trim(), label: null });
        }}
      />
      {uuidPattern.test(q) ? (
        <Button variant="secondary" onClick={() => onChoose({ id: q, label: null })}>
          {t('audit.personById')}
        </Button>
      ) : null}
      {byName && matches.data ? (
        <>
          <p role="status" className="small muted">
            {matches.data.length === 0
              ? t('audit.personNone')
              : t('audit.personMatches', { count: matches.data.length })}
          </p>
          <ul className="person-filter__matches">
            {matches.data.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => onChoose({ id: m.id, label: describe(m) })}
                >
                  {describe(m)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
