import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupEvaluationKinds, groupSubgoals } from '../../../shared/groups/model.js';
import { recordOf } from '../../../shared/group-by.js';
import { formatDate, formatNumber } from '../../i18n/index.js';
import { TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { ScoreSelect } from '../../ui/inputs.js';
import { groupCalls, groupKeys, groupQueries, useGroup } from './api.js';
import type { GroupDashboard, GroupInterviews as Interviews } from '../../../server/modules/groups/answers.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';

function GroupConversation({ d, kind }: { d: GroupDashboard; kind: 'year' | 'end' }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const existing = d.evaluations.find((e) => e.kind === kind);
  const [heldOn, setHeldOn] = useState(existing?.heldOn ?? clock.today());
  const [scores, setScores] = useState<Record<string, string>>(
    Object.fromEntries(groupSubgoals.map((g) => [g, existing?.subgoals[g]?.score?.toString() ?? ''])),
  );
  const [comments, setComments] = useState<Record<string, string>>(
    Object.fromEntries(groupSubgoals.map((g) => [g, existing?.subgoals[g]?.comment ?? ''])),
  );
  const [worked, setWorked] = useState(existing?.whatWorked ?? '');
  const [needed, setNeeded] = useState(existing?.neededToContinue ?? '');
  const { message, run } = useSaveMessage();
  async function save() {
    await run(async () => {
      await groupCalls.saveEvaluation(d.group.id, kind, {
        heldOn,
        whatWorked: worked,
        neededToContinue: needed,
        subgoals: recordOf(groupSubgoals, (g) => ({
          score: scores[g] ? Number(scores[g]) : null,
          comment: comments[g],
        })),
      });
      await client.invalidateQueries({ queryKey: groupKeys.all });
      return t('groups.saved');
    });
  }
  return (
    <div className="stack">
      <p className="muted">{t('groups.evaluationIntro')}</p>
      <TextField
        label={t('groups.heldOn')}
        type="date"
        value={heldOn}
        max={clock.today()}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      {groupSubgoals.map((g) => (
        <fieldset key={g} className="subgoal">
          <legend>{`${g}. ${t(`groups.subgoals.${g}`)}`}</legend>
          <div className="row">
            <ScoreSelect
              label={t('coaching.evaluation.score')}
              value={scores[g]}
              onChange={(e) => setScores({ ...scores, [g]: e.target.value })}
            />
            <TextField
              label={t('coaching.evaluation.comment')}
              value={comments[g]}
              onChange={(e) => setComments({ ...comments, [g]: e.target.value })}
            />
          </div>
        </fieldset>
      ))}
      <TextArea label={t('groups.whatWorked')} value={worked} onChange={(e) => setWorked(e.target.value)} />
      <TextArea label={t('groups.neededToContinue')} value={needed} onChange={(e) => setNeeded(e.target.value)} />
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button onClick={save}>{t('common.save')}</Button>
      </div>
    </div>
  );
}

/** Before and after per interview: a grey dot a year ago, a coloured dot now, on a 0–10 line. */
function ScoreChart({ rows }: { rows: Interviews['interviews'] }) {
  const { t } = useTranslation();
  const held = rows.filter((r) => r.scoreBefore !== null && r.scoreNow !== null);
  if (held.length === 0) return null;
  const w = 420;
  const left = 130;
  const x = (v: number) => left + (v / 10) * (w - left - 20);
  return (
    <figure className="score-chart">
      <svg viewBox={`0 0 ${w} ${held.length * 28 + 30}`} role="img" aria-label={t('groups.scoresChart')}>
        {[0, 5, 10].map((v) => (
          <text key={v} x={x(v)} y={14} textAnchor="middle" className="chart-label">
            {v}
          </text>
        ))}
        {held.map((r, i) => {
          const y = 34 + i * 28;
          return (
            <g key={r.id}>
              <text x={0} y={y + 4} className="chart-label">
                {r.name}
              </text>
              <line x1={x(r.scoreBefore!)} x2={x(r.scoreNow!)} y1={y} y2={y} className="score-line" />
              <circle cx={x(r.scoreBefore!)} cy={y} r={6} className="score-before" />
              <circle cx={x(r.scoreNow!)} cy={y} r={7} className="score-now" />
            </g>
          );
        })}
      </svg>
      <figcaption className="visually-hidden">
        <ul>
          {held.map((r) => (
            <li key={r.id}>{t('groups.scoreLine', { name: r.name, before: r.scoreBefore, now: r.scoreNow })}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function InterviewsSection({ d }: { d: GroupDashboard }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const list = useQuery(groupQueries.interviews(d.group.id));
  const staff = useQuery(groupQueries.staff());
  const [participantId, setParticipantId] = useState('');
  const [evaluatorId, setEvaluatorId] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const { message, run } = useSaveMessage();
  const workerIds = new Set(d.workers.map((w) => w.userId));
  async function assign() {
    await run(async () => {
      const r = await groupCalls.assignInterview(d.group.id, {
        participantId,
        evaluatorId,
        plannedOn: plannedOn || null,
      });
      await client.invalidateQueries({ queryKey: groupKeys.interviews(d.group.id) });
      return r.warnings.includes('evaluator_runs_group')
        ? { kind: 'warning', text: t('groups.runsGroupWarning') }
        : { kind: 'success', text: t('groups.saved') };
    });
  }
  const s = list.data?.summary;
  return (
    <section className="card stack" aria-labelledby="interviews">
      <h2 id="interviews">{t('groups.interviews')}</h2>
      <p className="muted">{t('groups.interviewsIntro')}</p>
      {list.data?.interviews.length === 0 ? <p className="muted">{t('groups.noInterviews')}</p> : null}
      <ul className="plain-list">
        {list.data?.interviews.map((i) => (
          <li key={i.id}>
            {i.name} · {i.evaluator}
            {i.evaluatorRunsGroup ? (
              <>
                {' '}
                · <span className="badge badge--warning">{t('groups.runsGroupWarning')}</span>
              </>
            ) : null}
            {' · '}
            {i.heldOn
              ? `${t('groups.interviewStatus.held')} ${formatDate(i.heldOn)}`
              : `${t('groups.interviewStatus.planned')} ${formatDate(i.plannedOn)}`}
            {i.memberCheckAgreed ? ` · ${t('groups.memberChecked')}` : ''}
          </li>
        ))}
      </ul>
      {s && s.held > 0 ? (
        <>
          <h3>{t('groups.scoresChart')}</h3>
          <ScoreChart rows={list.data!.interviews} />
          <p>
            {t('groups.meanScores', {
              before: formatNumber(s.meanBefore!),
              now: formatNumber(s.meanNow!),
              count: s.held,
            })}
          </p>
          <h3>{t('groups.themes')}</h3>
          <ul>
            {s.themes.map((th) => (
              <li key={th.theme}>
                {th.theme} ({th.count})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('groups.assign')}</h3>
      <div className="inline-form">
        <label className="inline-field">
          {t('groups.participants')}
          <select value={participantId} onChange={(e) => setParticipantId(e.target.value)}>
            <option value="">—</option>
            {d.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.interviewer')}
          <select value={evaluatorId} onChange={(e) => setEvaluatorId(e.target.value)}>
            <option value="">—</option>
            {(staff.data ?? []).map((u) => (
              <option
                key={u.id}
                value={u.id}
              >{`${u.name} (${t(`roles.${u.role}`)})${workerIds.has(u.id) ? ' !' : ''}`}</option>
            ))}
          </select>
        </label>
        <label className="inline-field">
          {t('groups.plannedOn')}
          <input type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />
        </label>
        <Button variant="secondary" disabled={!participantId || !evaluatorId} onClick={assign}>
          {t('groups.assign')}
        </Button>
      </div>
      {evaluatorId && workerIds.has(evaluatorId) ? <Alert kind="warning">{t('groups.runsGroupWarning')}</Alert> : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
    </section>
  );
}

export function EvaluationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const group = useGroup(id);
  const [kind, setKind] = useState<'year' | 'end'>('year');
  if (!group.data)
    return group.isLoading ? <Loading /> : <Alert kind="error">{group.error?.message ?? t('errors.generic')}</Alert>;
  const d = group.data;
  return (
    <Page title={t('groups.evaluationTitle', { name: d.group.name })}>
      <section className="card stack" aria-labelledby="conversation">
        <h2 id="conversation">{t('groups.evaluation')}</h2>
        <div className="segmented" role="group" aria-label={t('groups.evaluation')}>
          {groupEvaluationKinds.map((k) => (
            <Button
              key={k}
              variant={k === kind ? 'primary' : 'secondary'}
              aria-pressed={k === kind}
              onClick={() => setKind(k)}
            >
              {t(`groups.evaluationKinds.${k}`)}
            </Button>
          ))}
        </div>
        <GroupConversation key={kind} d={d} kind={kind} />
      </section>
      <InterviewsSection d={d} />
      <p>
        <Link to={`/groups/${d.group.id}`}>{t('groups.back')}</Link>
      </p>
    </Page>
  );
}
