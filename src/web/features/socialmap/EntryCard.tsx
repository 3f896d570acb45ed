// One place in a list of search results: enough to choose whether to look further.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SocialMapHit } from '../../../server/modules/socialmap/answers.js';
import { entryPath } from './api.js';
import { costInWords, occurrenceInWords } from './words.js';

export function EntryCard({ entry, children }: { entry: SocialMapHit; children?: ReactNode }) {
  const { t } = useTranslation();
  const next = entry.next[0];
  return (
    <article className="entry-card">
      <h2 className="entry-card__title">
        <Link to={entryPath(entry.id)}>{entry.name}</Link>
      </h2>
      <p className="entry-card__provider">
        {entry.provider}
        {entry.places.length ? ` · ${entry.places.join(', ')}` : ''}
      </p>
      {children}
      {entry.description ? <p className="entry-card__description">{entry.description}</p> : null}
      <dl className="entry-card__facts">
        <div>
          <dt>{t('socialMap.fields.next')}</dt>
          <dd>{next ? occurrenceInWords(t, next) : t('socialMap.noDates')}</dd>
        </div>
        <div>
          <dt>{t('socialMap.fields.cost')}</dt>
          <dd>{costInWords(t, entry)}</dd>
        </div>
      </dl>
      <p className="entry-card__badges">
        <span className="badge badge--info">{t(`socialMap.kinds.${entry.kind}`)}</span>
        {entry.lowThreshold ? (
          <span className="badge badge--status-active">{t('socialMap.fields.lowThreshold')}</span>
        ) : null}
        {entry.accessibility.map((a) => (
          <span key={a} className="badge">
            {t(`socialMap.accessibility.${a}`)}
          </span>
        ))}
        {entry.stale ? <span className="badge badge--warning">{t('socialMap.staleBadge')}</span> : null}
      </p>
    </article>
  );
}
