// Places that may suit one person (issue 15, item 4), each with the reasons in words, so the
// coach or worker and the person can talk about them and choose; Kring decides nothing.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, Page, QueryStatus } from '../../ui/basics.js';
import { CheckboxField } from '../../ui/Field.js';
import { leafletPath, socialMapQueries } from './api.js';
import { EntryCard } from './EntryCard.js';
import { reasonsInWords } from './words.js';

export function SuggestionsPage() {
  const { personId } = useParams();
  const { t } = useTranslation();
  const found = useQuery(socialMapQueries.suggestions(personId));
  // What goes on the leaflet to take home: the first three unless others are chosen.
  const [onLeaflet, setOnLeaflet] = useState<string[] | null>(null);
  if (!found.data)
    return (
      <Page title={t('socialMap.suggest.titleNoName')}>
        {found.error ? <QueryStatus query={found} /> : <Loading />}
      </Page>
    );
  const { firstName, basedOn, items } = found.data;
  const chosen = onLeaflet ?? items.slice(0, 3).map((i) => i.id);
  const toggle = (id: string) =>
    setOnLeaflet(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id].slice(0, 6));
  return (
    <Page title={t('socialMap.suggest.title', { name: firstName })}>
      <p className="muted">{t('socialMap.suggest.intro', { name: firstName })}</p>
      {basedOn.interests.length === 0 ? (
        <p>{t('socialMap.suggest.nothingKnown', { name: firstName })}</p>
      ) : items.length === 0 ? (
        <p>{t('socialMap.suggest.none')}</p>
      ) : (
        <ul className="entry-list">
          {items.map((item) => (
            <li key={item.id}>
              <EntryCard entry={item}>
                <p className="entry-card__reasons">
                  <strong>{t('socialMap.suggest.because')}</strong> {reasonsInWords(t, item.reasons)}
                </p>
                <CheckboxField
                  label={t('socialMap.suggest.onLeaflet', { name: item.name })}
                  checked={chosen.includes(item.id)}
                  onChange={() => toggle(item.id)}
                />
              </EntryCard>
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        {items.length > 0 ? (
          <Link className="button button--primary" to={`${leafletPath(personId ?? '')}?places=${chosen.join(',')}`}>
            {t('socialMap.suggest.leaflet', { count: chosen.length })}
          </Link>
        ) : null}
        <Link className="button button--secondary" to="/social-map">
          {t('socialMap.suggest.searchYourself')}
        </Link>
      </div>
    </Page>
  );
}
