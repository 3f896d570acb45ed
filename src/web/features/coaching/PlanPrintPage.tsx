// A plain-language overview of the client's plan to leave behind: what they wrote per step and
// their action plans. Only filled-in answers are shown; the coach's guidance is left out.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ActionPlan } from '../../../shared/coaching/steps.js';
import { steps } from '../../../shared/coaching/steps.js';
import { formatDate } from '../../i18n/index.js';
import { Alert, Button, Loading } from '../../ui/basics.js';
import { useTrajectory } from './api.js';

const planKeys = ['goal', 'steps', 'helpers', 'when', 'firstStep', 'obstacles'] as const;

export function PlanPrintPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const trajectory = useTrajectory(id);
  if (trajectory.isLoading) return <Loading />;
  if (!trajectory.data) return <Alert kind="error">{trajectory.error?.message ?? t('errors.generic')}</Alert>;
  const tr = trajectory.data;
  const coach = tr.matches.find((m) => m.status === 'active');
  const filled = steps
    .map((s) => ({ def: s, sheet: tr.steps.find((x) => x.step === s.step)?.worksheet ?? {} }))
    .filter(({ def, sheet }) =>
      def.fields.some(
        (f) =>
          f.kind !== 'network' &&
          sheet[f.key] &&
          (!Array.isArray(sheet[f.key]) || (sheet[f.key] as unknown[]).length > 0),
      ),
    );
  const top3 = (tr.steps.find((s) => s.step === 7)?.worksheet.top3 as string[] | undefined) ?? [];
  const plans = (tr.steps.find((s) => s.step === 8)?.worksheet.plans as ActionPlan[] | undefined) ?? [];
  return (
    <div className="print-sheet">
      <div className="no-print button-row">
        <Button onClick={() => window.print()}>{t('coaching.print.printNow')}</Button>
        <Link className="button button--secondary" to={`/coaching/trajectories/${tr.id}`}>
          {t('coaching.print.back')}
        </Link>
      </div>
      <h1>
        {t('coaching.print.title')} – {tr.person.firstName}
      </h1>
      <p>
        {t('coaching.print.intro')} {coach ? t('coaching.print.coach', { name: coach.coachName }) : null}
      </p>
      {top3.length > 0 ? (
        <section>
          <h2>{t('coaching.print.topThree')}</h2>
          <ol>
            {top3.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {plans.map((p) => (
        <section key={p.action} className="print-plan">
          <h2>{t('coaching.plan.plansFor', { action: p.action })}</h2>
          <dl>
            {planKeys
              .filter((k) => p[k])
              .map((k) => (
                <div key={k}>
                  <dt>{t(`coaching.plan.planFields.${k}`)}</dt>
                  <dd>{p[k]}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      {filled
        .filter(({ def }) => def.step !== 7 && def.step !== 8)
        .map(({ def, sheet }) => (
          <section key={def.step}>
            <h2>{`${def.step}. ${t(`coaching.steps.${def.step}.title`)}`}</h2>
            <dl>
              {def.fields
                .filter((f) => f.kind !== 'network' && sheet[f.key])
                .map((f) => (
                  <div key={f.key}>
                    <dt>{t(`coaching.steps.${def.step}.fields.${f.key}`)}</dt>
                    <dd>
                      {Array.isArray(sheet[f.key])
                        ? (sheet[f.key] as string[]).join(', ')
                        : f.kind === 'date'
                          ? formatDate(sheet[f.key] as string)
                          : String(sheet[f.key])}
                    </dd>
                  </div>
                ))}
            </dl>
          </section>
        ))}
      {filled.length === 0 && plans.length === 0 ? <p>{t('coaching.print.empty')}</p> : null}
    </div>
  );
}
