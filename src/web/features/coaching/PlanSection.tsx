import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { phases, steps } from '../../../shared/coaching/steps.js';
import { StepEditor } from './StepEditor.js';
import type { Trajectory } from '../../../server/modules/coaching/answers.js';

export function BasicRules() {
  const { t } = useTranslation();
  return (
    <aside className="rules" aria-labelledby="rules-title">
      <h3 id="rules-title">{t('coaching.rules.title')}</h3>
      <ol>
        <li>{t('coaching.rules.one')}</li>
        <li>{t('coaching.rules.two')}</li>
        <li>{t('coaching.rules.three')}</li>
      </ol>
    </aside>
  );
}

export function PlanSection({ trajectory }: { trajectory: Trajectory }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const state = (n: number) => trajectory.steps.find((s) => s.step === n);
  return (
    <section className="card" id="plan" aria-labelledby="plan-title">
      <h2 id="plan-title">{t('coaching.plan.title')}</h2>
      <p className="muted">{t('coaching.plan.intro')}</p>
      <BasicRules />
      {phases.map((phase) => (
        <div key={phase} className="phase">
          <h3>{t(`coaching.phases.${phase}`)}</h3>
          <ol className="steps">
            {steps
              .filter((s) => s.phase === phase)
              .map((s) => {
                const status = state(s.step)?.status ?? 'not_started';
                return (
                  <li key={s.step} value={s.step} className={`step step--${status}`}>
                    <button
                      type="button"
                      className="step__toggle"
                      aria-expanded={open === s.step}
                      aria-controls={`step-${s.step}`}
                      onClick={() => setOpen(open === s.step ? null : s.step)}
                    >
                      <span className="step__number" aria-hidden="true">
                        {s.step}
                      </span>
                      <span className="step__title">{t(`coaching.steps.${s.step}.title`)}</span>
                      <span className={`badge badge--step-${status}`}>{t(`coaching.stepStatus.${status}`)}</span>
                    </button>
                    {open === s.step ? (
                      <div id={`step-${s.step}`} className="step__body">
                        <StepEditor trajectory={trajectory} step={s.step} state={state(s.step)} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
          </ol>
        </div>
      ))}
    </section>
  );
}
