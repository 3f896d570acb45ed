import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  balances,
  type GroupSupportType,
  groupSupportTypes,
  type LogbookTag,
  logbookTags,
  takingPart,
} from '../../../shared/groups/model.js';
import { oneOf } from '../../ui/forms.js';

type Observation = { from: string; to: string; type: GroupSupportType };
import { formatDate } from '../../i18n/index.js';
import { TextArea } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { SaveBar } from './SaveBar.js';
import { CheckGroup } from '../../ui/inputs.js';
import { groupCalls, groupKeys, groupQueries, useGroup } from './api.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

const balanceKey = (v: number) => (v < 0 ? `m${-v}` : v > 0 ? `p${v}` : 'z0');
/** A balance position in words, naming the pole it leans to ("Wat meer veiligheid"), not "links". */
const balanceWords = (t: TFunction, balance: string, v: number) =>
  t(`groups.balanceValues.${balanceKey(v)}`, {
    pole: t(`groups.balancePoles.${balance}.${v < 0 ? 'left' : 'right'}`),
  });

export function LogbookPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const client = useQueryClient();
  const group = useGroup(id);
  const entries = useQuery(groupQueries.logbook(id));
  const [writtenOn, setWrittenOn] = useState(clock.today());
  const [text, setText] = useState('');
  const [tags, setTags] = useState<LogbookTag[]>([]);
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [observations, setObservations] = useState<Observation[]>([]);
  const [draft, setDraft] = useState<Observation>({ from: '', to: '', type: 'emotional' });
  const { message, busy, run } = useSaveMessage();
  if (group.isLoading) return <Loading />;
  if (!group.data) return <Alert kind="error">{group.error?.message ?? t('errors.generic')}</Alert>;
  const d = group.data;
  // Only people who take part now can be seen supporting each other; who left is not offered.
  const current = d.participants.filter((p) => takingPart.includes(p.status));
  const name = (pid: string) => d.participants.find((p) => p.id === pid)?.name ?? '';
  const obsText = (o: { from: string; to: string; type: string }) =>
    t('groups.observationText', { from: name(o.from), to: name(o.to), type: t(`groups.supportTypes.${o.type}`) });

  async function save() {
    await run(async () => {
      await groupCalls.addLogbookEntry(d.group.id, {
        writtenOn,
        text,
        tags,
        observations,
        balances: Object.fromEntries(
          Object.entries(positions)
            .filter(([, v]) => v !== '')
            .map(([k, v]) => [k, Number(v)]),
        ),
      });
      await client.invalidateQueries({ queryKey: groupKeys.all });
      setText('');
      setTags([]);
      setPositions({});
      setObservations([]);
      return t('groups.entrySaved');
    });
  }

  return (
    <Page title={t('groups.logbookTitle', { name: d.group.name })}>
      <p className="lead">{t('groups.logbookIntro')}</p>
      <div className="stack card">
        <label className="inline-field">
          {t('groups.writtenOn')}
          <input type="date" value={writtenOn} max={clock.today()} onChange={(e) => setWrittenOn(e.target.value)} />
        </label>
        <TextArea
          label={t('groups.entryText')}
          value={text}
          maxLength={8000}
          onChange={(e) => setText(e.target.value)}
        />
        <CheckGroup
          legend={t('groups.tags')}
          value={tags}
          onChange={setTags}
          options={logbookTags.map((tag) => ({ value: tag, label: t(`groups.tagNames.${tag}`) }))}
        />
        <fieldset>
          <legend>{t('groups.observations')}</legend>
          <ul className="plain-list">
            {observations.map((o, i) => (
              <li key={i}>
                {obsText(o)}{' '}
                <Button
                  variant="link"
                  aria-label={t('groups.removeObservation', { text: obsText(o) })}
                  onClick={() => setObservations(observations.filter((_, j) => j !== i))}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
          <div className="inline-form">
            <label className="inline-field">
              {t('groups.from')}
              <select value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })}>
                <option value="">—</option>
                {current.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('groups.to')}
              <select value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })}>
                <option value="">—</option>
                {current.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field">
              {t('groups.supportType')}
              <select
                value={draft.type}
                onChange={(e) => setDraft({ ...draft, type: oneOf(groupSupportTypes, e.target.value, draft.type) })}
              >
                {groupSupportTypes.map((s) => (
                  <option key={s} value={s}>
                    {t(`groups.supportTypes.${s}`)}
                  </option>
                ))}
              </select>
            </label>
            <Button
              variant="secondary"
              disabled={!draft.from || !draft.to}
              onClick={() => {
                setObservations([...observations, draft]);
                setDraft({ from: '', to: '', type: draft.type });
              }}
            >
              {t('groups.addObservation')}
            </Button>
          </div>
        </fieldset>
        <details>
          <summary>{t('groups.balances')}</summary>
          <div className="row">
            {balances.map((b) => (
              <label key={b} className="inline-field">
                {t(`groups.balanceNames.${b}`)}
                <select
                  value={positions[b] ?? ''}
                  onChange={(e) => setPositions({ ...positions, [b]: e.target.value })}
                >
                  <option value="">{t('groups.balanceNone')}</option>
                  {[-2, -1, 0, 1, 2].map((v) => (
                    <option key={v} value={v}>
                      {balanceWords(t, b, v)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
        </details>
        <SaveBar groupId={d.group.id} busy={busy} message={message} onSave={save} />
      </div>
      <h2>{t('groups.logbook')}</h2>
      {entries.data?.length === 0 ? <p className="muted">{t('groups.noEntries')}</p> : null}
      <ul className="reports">
        {entries.data?.map((e) => (
          <li key={e.id} className="report">
            <div className="muted">
              {formatDate(e.writtenOn)}
              {e.author ? ` · ${e.author}` : ''}
              {e.tags.length ? ` · ${e.tags.map((tag) => t(`groups.tagNames.${tag}`)).join(', ')}` : ''}
            </div>
            {e.text ? <p className="user-text">{e.text}</p> : null}
            {e.observations.length ? (
              <ul>
                {e.observations.map((o, i) => (
                  <li key={i}>
                    {t('groups.observationText', { from: o.from, to: o.to, type: t(`groups.supportTypes.${o.type}`) })}
                  </li>
                ))}
              </ul>
            ) : null}
            {Object.keys(e.balances).length ? (
              <p className="muted">
                {Object.entries(e.balances)
                  .map(([k, v]) => `${t(`groups.balanceNames.${k}`)}: ${balanceWords(t, k, v)}`)
                  .join(' · ')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}
