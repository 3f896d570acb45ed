// "Still correct?" (issue 15): the entries nobody checked for the organisation's number of
// months, oldest first, each confirmed with one click; and the mistakes people reported.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Loading, Page, QueryStatus } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { formatDate } from '../../i18n/index.js';
import { entryPath, socialMapCalls, socialMapKeys, socialMapQueries } from './api.js';
import { FileSection } from './FileSection.js';
import { MistakeList } from './MistakeList.js';

export function UpkeepPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const upkeep = useQuery(socialMapQueries.upkeep());
  const { message, busy, run } = useSaveMessage();
  const refresh = () => client.invalidateQueries({ queryKey: socialMapKeys.all });
  if (!upkeep.data)
    return (
      <Page title={t('socialMap.upkeep.title')}>{upkeep.error ? <QueryStatus query={upkeep} /> : <Loading />}</Page>
    );
  const { stale, mistakes, staleMonths } = upkeep.data;
  return (
    <Page title={t('socialMap.upkeep.title')}>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <section aria-labelledby="stale" className="entry-section">
        <h2 id="stale">{t('socialMap.upkeep.stale', { count: stale.length })}</h2>
        <p className="muted">{t('socialMap.upkeep.staleHint', { count: staleMonths })}</p>
        {stale.length === 0 ? (
          <p>{t('socialMap.upkeep.allFresh')}</p>
        ) : (
          <ul className="upkeep-list">
            {stale.map((s) => (
              <li key={s.id}>
                <div>
                  <Link to={entryPath(s.id)}>{s.name}</Link>
                  <div className="muted">
                    {s.provider} ·{' '}
                    {s.checkedBy
                      ? t('socialMap.checkedBy', { date: formatDate(s.checkedOn), name: s.checkedBy })
                      : t('socialMap.checkedOn', { date: formatDate(s.checkedOn) })}
                  </div>
                </div>
                <div className="button-row">
                  <Button
                    busy={busy}
                    aria-label={t('socialMap.upkeep.confirmOne', { name: s.name })}
                    onClick={() =>
                      run(async () => {
                        await socialMapCalls.confirm(s.id);
                        await refresh();
                        return t('socialMap.upkeep.confirmedOne', { name: s.name });
                      })
                    }
                  >
                    {t('socialMap.confirm')}
                  </Button>
                  <Link className="button button--secondary" to={`/social-map/${s.id}/edit`}>
                    {t('common.edit')}
                    <span className="visually-hidden"> {s.name}</span>
                  </Link>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="reported" className="entry-section">
        <h2 id="reported">{t('socialMap.upkeep.mistakes', { count: mistakes.length })}</h2>
        {mistakes.length === 0 ? (
          <p>{t('socialMap.upkeep.noMistakes')}</p>
        ) : (
          <MistakeList
            mistakes={mistakes.map((m) => ({ ...m, entry: { id: m.entryId, name: m.entryName } }))}
            placeName={(m) => m.entry?.name ?? ''}
          />
        )}
      </section>
      <FileSection />
    </Page>
  );
}
