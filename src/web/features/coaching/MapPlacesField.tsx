// Coach step 4 with the social map (issue 15, item 5): places chosen together from the
// suggestions for this client (or found by searching the map), and afterwards whether they went
// and how it was, in the client's words.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ChosenPlace, placeOutcomes } from '../../../shared/coaching/steps.js';
import { useSession } from '../../session.js';
import { SelectField, TextArea } from '../../ui/Field.js';
import { Button } from '../../ui/basics.js';
import { oneOf } from '../../ui/forms.js';
import { entryPath, socialMapQueries, suggestionsPath } from '../socialmap/api.js';
import { reasonsInWords } from '../socialmap/words.js';

export function MapPlacesField({
  label,
  personId,
  places,
  onChange,
  error,
}: {
  label: string;
  personId: string;
  places: ChosenPlace[];
  onChange(next: ChosenPlace[]): void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const suggestions = useQuery({ ...socialMapQueries.suggestions(personId), enabled: can('socialmap.read') });
  const chosen = new Set(places.map((p) => p.entryId));
  const change = (i: number, next: Partial<ChosenPlace>) =>
    onChange(places.map((p, j) => (j === i ? { ...p, ...next } : p)));
  const open = (suggestions.data?.items ?? []).filter((s) => !chosen.has(s.id)).slice(0, 5);
  return (
    <fieldset className="item-list">
      <legend>{label}</legend>
      {places.length === 0 ? <p className="muted">{t('coaching.mapPlaces.none')}</p> : null}
      {places.map((p, i) => (
        <div key={p.entryId} className="stack map-place">
          <Link to={entryPath(p.entryId)}>{p.name}</Link>
          <SelectField
            label={t('coaching.mapPlaces.outcome', { name: p.name })}
            value={p.outcome}
            onChange={(e) => change(i, { outcome: oneOf(placeOutcomes, e.target.value, p.outcome) })}
          >
            {placeOutcomes.map((o) => (
              <option key={o} value={o}>
                {t(`coaching.mapPlaces.outcomes.${o}`)}
              </option>
            ))}
          </SelectField>
          {p.outcome !== 'chosen' ? (
            <TextArea
              label={t('coaching.mapPlaces.howItWent', { name: p.name })}
              sensitive="trajectory_steps.worksheet"
              maxLength={4000}
              value={p.howItWent}
              onChange={(e) => change(i, { howItWent: e.target.value })}
            />
          ) : null}
          <Button variant="link" onClick={() => onChange(places.filter((_, j) => j !== i))}>
            {t('coaching.mapPlaces.remove', { name: p.name })}
          </Button>
        </div>
      ))}
      {open.length > 0 && places.length < 20 ? (
        <div className="suggestions stack" role="group" aria-label={t('coaching.mapPlaces.suggested')}>
          <span className="muted">{t('coaching.mapPlaces.suggested')}</span>
          {open.map((s) => (
            <div key={s.id}>
              <Button
                variant="secondary"
                onClick={() => onChange([...places, { entryId: s.id, name: s.name, outcome: 'chosen', howItWent: '' }])}
              >
                + {s.name}
              </Button>
              <div className="muted small">{reasonsInWords(t, s.reasons)}</div>
            </div>
          ))}
        </div>
      ) : null}
      <Link to={suggestionsPath(personId)}>{t('coaching.mapPlaces.more')}</Link>
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
