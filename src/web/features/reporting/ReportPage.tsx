import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clock } from '../../../shared/clock.js';
import { reportChart } from '../../../shared/reporting/chart.js';
import { reportSections } from '../../../shared/reporting/model.js';
import { formatters, type PresentedLine, presentLine, presentNotes } from '../../../shared/reporting/present.js';
import { reportFormats } from '../../../shared/schemas.js';
import { validationText } from '../../../shared/validation-messages.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { type Period, reportFileHref, reportQueries } from './api.js';
import { periodPresets } from './presets.js';

const useLocale = () => (useTranslation().i18n.language === 'en' ? 'en' : 'nl');

/** The chart of a line, drawn by the same code as in the PDF; the table beside it has the numbers. */
function Chart({ line }: { line: PresentedLine }) {
  const box = useRef<HTMLDivElement>(null);
  const locale = useLocale();
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const draw = () => {
      const svg = reportChart(line, { document, width: Math.max(260, node.clientWidth), locale });
      node.replaceChildren(...(svg ? [svg] : []));
    };
    draw();
    const observer = new ResizeObserver(draw);
    observer.observe(node);
    return () => observer.disconnect();
  }, [line, locale]);
  return <div ref={box} className="report-chart" aria-hidden="true" />;
}

function Line({ line }: { line: PresentedLine }) {
  const { t } = useTranslation();
  return (
    <section className="card report-line" aria-labelledby={`line-${line.key}`}>
      <h3 id={`line-${line.key}`}>{line.title}</h3>
      <p className="muted small">{line.help}</p>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.category')}</th>
            <th scope="col" className="numeric">
              {t('report.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {line.rows.map((row, i) => (
            <tr key={`${row.label}-${i}`} className={row.total ? 'report-table__total' : undefined}>
              <th scope="row">{row.label}</th>
              <td className={row.hidden ? 'numeric muted' : 'numeric'}>{row.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {line.chart ? <Chart line={line} /> : null}
    </section>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const presets = periodPresets(clock.today());
  const [draft, setDraft] = useState<Period>(presets.year);
  const [period, setPeriod] = useState<Period>(presets.year);
  const report = useQuery(reportQueries.funder(period));
  const f = formatters(locale);
  const draftError =
    draft.from && draft.to && draft.from > draft.to ? validationText('periodOrder', locale) : undefined;
  return (
    <Page title={t('report.title')}>
      <p className="lead">{t('report.intro')}</p>
      <form
        className="filters report-period"
        aria-label={t('report.period')}
        onSubmit={(e) => {
          e.preventDefault();
          if (!draftError && draft.from && draft.to) setPeriod(draft);
        }}
      >
        <div className="report-period__presets">
          {(['quarter', 'year', 'thisYear'] as const).map((p) => (
            <Button
              key={p}
              variant="secondary"
              onClick={() => {
                setDraft(presets[p]);
                setPeriod(presets[p]);
              }}
            >
              {t(`report.presets.${p}`)}
            </Button>
          ))}
        </div>
        <TextField
          label={t('report.from')}
          type="date"
          value={draft.from}
          onChange={(e) => setDraft({ ...draft, from: e.target.value })}
          required
        />
        <TextField
          label={t('report.to')}
          type="date"
          value={draft.to}
          onChange={(e) => setDraft({ ...draft, to: e.target.value })}
          error={draftError}
          required
        />
        <Button type="submit">{t('report.make')}</Button>
      </form>
      {report.error ? <Alert kind="error">{report.error.message}</Alert> : null}
      {report.isLoading ? <Loading /> : null}
      {report.data ? (
        <>
          <p role="status">
            <strong>{report.data.organisation}</strong>:{' '}
            {t('report.periodShown', { from: f.day(report.data.from), to: f.day(report.data.to) })}
          </p>
          <div className="report-downloads">
            <span>{t('report.download')}:</span>
            {reportFormats.map((format) => (
              <a key={format} className="button button--secondary" href={reportFileHref(period, format)} download>
                {t(`report.formats.${format}`)}
              </a>
            ))}
          </div>
          <Alert kind="info">
            <strong>{t('report.notes.title')}</strong>
            <ul>
              {presentNotes(report.data, t).map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </Alert>
          {reportSections.map((section) => (
            <section key={section} aria-labelledby={`section-${section}`} className="report-section">
              <h2 id={`section-${section}`}>{t(`report.sections.${section}`)}</h2>
              <div className="report-grid">
                {report.data.lines
                  .filter((l) => l.section === section)
                  .map((l) => (
                    <Line key={l.key} line={presentLine(l, t, locale)} />
                  ))}
              </div>
            </section>
          ))}
        </>
      ) : null}
    </Page>
  );
}
