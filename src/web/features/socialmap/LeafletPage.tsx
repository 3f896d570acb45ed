// "Places near you" (issue 15, item 5): one page in plain language (B1) with the places chosen
// for a person, to take home: what it is, when, where, what it costs and whom to call.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../session.js';
import { Alert, Button, Loading } from '../../ui/basics.js';
import { socialMapQueries, suggestionsPath } from './api.js';
import { costInWords, occurrenceInWords, slotInWords } from './words.js';

export function LeafletPage() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const [search] = useSearchParams();
  const { session } = useSession();
  const organisation = session?.organisation;
  const suggestions = useQuery(socialMapQueries.suggestions(personId));
  const asked = (search.get('places') ?? '').split(',').filter(Boolean).slice(0, 6);
  const ids = asked.length ? asked : (suggestions.data?.items ?? []).slice(0, 3).map((i) => i.id);
  const places = useQueries({ queries: ids.map((id) => socialMapQueries.entry(id)) });
  if (suggestions.error) return <Alert kind="error">{suggestions.error.message}</Alert>;
  if (!suggestions.data || places.some((p) => p.isLoading)) return <Loading />;
  const shown = places.flatMap((p) => (p.data ? [p.data] : []));
  return (
    <article className="print-sheet">
      <div className="print-actions">
        <Link to={suggestionsPath(personId ?? '')}>← {t('socialMap.leaflet.back')}</Link>
        <Button onClick={() => window.print()}>{t('socialMap.leaflet.print')}</Button>
      </div>
      <h1>{t('socialMap.leaflet.title', { name: suggestions.data.firstName })}</h1>
      <p>{t('socialMap.leaflet.intro')}</p>
      {shown.length === 0 ? <p>{t('socialMap.leaflet.empty')}</p> : null}
      {shown.map((place) => (
        <section key={place.id} className="leaflet-place">
          <h2>{place.name}</h2>
          {place.description ? <p>{place.description}</p> : null}
          <p>
            <strong>{t('socialMap.leaflet.when')}</strong> {place.slots.map((slot) => slotInWords(t, slot)).join('; ')}
            {place.next[0] ? ` (${t('socialMap.leaflet.next', { date: occurrenceInWords(t, place.next[0]) })})` : ''}
          </p>
          {place.locations.length ? (
            <p>
              <strong>{t('socialMap.leaflet.where')}</strong> {place.locations.map((l) => l.address).join('; ')}
            </p>
          ) : null}
          <p>
            <strong>{t('socialMap.leaflet.cost')}</strong> {costInWords(t, place)}
          </p>
          {place.contactPhone || place.contactEmail ? (
            <p>
              <strong>{t('socialMap.leaflet.ask')}</strong>{' '}
              {[place.contactPhone, place.contactEmail].filter(Boolean).join(' · ')}
            </p>
          ) : null}
        </section>
      ))}
      {organisation ? (
        <address className="print-contact">
          <strong>{t('print.contactTitle', { organisation: organisation.name })}</strong>
          {organisation.contact ? <span className="pre-wrap">{organisation.contact}</span> : null}
        </address>
      ) : null}
    </article>
  );
}
