import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { coachingCalls, coachingKeys, coachingQueries } from './api.js';
import { TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page, QueryStatus } from '../../ui/basics.js';
import { decimalOrNull } from '../../ui/forms.js';
import type { Neighbourhood } from '../../../server/modules/coaching/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { DataTable } from '../../ui/DataTable.js';
import { formatDate } from '../../i18n/index.js';

function Settings() {
  const client = useQueryClient();
  const places = useQuery(coachingQueries.neighbourhoods());
  const settings = useQuery(coachingQueries.settings());
  if (!places.data || !settings.data) return <Loading />;
  return (
    <SettingsForm
      key="f"
      places={places.data}
      vog={settings.data.vogMaxAgeMonths}
      questions={settings.data.relationshipQuestions}
      onSaved={() => client.invalidateQueries({ queryKey: coachingKeys.all })}
    />
  );
}

function SettingsForm({
  places: initial,
  vog: initialVog,
  questions: initialQuestions,
  onSaved,
}: {
  places: Neighbourhood[];
  vog: number;
  questions: string[] | null;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [places, setPlaces] = useState(
    initial.map((p) => ({
      name: p.name,
      latitude: p.latitude?.toString() ?? '',
      longitude: p.longitude?.toString() ?? '',
    })),
  );
  const [vog, setVog] = useState(String(initialVog));
  const [questions, setQuestions] = useState((initialQuestions ?? []).join('\n'));
  const { message, run } = useSaveMessage();
  const set = (i: number, key: 'name' | 'latitude' | 'longitude', v: string) =>
    setPlaces((ps) => ps.map((p, j) => (j === i ? { ...p, [key]: v } : p)));
  async function save() {
    await run(async () => {
      await coachingCalls.saveNeighbourhoods({
        neighbourhoods: places
          .filter((p) => p.name.trim())
          .map((p) => ({ name: p.name, latitude: decimalOrNull(p.latitude), longitude: decimalOrNull(p.longitude) })),
      });
      const list = questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean);
      await coachingCalls.saveSettings({
        vogMaxAgeMonths: Number(vog),
        relationshipQuestions: list.length ? list : null,
      });
      onSaved();
      return t('coaching.settingsSaved');
    });
  }
  return (
    <div className="stack">
      <fieldset>
        <legend>{t('coaching.neighbourhoods')}</legend>
        <p className="field__hint">{t('coaching.neighbourhoodsHint')}</p>
        {places.map((p, i) => (
          <div className="row" key={i}>
            <TextField
              label={t('coaching.fields.neighbourhood')}
              value={p.name}
              onChange={(e) => set(i, 'name', e.target.value)}
            />
            <TextField
              label={t('coaching.latitude')}
              inputMode="decimal"
              value={p.latitude}
              onChange={(e) => set(i, 'latitude', e.target.value)}
            />
            <TextField
              label={t('coaching.longitude')}
              inputMode="decimal"
              value={p.longitude}
              onChange={(e) => set(i, 'longitude', e.target.value)}
            />
            <Button
              variant="link"
              onClick={() => setPlaces(places.filter((_, j) => j !== i))}
              aria-label={t('coaching.removeNeighbourhood', { name: p.name })}
            >
              ×
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => setPlaces([...places, { name: '', latitude: '', longitude: '' }])}>
          {t('coaching.addNeighbourhood')}
        </Button>
      </fieldset>
      <TextField
        label={t('coaching.vogMaxAge')}
        type="number"
        min={1}
        max={120}
        value={vog}
        onChange={(e) => setVog(e.target.value)}
      />
      <TextArea
        label={t('coaching.questions')}
        hint={t('coaching.questionsHint')}
        value={questions}
        onChange={(e) => setQuestions(e.target.value)}
      />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button onClick={save}>{t('common.save')}</Button>
      </div>
    </div>
  );
}

export function CoachesPage() {
  const { t } = useTranslation();
  const coaches = useQuery(coachingQueries.coaches());
  return (
    <Page
      title={t('coaching.coaches.title')}
      actions={
        <Link className="button button--primary" to="/coaching/coaches/new">
          {t('coaching.coaches.new')}
        </Link>
      }
    >
      <QueryStatus query={coaches} />
      {coaches.data ? (
        coaches.data.length === 0 ? (
          <p>{t('coaching.coaches.empty')}</p>
        ) : (
          <DataTable
            rows={coaches.data}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'name',
                header: t('coaching.fields.coachName'),
                cell: (c) => (
                  <>
                    <Link to={`/coaching/coaches/${c.id}`}>{`${c.firstName} ${c.lastName}`.trim()}</Link>
                    {c.intern ? <> · {t('coaching.fields.intern')}</> : null}
                  </>
                ),
              },
              {
                key: 'status',
                header: t('coaching.fields.status'),
                cell: (c) => t(`coaching.coachStatus.${c.status}`),
              },
              {
                key: 'clients',
                header: t('coaching.coaches.clients'),
                cell: (c) => (
                  <span className={c.activeClients >= c.maxClients ? 'badge badge--warning' : undefined}>
                    {t('coaching.load', { active: c.activeClients, max: c.maxClients })}
                  </span>
                ),
              },
              { key: 'neighbourhood', header: t('coaching.fields.neighbourhood'), cell: (c) => c.neighbourhood },
              { key: 'languages', header: t('coaching.fields.languages'), cell: (c) => c.languages.join(', ') },
              {
                key: 'vog',
                header: t('coaching.fields.vogOn'),
                cell: (c) =>
                  c.vogWarning ? (
                    <span className="badge badge--warning">{t(`coaching.vog.${c.vogWarning}`)}</span>
                  ) : c.vogOn ? (
                    formatDate(c.vogOn)
                  ) : null,
              },
            ]}
          />
        )
      ) : null}
      <section className="card" aria-labelledby="coaching-settings">
        <h2 id="coaching-settings">{t('coaching.settingsTitle')}</h2>
        <Settings />
      </section>
    </Page>
  );
}
