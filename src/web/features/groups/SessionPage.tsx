// Filling in a session on a phone: tick who is there, tap what they did, add newcomers by name.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ContributionKind, contributionKinds } from '../../../shared/groups/model.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { SaveBar } from './SaveBar.js';
import { groupCalls, groupKeys, groupQueries, useGroup } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

const expected = ['invited', 'introduction', 'finding_place', 'structural', 'returned'];

export function SessionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const client = useQueryClient();
  const group = useGroup(id);
  const [heldOn, setHeldOn] = useState(clock.today());
  const [activityId, setActivityId] = useState('');
  const [present, setPresent] = useState<Record<string, ContributionKind[]>>({});
  const [newcomers, setNewcomers] = useState<string[]>([]);
  // What someone did when "something else" is ticked, in the worker's words.
  const [otherNotes, setOtherNotes] = useState<Record<string, string>>({});
  const [draft, setDraft] = useState('');
  const [visitors, setVisitors] = useState('0');
  const [note, setNote] = useState('');
  const { message, busy, run } = useSaveMessage();
  // One session per activity per date: choosing a day that has one opens it for correction.
  const sessions = useQuery(groupQueries.sessions(id));
  const existing = sessions.data?.find((s) => s.heldOn === heldOn && (s.activityId ?? '') === activityId);
  const [loaded, setLoaded] = useState<string | null>(null);
  useEffect(() => {
    if (!existing || loaded === existing.id) return;
    setLoaded(existing.id);
    setPresent(Object.fromEntries(existing.attendance.map((a) => [a.participantId, a.contributions])));
    setOtherNotes(Object.fromEntries(existing.attendance.map((a) => [a.participantId, a.note ?? ''])));
    setVisitors(String(existing.visitors));
    setNote(existing.note ?? '');
  }, [existing, loaded]);
  if (group.isLoading) return <Loading />;
  if (!group.data) return <Alert kind="error">{group.error?.message ?? t('errors.generic')}</Alert>;
  const d = group.data;
  const people = d.participants.filter((p) => expected.includes(p.status));
  const toggle = (pid: string) =>
    setPresent((s) => {
      const next = { ...s };
      if (next[pid]) delete next[pid];
      else next[pid] = [];
      return next;
    });
  const toggleContribution = (pid: string, kind: ContributionKind) =>
    setPresent((s) => ({ ...s, [pid]: s[pid].includes(kind) ? s[pid].filter((k) => k !== kind) : [...s[pid], kind] }));
  const addNewcomer = () => {
    if (draft.trim()) {
      setNewcomers([...newcomers, draft.trim()]);
      setDraft('');
    }
  };

  async function save() {
    await run(async () => {
      const attendance = Object.entries(present).map(([participantId, contributions]) => ({
        participantId,
        contributions,
        note: contributions.includes('other') ? otherNotes[participantId] || null : null,
      }));
      const result = existing
        ? await groupCalls.correctSession(d.group.id, existing.id, {
            visitors: Number(visitors) || 0,
            note,
            attendance,
          })
        : await groupCalls.addSession(d.group.id, {
            heldOn,
            activityId: activityId || null,
            visitors: Number(visitors) || 0,
            note,
            attendance,
            newcomers: newcomers.map((name) => {
              const [firstName, ...rest] = name.split(' ');
              return { firstName, lastName: rest.join(' '), cameVia: 'walked_in' };
            }),
          });
      // The saved session stays on screen, as saved (newcomers are now on the list, present).
      await client.invalidateQueries({ queryKey: groupKeys.all });
      setLoaded(null);
      setNewcomers([]);
      return result.followUpsOpened > 0
        ? {
            kind: 'warning',
            text: `${t('groups.sessionSaved')} ${t('groups.followUpsOpened', { count: result.followUpsOpened })}`,
          }
        : { kind: 'success', text: t('groups.sessionSaved') };
    });
  }

  return (
    <Page title={t('groups.sessionTitle', { name: d.group.name })}>
      <p className="lead">{t('groups.sessionIntro')}</p>
      <div className="stack session-form">
        <div className="row">
          <label className="inline-field">
            {t('groups.heldOn')}
            <input type="date" value={heldOn} max={clock.today()} onChange={(e) => setHeldOn(e.target.value)} />
          </label>
          <label className="inline-field">
            {t('groups.activity')}
            <select value={activityId} onChange={(e) => setActivityId(e.target.value)}>
              <option value="">{t('groups.noActivity')}</option>
              {d.activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        {existing ? (
          <Alert kind="info">{t('groups.sessionCorrecting', { date: formatDate(existing.heldOn) })}</Alert>
        ) : null}
        <p role="status">{t('groups.presentCount', { count: Object.keys(present).length + newcomers.length })}</p>
        <ul className="attendance-list">
          {people.map((p) => (
            <li key={p.id} className={present[p.id] ? 'attendance-list__present' : undefined}>
              <label className="attendance-list__who">
                <input
                  type="checkbox"
                  checked={!!present[p.id]}
                  onChange={() => toggle(p.id)}
                  aria-label={t('groups.present', { name: p.name })}
                />
                <span>{p.name}</span>
              </label>
              {present[p.id] ? (
                <fieldset className="chips">
                  <legend className="visually-hidden">{t('groups.contributedWhat', { name: p.name })}</legend>
                  {contributionKinds.map((k) => (
                    <label key={k} className={`chip${present[p.id].includes(k) ? ' chip--on' : ''}`}>
                      <input
                        type="checkbox"
                        checked={present[p.id].includes(k)}
                        onChange={() => toggleContribution(p.id, k)}
                      />
                      {t(`groups.contributions.${k}`)}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              {present[p.id]?.includes('other') ? (
                <label className="inline-field">
                  {t('groups.otherWhat', { name: p.name })}
                  <input
                    value={otherNotes[p.id] ?? ''}
                    maxLength={300}
                    onChange={(e) => setOtherNotes({ ...otherNotes, [p.id]: e.target.value })}
                  />
                </label>
              ) : null}
            </li>
          ))}
        </ul>
        <fieldset>
          <legend>{t('groups.newcomers')}</legend>
          <ul className="plain-list">
            {newcomers.map((n, i) => (
              <li key={`${n}-${i}`}>
                {n}{' '}
                <Button
                  variant="link"
                  onClick={() => setNewcomers(newcomers.filter((_, j) => j !== i))}
                  aria-label={t('groups.removeNewcomer', { name: n })}
                >
                  ×
                </Button>
              </li>
            ))}
          </ul>
          <div className="item-list__add">
            <label className="visually-hidden" htmlFor="newcomer">
              {t('groups.newcomerName')}
            </label>
            <input
              id="newcomer"
              value={draft}
              maxLength={200}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addNewcomer();
                }
              }}
            />
            <Button variant="secondary" onClick={addNewcomer}>
              {t('groups.addNewcomer')}
            </Button>
          </div>
        </fieldset>
        <div className="row">
          <label className="inline-field">
            {t('groups.visitors')}
            <input
              type="number"
              min={0}
              max={500}
              inputMode="numeric"
              value={visitors}
              onChange={(e) => setVisitors(e.target.value)}
            />
          </label>
          <label className="inline-field">
            {t('groups.sessionNote')}
            <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
        </div>
        <SaveBar groupId={d.group.id} busy={busy} message={message} onSave={save} />
      </div>
    </Page>
  );
}
