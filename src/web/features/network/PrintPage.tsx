import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { analyse } from '../../../shared/network/analysis.js';
import { mapModels } from '../../../shared/network/model.js';
import { peopleQueries } from '../people/api.js';
import { networkQueries } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button, Loading } from '../../ui/basics.js';
import { MapDrawing } from './MapDrawing.js';
import { MapLegend } from './MapLegend.js';
import { useSession } from '../../session.js';
import { sheetGroups } from '../../../shared/network/sheet.js';

/** An A4 sheet for the person to take home, in plain words (B1) addressed to them. */
export function PrintPage() {
  const { t } = useTranslation();
  const { personId, mapId } = useParams();
  const person = useQuery(peopleQueries.person(personId));
  const { session } = useSession();
  const organisation = session?.organisation;
  const map = useQuery(networkQueries.map(mapId));
  if (map.error) return <Alert kind="error">{map.error.message}</Alert>;
  if (!map.data || !person.data) return <Loading />;
  const { alters, ties } = map.data;
  const { rings } = mapModels[map.data.map.model];
  const analysis = analyse({ rings: rings.length, alters, ties });
  const chosen = alters.filter((a) => a.strategy);
  const groups = sheetGroups(alters, rings.length);
  return (
    <article className="print-sheet">
      <div className="print-actions">
        <Link to={`/people/${personId}/maps/${mapId}`}>← {t('network.backToMap')}</Link>
        <Button onClick={() => window.print()}>{t('network.print')}</Button>
      </div>
      <h1>{t('print.title', { name: person.data.firstName })}</h1>
      <p>{t('print.date', { date: formatDate(map.data.map.takenOn) })}</p>
      <MapDrawing
        model={map.data.map.model}
        alters={alters}
        ties={ties}
        centreLabel={person.data.firstName}
        audience="client"
      />
      <MapLegend audience="client" />
      <h2>{t('print.whoTitle')}</h2>
      {groups.byRing.map((here, i) =>
        here.length === 0 ? null : (
          <p key={rings[i]}>
            <strong>{t(`print.ring${i + 1}`)}</strong> {here.map((a) => a.name).join(', ')}
          </p>
        ),
      )}
      {groups.faded.length > 0 ? (
        <p>
          <strong>{t('print.faded')}</strong> {groups.faded.map((a) => a.name).join(', ')}
        </p>
      ) : null}
      {groups.broken.length > 0 ? (
        <p>
          <strong>{t('print.broken')}</strong> {groups.broken.map((a) => a.name).join(', ')}
        </p>
      ) : null}
      <h2>{t('print.supportTitle')}</h2>
      <p>{t('print.support', { received: analysis.reciprocity.received, given: analysis.reciprocity.given })}</p>
      {chosen.length > 0 ? (
        <>
          <h2>{t('print.plansTitle')}</h2>
          <ul>
            {chosen.map((a) => (
              <li key={a.id}>
                {a.name}: {t(`network.strategy.${a.strategy}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="print-footer">{t('print.footer')}</p>
      {organisation ? (
        <address className="print-contact">
          <strong>{t('print.contactTitle', { organisation: organisation.name })}</strong>
          {organisation.contact ? <span className="pre-wrap">{organisation.contact}</span> : null}
        </address>
      ) : null}
    </article>
  );
}
