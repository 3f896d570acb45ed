import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { groupCalls, groupKeys, groupQueries } from './api.js';
import { formatDate } from '../../i18n/index.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { joinList, splitList } from '../../ui/inputs.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { clock } from '../../../shared/clock.js';
import type { Interview } from '../../../server/modules/groups/answers.js';

export function InterviewsPage() {
  const { t } = useTranslation();
  const list = useQuery(groupQueries.myInterviews());
  return (
    <Page title={t('groups.mine')}>
      <p className="lead">{t('groups.mineIntro')}</p>
      {list.isLoading ? <Loading /> : null}
      {list.data?.length === 0 ? <p>{t('groups.mineEmpty')}</p> : null}
      <ul className="client-cards">
        {list.data?.map((i) => (
          <li key={i.id}>
            <Link className="client-card" to={`/interviews/${i.id}`}>
              <strong>{i.name}</strong>
              <span className="muted">
                {i.groupName} ·{' '}
                {i.heldOn
                  ? `${t('groups.interviewStatus.held')} ${formatDate(i.heldOn)}`
                  : `${t('groups.interviewStatus.planned')} ${formatDate(i.plannedOn)}`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </Page>
  );
}

const scoreOptions = Array.from({ length: 11 }, (_, i) => i);

function InterviewForm({ interview }: { interview: Interview }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const questions =
    interview.answers.length > 0
      ? interview.answers.map((a) => a.question)
      : (interview.questions ?? ['q1', 'q2', 'q3'].map((q) => t(`groups.defaultQuestions.${q}`)));
  const [heldOn, setHeldOn] = useState(interview.heldOn ?? clock.today());
  const [before, setBefore] = useState(interview.scoreBefore?.toString() ?? '');
  const [now, setNow] = useState(interview.scoreNow?.toString() ?? '');
  const [answers, setAnswers] = useState(questions.map((_, i) => interview.answers[i]?.answer ?? ''));
  const [report, setReport] = useState(interview.report ?? '');
  const [themes, setThemes] = useState(joinList(interview.themes));
  const [agreed, setAgreed] = useState(!!interview.memberCheckAgreed);
  const [agreedOn, setAgreedOn] = useState(interview.memberCheckOn ?? '');
  const { message, run } = useSaveMessage();
  async function save() {
    await run(async () => {
      await groupCalls.saveInterview(interview.id, {
        heldOn,
        scoreBefore: before === '' ? null : Number(before),
        scoreNow: now === '' ? null : Number(now),
        report,
        themes: splitList(themes),
        answers: questions.map((question, i) => ({ question, answer: answers[i] })),
        memberCheckAgreed: agreed,
        memberCheckOn: agreed ? agreedOn || null : null,
      });
      await client.invalidateQueries({ queryKey: groupKeys.myInterviews });
      return t('groups.interviewSaved');
    });
  }
  return (
    <div className="stack">
      <TextField
        label={t('groups.heldOn')}
        type="date"
        max={clock.today()}
        value={heldOn}
        onChange={(e) => setHeldOn(e.target.value)}
      />
      <p className="muted">{t('groups.scoreHint')}</p>
      <div className="row">
        <SelectField label={t('groups.scoreBefore')} value={before} onChange={(e) => setBefore(e.target.value)}>
          <option value="">{t('groups.noScoreYet')}</option>
          {scoreOptions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('groups.scoreNow')} value={now} onChange={(e) => setNow(e.target.value)}>
          <option value="">{t('groups.noScoreYet')}</option>
          {scoreOptions.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
      </div>
      {questions.map((q, i) => (
        <TextArea
          key={q}
          label={q}
          rows={3}
          value={answers[i]}
          onChange={(e) => setAnswers(answers.map((a, j) => (j === i ? e.target.value : a)))}
        />
      ))}
      <TextArea
        label={t('groups.report')}
        sensitive="evaluation_interviews.report"
        value={report}
        onChange={(e) => setReport(e.target.value)}
      />
      <TextField
        label={t('groups.interviewThemes')}
        hint={t('groups.interviewThemesHint')}
        value={themes}
        onChange={(e) => setThemes(e.target.value)}
      />
      <CheckboxField label={t('groups.memberCheck')} checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
      {agreed ? (
        <TextField
          label={t('groups.memberCheckOn')}
          type="date"
          max={clock.today()}
          value={agreedOn}
          onChange={(e) => setAgreedOn(e.target.value)}
        />
      ) : null}
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button onClick={save}>{t('common.save')}</Button>
      </div>
    </div>
  );
}

export function InterviewPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const interview = useQuery(groupQueries.interview(id));
  if (interview.isLoading) return <Loading />;
  if (!interview.data) return <Alert kind="error">{interview.error?.message ?? t('errors.generic')}</Alert>;
  return (
    <Page title={t('groups.interviewTitle', { name: interview.data.name })}>
      <p className="lead">{interview.data.groupName}</p>
      <InterviewForm interview={interview.data} />
      <p>
        <Link to="/interviews">{t('groups.mine')}</Link>
      </p>
    </Page>
  );
}
