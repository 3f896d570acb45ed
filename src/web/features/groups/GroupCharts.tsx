// Small pictures for the group dashboard: the phase timeline and attendance over time. Each picture
// has a text equivalent for screen readers.
import { useTranslation } from 'react-i18next';
import { groupPhases } from '../../../shared/groups/model.js';
import type { PhasePlan } from '../../../shared/groups/route.js';
import { formatDate } from '../../i18n/index.js';

export function PhaseTimeline({ plan, current }: { plan: PhasePlan; current: string }) {
  const { t } = useTranslation();
  return (
    <ol className="phase-timeline" aria-label={t('groups.whereAreWe')}>
      {groupPhases.map((p) => {
        const d = plan[p] ?? {};
        const isNow = p === current;
        return (
          <li key={p} className={isNow ? 'phase-timeline__now' : undefined} aria-current={isNow ? 'step' : undefined}>
            <strong>{t(`groups.phases.${p}`)}</strong>
            {isNow ? <span className="badge badge--info">{t('groups.now')}</span> : null}
            <span className="muted">
              {d.plannedStart
                ? d.plannedEnd
                  ? t('groups.planned', { from: formatDate(d.plannedStart), to: formatDate(d.plannedEnd) })
                  : t('groups.plannedOpen', { from: formatDate(d.plannedStart) })
                : null}
            </span>
            {d.actualStart ? <span>{t('groups.actual', { date: formatDate(d.actualStart) })}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function AttendanceChart({ sessions }: { sessions: { heldOn: string; present: number }[] }) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <p className="muted">{t('groups.noSessions')}</p>;
  const recent = sessions.slice(-52);
  const max = Math.max(1, ...recent.map((s) => s.present));
  const w = 600;
  const h = 160;
  const bar = w / recent.length;
  return (
    <figure className="attendance-chart">
      <svg viewBox={`0 0 ${w} ${h + 20}`} role="img" aria-label={t('groups.attendanceChart')}>
        {[0, 0.5, 1].map((f) => (
          <line key={f} x1={0} x2={w} y1={h - f * h} y2={h - f * h} className="chart-grid" />
        ))}
        {recent.map((s, i) => {
          const bh = (s.present / max) * h;
          return (
            <rect
              key={s.heldOn + i}
              x={i * bar + 1}
              y={h - bh}
              width={Math.max(1, bar - 2)}
              height={bh}
              className="chart-bar"
            >
              <title>{t('groups.attendanceBar', { date: formatDate(s.heldOn), count: s.present })}</title>
            </rect>
          );
        })}
        <text x={0} y={h + 16} className="chart-label">
          {formatDate(recent[0].heldOn)}
        </text>
        <text x={w} y={h + 16} textAnchor="end" className="chart-label">
          {formatDate(recent[recent.length - 1].heldOn)}
        </text>
        <text x={4} y={12} className="chart-label">
          {max}
        </text>
      </svg>
      <figcaption className="visually-hidden">
        <ul>
          {recent.map((s, i) => (
            <li key={s.heldOn + i}>{t('groups.attendanceBar', { date: formatDate(s.heldOn), count: s.present })}</li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
