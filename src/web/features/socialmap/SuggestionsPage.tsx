// Places that may suit one person (issue 15, item 4), each with the reasons in words, so the
// coach or worker and the person can talk about them and choose; Kring decides nothing.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading, Page, QueryStatus } from '../../ui/basics.js';
import { socialMapQueries } from './api.js';
import { EntryCard } from './EntryCard.js';
import { reasonsInWords } from './words.js';

export function SuggestionsPage() {
  const { personId } = useParams();
  const { t } = useTranslation();
  const found = useQuery(socialMapQueries.suggestions(personId));
  if (!found.data)
    return (
      <Page title={t('socialMap.suggest.titleNoName')}>
        {found.error ? <QueryStatus query={found} /> : <Loading />}
      </Page>
    );
  const { firstName, basedOn, items } = found.data;
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
              </EntryCard>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/social-map">{t('socialMap.suggest.searchYourself')}</Link>
      </p>
    </Page>
  );
}
