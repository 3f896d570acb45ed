// Finding a place on the social map (issue 15): type what someone likes, narrow by day, cost and
// what they need, on a phone as well as at a desk. The search stays in memory, not in the address.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { accessibilityFeatures, defaultInterestKeys } from '../../../shared/socialmap/model.js';
import { dayParts, weekDays } from '../../../shared/week.js';
import { useSession } from '../../session.js';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.js';
import { CheckGroup } from '../../ui/inputs.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { oneOf } from '../../ui/forms.js';
import { socialMapQueries } from './api.js';
import { EntryCard } from './EntryCard.js';

const pageSize = 30;
/** From a tablet up the filters stand open beside the results. */
const wideScreen = typeof window !== 'undefined' && window.matchMedia('(min-width: 48em)').matches;
const costChoices = ['any', 'free', '500', '1000'] as const;
type Accessibility = (typeof accessibilityFeatures)[number];

export function SocialMapPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [q, setQ] = useState('');
  const [interest, setInterest] = useState('');
  const [day, setDay] = useState('');
  const [date, setDate] = useState('');
  const [part, setPart] = useState('');
  const [cost, setCost] = useState<(typeof costChoices)[number]>('any');
  const [lowThreshold, setLowThreshold] = useState(false);
  const [neighbourhood, setNeighbourhood] = useState('');
  const [accessibility, setAccessibility] = useState<Accessibility[]>([]);
  const [limit, setLimit] = useState(pageSize);
  const search = useDeferredValue({
    q,
    interests: interest ? [interest] : [],
    weekday: day && !date ? oneOf(weekDays, day, 'mon') : null,
    date: date || null,
    part: part ? oneOf(dayParts, part, 'morning') : null,
    free: cost === 'free',
    maxCents: cost === '500' || cost === '1000' ? Number(cost) : null,
    lowThreshold,
    neighbourhood: neighbourhood || null,
    accessibility,
    limit,
    offset: 0,
  });
  const result = useQuery({ ...socialMapQueries.search(search), placeholderData: keepPreviousData });
  const active = [
    interest,
    day && !date,
    date,
    part,
    cost !== 'any',
    lowThreshold,
    neighbourhood,
    accessibility.length,
  ].filter(Boolean).length;

  return (
    <Page
      title={t('socialMap.title')}
      actions={
        can('socialmap.keep') ? (
          <>
            <Link className="button button--secondary" to="/social-map/upkeep">
              {t('socialMap.upkeep.link')}
            </Link>
            <Link className="button button--primary" to="/social-map/new">
              {t('socialMap.new')}
            </Link>
          </>
        ) : null
      }
    >
      <p className="muted">{t('socialMap.intro')}</p>
      <form className="map-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('socialMap.search')}
          hint={t('socialMap.searchHint')}
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoComplete="off"
        />
        {/* On a phone the filters fold away under the search, so the results come into view. */}
        <details open={wideScreen || active > 0 || undefined}>
          <summary>{active ? t('socialMap.filtersActive', { count: active }) : t('socialMap.filters')}</summary>
          <div className="filters">
            <SelectField
              label={t('socialMap.fields.interest')}
              value={interest}
              onChange={(e) => setInterest(e.target.value)}
            >
              <option value="">{t('socialMap.any')}</option>
              {defaultInterestKeys.map((key) => (
                <option key={key} value={key}>
                  {t(`socialMap.interests.${key}`)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('socialMap.fields.day')}
              value={day}
              disabled={date !== ''}
              onChange={(e) => setDay(e.target.value)}
            >
              <option value="">{t('socialMap.anyDay')}</option>
              {weekDays.map((d) => (
                <option key={d} value={d}>
                  {t(`coaching.dayNames.${d}`)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('socialMap.fields.part')} value={part} onChange={(e) => setPart(e.target.value)}>
              <option value="">{t('socialMap.anyPart')}</option>
              {dayParts.map((p) => (
                <option key={p} value={p}>
                  {t(`coaching.parts.${p}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('socialMap.fields.onDate')}
              hint={t('socialMap.onDateHint')}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
            <SelectField
              label={t('socialMap.fields.cost')}
              value={cost}
              onChange={(e) => setCost(oneOf(costChoices, e.target.value, 'any'))}
            >
              {costChoices.map((c) => (
                <option key={c} value={c}>
                  {t(`socialMap.costFilter.${c}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('socialMap.fields.neighbourhood')}
              value={neighbourhood}
              onChange={(e) => setNeighbourhood(e.target.value)}
              autoComplete="off"
            />
            <CheckboxField
              label={t('socialMap.fields.lowThreshold')}
              hint={t('socialMap.lowThresholdHint')}
              checked={lowThreshold}
              onChange={(e) => setLowThreshold(e.target.checked)}
            />
            <CheckGroup
              legend={t('socialMap.fields.accessibility')}
              options={accessibilityFeatures.map((a) => ({ value: a, label: t(`socialMap.accessibility.${a}`) }))}
              value={accessibility}
              onChange={setAccessibility}
            />
          </div>
        </details>
      </form>
      {result.error ? <Alert kind="error">{result.error.message}</Alert> : null}
      {result.isLoading ? <Loading /> : null}
      {result.data ? (
        <>
          <p role="status" className="muted">
            {t('socialMap.count', { count: result.data.total })}
          </p>
          {result.data.items.length === 0 ? (
            <p>{t('socialMap.noMatch')}</p>
          ) : (
            <ul className="entry-list">
              {result.data.items.map((item) => (
                <li key={item.id}>
                  <EntryCard entry={item} />
                </li>
              ))}
            </ul>
          )}
          {result.data.total > result.data.items.length && limit < 100 ? (
            <Button variant="secondary" onClick={() => setLimit(100)}>
              {t('socialMap.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
