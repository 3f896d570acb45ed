import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type RouteStatus, routeStatuses } from '../../../shared/groups/model.js';
import { oneOf } from '../../ui/forms.js';
import { groupCalls, groupKeys, groupQueries } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { TextArea, TextField, SensitiveMark } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { joinList, splitList } from '../../ui/inputs.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';
import type { Participant } from '../../../server/modules/groups/answers.js';

function Details({ p }: { p: Participant }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [wishes, setWishes] = useState(p.wishes ?? '');
  const [talents, setTalents] = useState(joinList(p.talents));
  const [emergency, setEmergency] = useState(p.emergencyContact ?? '');
  const { message, run } = useSaveMessage();
  async function save() {
    await run(async () => {
      await groupCalls.updateParticipant(p.id, {
        wishes,
        talents: splitList(talents),
        emergencyContact: emergency,
      });
      await client.invalidateQueries({ queryKey: groupKeys.participant(p.id) });
      return t('groups.saved');
    });
  }
  return (
    <section className="card stack" aria-labelledby="details">
      <h2 id="details">
        {t(`groups.cameVias.${p.cameVia}`)}
        {p.cameViaNote ? ` · ${p.cameViaNote}` : ''}
      </h2>
      {!p.emergencyContact ? <Alert kind="warning">{t('groups.noEmergencyContact')}</Alert> : null}
      <TextArea
        label={t('groups.wishes')}
        sensitive="group_participants.wishes"
        rows={2}
        value={wishes}
        onChange={(e) => setWishes(e.target.value)}
      />
      <TextField
        label={t('groups.talents')}
        hint={t('groups.talentsHint')}
        value={talents}
        onChange={(e) => setTalents(e.target.value)}
      />
      <TextField
        label={t('groups.emergencyContact')}
        hint={t('groups.emergencyHint')}
        value={emergency}
        onChange={(e) => setEmergency(e.target.value)}
      />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button onClick={save}>{t('common.save')}</Button>
      </div>
    </section>
  );
}

function RouteSection({ p }: { p: Participant }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [status, setStatus] = useState<RouteStatus>('structural');
  const [onDate, setOnDate] = useState(clock.today());
  const [note, setNote] = useState('');
  const { message, run } = useSaveMessage();
  async function add() {
    await run(async () => {
      await groupCalls.addRouteStep(p.id, { status, onDate, note });
      await client.invalidateQueries({ queryKey: groupKeys.participant(p.id) });
      await client.invalidateQueries({ queryKey: groupKeys.all });
      setNote('');
      return t('groups.saved');
    });
  }
  return (
    <section className="card" aria-labelledby="route">
      <h2 id="route">{t('groups.route')}</h2>
      <ol className="phase-timeline">
        {p.route.map((r, i) => (
          <li key={i} className={i === p.route.length - 1 ? 'phase-timeline__now' : undefined}>
            <strong>{t(`groups.routeStatus.${r.status}`)}</strong> <span className="muted">{formatDate(r.onDate)}</span>
            {r.note ? <span className="user-text">{r.note}</span> : null}
          </li>
        ))}
      </ol>
      <h3>{t('groups.addRouteStep')}</h3>
      <div className="inline-form">
        <label className="inline-field">
          {t('groups.route')}
          <select value={status} onChange={(e) => setStatus(oneOf(routeStatuses, e.target.value, status))}>
            {routeStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`groups.routeStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.onDate')}
          <input type="date" value={onDate} max={clock.today()} onChange={(e) => setOnDate(e.target.value)} />
        </label>
        <label className="inline-field">
          {t('groups.routeNote')}
          <SensitiveMark />
          <input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
        </label>
        <Button variant="secondary" onClick={add}>
          {t('common.save')}
        </Button>
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
    </section>
  );
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const participant = useQuery(groupQueries.participant(id));
  if (participant.isLoading) return <Loading />;
  if (!participant.data) return <Alert kind="error">{participant.error?.message ?? t('errors.generic')}</Alert>;
  const p = participant.data;
  return (
    <Page
      title={p.name}
      actions={
        <Link className="button button--secondary" to={`/people/${p.personId}`}>
          {t('groups.personPage')}
        </Link>
      }
    >
      <p className="lead">
        {p.groupName} · {t(`groups.routeStatus.${p.status}`)}
      </p>
      <div className="stack">
        <RouteSection p={p} />
        <Details key={p.id + (p.wishes ?? '')} p={p} />
        <section className="card" aria-labelledby="recent">
          <h2 id="recent">{t('groups.recent')}</h2>
          <ul className="plain-list">
            {p.recentSessions.map((s, i) => (
              <li key={i}>
                {formatDate(s.heldOn)}
                {s.contributions.length
                  ? ` · ${s.contributions.map((c) => t(`groups.contributions.${c}`)).join(', ')}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
        <p>
          <Link to={`/groups/${p.groupId}`}>{t('groups.back')}</Link>
        </p>
      </div>
    </Page>
  );
}
