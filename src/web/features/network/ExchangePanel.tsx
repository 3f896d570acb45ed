import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportHref, networkCalls } from './api.js';
import { Alert, Button } from '../../ui/basics.js';
import { mapAsPng, mapAsSvg, saveFile } from './image.js';
import type { MapData, ImportPreview as Preview } from '../../../server/modules/network/answers.js';

/**
 * Export the map for other tools or a later import (the server writes the file and records the
 * export), and import people from a Kring JSON or CSV file after a preview.
 */
export function ExchangePanel({
  data,
  onImport,
}: {
  data: MapData;
  onImport: (format: 'json' | 'csv', content: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; format: 'json' | 'csv'; content: string; preview: Preview } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const base = `netwerkkaart-${data.map.takenOn}`;
  const drawing = () => document.querySelector<SVGSVGElement>('svg.map-drawing');
  const link = (format: Parameters<typeof exportHref>[1], label: string) => (
    <a className="button button--secondary" href={exportHref(data.map.id, format)} download>
      {label}
    </a>
  );
  return (
    <details className="exchange">
      <summary>{t('network.exchange')}</summary>
      <div className="button-row">
        {link('json', 'JSON')}
        {link('csv', t('network.csvPeople'))}
        {link('csv_ties', t('network.csvTies'))}
        {link('graphml', 'GraphML')}
        <Button
          variant="secondary"
          onClick={() =>
            drawing() && saveFile(`${base}.svg`, new Blob([mapAsSvg(drawing()!)], { type: 'image/svg+xml' }))
          }
        >
          {t('network.imageSvg')}
        </Button>
        <Button
          variant="secondary"
          onClick={async () => drawing() && saveFile(`${base}.png`, await mapAsPng(drawing()!))}
        >
          {t('network.imagePng')}
        </Button>
      </div>
      <label className="field">
        <span>{t('network.importFile')}</span>
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={async (e) => {
            const chosen = e.target.files?.[0];
            if (!chosen) return;
            setError(null);
            const content = await chosen.text();
            const format = chosen.name.toLowerCase().endsWith('.json') ? 'json' : 'csv';
            try {
              const preview = await networkCalls.importFile(data.map.id, data.map.version, format, content, true);
              setFile({ name: chosen.name, format, content, preview });
            } catch (err) {
              setError((err as Error).message);
            }
          }}
        />
      </label>
      {error ? <Alert kind="error">{error}</Alert> : null}
      {file ? (
        <div className="stack">
          {file.preview.errors.length > 0 ? (
            <Alert kind="error">
              <p>{t('network.importHasErrors', { file: file.name })}</p>
              <ul>
                {file.preview.errors.slice(0, 20).map((e) => (
                  <li key={`${e.line}-${e.field}`}>
                    {e.line > 0 ? t('network.importLine', { line: e.line }) : null} {e.field ? `${e.field}: ` : ''}
                    {e.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : (
            <>
              <p role="status">
                {t('network.importPreview', { count: file.preview.names.length, ties: file.preview.ties })}
              </p>
              <ul className="small">
                {file.preview.names.slice(0, 15).map((name, i) => (
                  <li key={`${name}-${i}`}>{name}</li>
                ))}
              </ul>
              <Button
                onClick={async () => {
                  if (await onImport(file.format, file.content)) setFile(null);
                }}
              >
                {t('network.importConfirm', { count: file.preview.names.length })}
              </Button>
            </>
          )}
        </div>
      ) : null}
    </details>
  );
}
