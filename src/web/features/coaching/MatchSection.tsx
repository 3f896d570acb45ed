import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DeclineSide, declineSides } from '../../../shared/coaching/model.js';
import { ApiError } from '../../api.js';
import { oneOf } from '../../ui/forms.js';
import { coachingCalls, coachingKeys, coachingQueries } from './api.js';
import { formatDate, localNumbers } from '../../i18n/index.js';
import { Alert, Button } from '../../ui/basics.js';
import type { Candidate, Match, Trajectory } from '../../../server/modules/coaching/answers.js';
import { clock } from '../../../shared/clock.js';

const fieldMessage = (error: unknown, path: string) =>
  error instanceof ApiError ? error.fields.find((f) => f.path === path)?.message : undefined;

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: coachingKeys.all });
}

function DateInput({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  return (
    <label className="inline-field">
      {label}
      <input type="date" max={clock.today()} value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );
}

function CandidateItem({ trajectory, candidate }: { trajectory: Trajectory; candidate: Candidate }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [on, setOn] = useState(clock.today());
  const [intro, setIntro] = useState('');
  const [reason, setReason] = useState('');
  const propose = useMutation({
    mutationFn: () =>
      coachingCalls.propose(trajectory.id, {
        coachId: candidate.coachId,
        proposedOn: on,
        introductionOn: intro || null,
        overCapacityReason: reason || null,
      }),
    onSuccess: refresh,
  });
  const reasonError = fieldMessage(propose.error, 'overCapacityReason');
  return (
    <li className="candidate">
      <div className="candidate__head">
        <strong>{candidate.name}</strong>
        <span className="score">{t('coaching.match.score', { score: candidate.score })}</span>
        {candidate.full ? <span className="badge badge--warning">{t('coaching.match.full')}</span> : null}
        {candidate.vogWarning ? (
          <span className="badge badge--warning">{t(`coaching.vog.${candidate.vogWarning}`)}</span>
        ) : null}
      </div>
      <ul className="reasons">
        {candidate.reasons.map((r) => (
          <li key={r.factor}>
            <span className="reasons__factor">{t(`coaching.factors.${r.factor}`)}</span>{' '}
            <meter
              min={0}
              max={r.max}
              value={r.points}
              aria-label={`${t(`coaching.factors.${r.factor}`)}: ${r.points} / ${r.max}`}
            />{' '}
            {t(`coaching.reasons.${r.factor}.${r.code}`, localNumbers(r.values ?? {}))}
          </li>
        ))}
      </ul>
      <div className="inline-form">
        <DateInput label={t('coaching.match.proposedOn')} value={on} onChange={setOn} />
        <label className="inline-field">
          {t('coaching.match.introductionOn')}
          <input type="date" value={intro} onChange={(e) => setIntro(e.target.value)} />
        </label>
        {candidate.full || reasonError ? (
          <label className="inline-field">
            {t('coaching.match.overCapacityReason')}
            <input
              value={reason}
              maxLength={500}
              aria-invalid={reasonError ? true : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
        ) : null}
        <Button
          busy={propose.isPending}
          onClick={() => propose.mutate()}
          aria-label={`${t('coaching.match.propose')}: ${candidate.name}`}
        >
          {t('coaching.match.propose')}
        </Button>
      </div>
      {propose.error ? <Alert kind="error">{reasonError ?? propose.error.message}</Alert> : null}
    </li>
  );
}

function Candidates({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const list = useQuery(coachingQueries.candidates(trajectory.id));
  if (!list.data) return list.error ? <Alert kind="error">{list.error.message}</Alert> : null;
  return (
    <>
      <h3>{t('coaching.match.candidates')}</h3>
      <p className="muted">{t('coaching.match.candidatesIntro')}</p>
      {list.data.length === 0 ? (
        <p>{t('coaching.match.noCandidates')}</p>
      ) : (
        <ol className="candidates">
          {list.data.map((c) => (
            <CandidateItem key={c.coachId} trajectory={trajectory} candidate={c} />
          ))}
        </ol>
      )}
    </>
  );
}

function Proposal({ match }: { match: Match }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [on, setOn] = useState(clock.today());
  const [side, setSide] = useState<DeclineSide>('client');
  const [reason, setReason] = useState('');
  // A yes follows the introduction meeting; without one, the coordinator says why (issue 19).
  const [intro, setIntro] = useState(match.introductionOn ?? '');
  const [noIntroduction, setNoIntroduction] = useState('');
  const confirm = useMutation({
    mutationFn: (s: 'client' | 'coach') =>
      coachingCalls.confirm(match.id, {
        side: s,
        on,
        introductionOn: intro || null,
        noIntroductionReason: noIntroduction || null,
      }),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () => coachingCalls.decline(match.id, { side, on, reason }),
    onSuccess: refresh,
  });
  const said = (date: string | null) =>
    date ? t('coaching.match.confirmedOn', { date: formatDate(date) }) : t('coaching.match.notYet');
  return (
    <div className="stack">
      <h3>{t('coaching.match.proposal', { coach: match.coachName })}</h3>
      <p className="muted">{t('coaching.match.confirmIntro')}</p>
      <div className="inline-form">
        <DateInput label={t('coaching.match.introductionOn')} value={intro} onChange={setIntro} />
        {intro ? null : (
          <label className="inline-field">
            {t('coaching.match.noIntroductionReason')}
            <input value={noIntroduction} maxLength={500} onChange={(e) => setNoIntroduction(e.target.value)} />
          </label>
        )}
        <DateInput label={t('coaching.match.confirmDate')} value={on} onChange={setOn} />
      </div>
      <ul className="plain-list">
        <li>
          {t('coaching.match.sides.client')}: {said(match.clientConfirmedOn)}{' '}
          {match.clientConfirmedOn ? null : (
            <Button variant="secondary" busy={confirm.isPending} onClick={() => confirm.mutate('client')}>
              {t('coaching.match.clientSays')}
            </Button>
          )}
        </li>
        <li>
          {t('coaching.match.sides.coach')}: {said(match.coachConfirmedOn)}{' '}
          {match.coachConfirmedOn ? null : (
            <Button variant="secondary" busy={confirm.isPending} onClick={() => confirm.mutate('coach')}>
              {t('coaching.match.coachSays')}
            </Button>
          )}
        </li>
      </ul>
      {confirm.error ? <Alert kind="error">{confirm.error.message}</Alert> : null}
      <div className="inline-form">
        <label className="inline-field">
          {t('coaching.match.declineBy')}
          <select value={side} onChange={(e) => setSide(oneOf(declineSides, e.target.value, side))}>
            {declineSides.map((s) => (
              <option key={s} value={s}>
                {t(`coaching.match.sides.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('coaching.match.declineReason')}
          <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
        </label>
        <Button variant="danger" busy={decline.isPending} onClick={() => decline.mutate()}>
          {t('coaching.match.decline')}
        </Button>
      </div>
      {decline.error ? (
        <Alert kind="error">{fieldMessage(decline.error, 'reason') ?? decline.error.message}</Alert>
      ) : null}
    </div>
  );
}

function Active({ match }: { match: Match }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [on, setOn] = useState(clock.today());
  const [reason, setReason] = useState('');
  const end = useMutation({
    mutationFn: () => coachingCalls.endMatch(match.id, { on, reason }),
    onSuccess: refresh,
  });
  return (
    <div className="stack">
      <h3>
        {t('coaching.match.active', { coach: match.coachName })}{' '}
        <span className="muted">{t('coaching.match.since', { date: formatDate(match.startedOn) })}</span>
      </h3>
      <details>
        <summary>{t('coaching.match.end')}</summary>
        <p className="muted">{t('coaching.match.endHint')}</p>
        <div className="inline-form">
          <DateInput label={t('coaching.match.endOn')} value={on} onChange={setOn} />
          <label className="inline-field">
            {t('coaching.match.endReason')}
            <input value={reason} maxLength={1000} onChange={(e) => setReason(e.target.value)} />
          </label>
          <Button variant="danger" busy={end.isPending} onClick={() => end.mutate()}>
            {t('coaching.match.end')}
          </Button>
        </div>
        {end.error ? <Alert kind="error">{fieldMessage(end.error, 'reason') ?? end.error.message}</Alert> : null}
      </details>
    </div>
  );
}

export function MatchSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const open = trajectory.matches.find((m) => m.status === 'proposed' || m.status === 'active');
  const past = trajectory.matches.filter((m) => m !== open);
  return (
    <section className="card" id="match" aria-labelledby="match-title">
      <h2 id="match-title">{t('coaching.match.title')}</h2>
      {open?.status === 'proposed' ? <Proposal match={open} /> : null}
      {open?.status === 'active' ? <Active match={open} /> : null}
      {!open && trajectory.status === 'waiting' ? <Candidates trajectory={trajectory} /> : null}
      {!open && trajectory.status !== 'waiting' && trajectory.status !== 'closed' ? (
        <p className="muted">{t('coaching.match.notWaiting')}</p>
      ) : null}
      {past.length > 0 ? (
        <>
          <h3>{t('coaching.match.history')}</h3>
          <ul className="plain-list">
            {past.map((m) => (
              <li key={m.id}>
                {m.coachName} ·{' '}
                {m.status === 'declined'
                  ? t('coaching.match.declined', { date: formatDate(m.declinedOn), reason: m.declineReason ?? '' })
                  : t('coaching.match.ended', { date: formatDate(m.endedOn) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
