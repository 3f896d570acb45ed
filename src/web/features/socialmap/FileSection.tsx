// The social map as a file (issue 15, item 6): download it as CSV, or add places from a CSV file.
// A file is checked first and shows what it holds; a file with any error adds nothing, and every
// error names its line and column.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SocialMapImport } from '../../../server/modules/socialmap/answers.js';
import { Alert, Button } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { exportUrl, socialMapCalls, socialMapKeys } from './api.js';

export function FileSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<SocialMapImport | null>(null);
  const { message, busy, run } = useSaveMessage();

  async function choose(file: File | undefined) {
    setPreview(null);
    if (!file) return;
    const text = await file.text();
    setContent(text);
    await run(async () => {
      const checked = await socialMapCalls.importCsv({ content: text, dryRun: true });
      setPreview(checked);
      return checked.errors.length
        ? { kind: 'error', text: t('socialMap.file.hasErrors', { count: checked.errors.length }) }
        : t('socialMap.file.checked', { count: checked.count });
    });
  }

  return (
    <section aria-labelledby="file" className="entry-section stack">
      <h2 id="file">{t('socialMap.file.title')}</h2>
      <p>
        <a href={exportUrl} download>
          {t('socialMap.file.download')}
        </a>
      </p>
      <div className="field">
        <label htmlFor="social-map-file">{t('socialMap.file.choose')}</label>
        <div className="field__hint" id="social-map-file-hint">
          {t('socialMap.file.hint')}
        </div>
        <input
          id="social-map-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="social-map-file-hint"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      {preview && preview.errors.length > 0 ? (
        <ul className="file-errors">
          {preview.errors.map((e) => (
            <li key={`${e.line}-${e.field}-${e.message}`}>
              {t('socialMap.file.error', { line: e.line, column: e.field, message: e.message })}
            </li>
          ))}
        </ul>
      ) : null}
      {preview && preview.errors.length === 0 && preview.count > 0 && content ? (
        <div className="stack">
          <p>{preview.names.join(', ')}</p>
          <div>
            <Button
              busy={busy}
              onClick={() =>
                run(async () => {
                  const done = await socialMapCalls.importCsv({ content, dryRun: false });
                  setPreview(null);
                  setContent(null);
                  await client.invalidateQueries({ queryKey: socialMapKeys.all });
                  return t('socialMap.file.imported', { count: done.imported });
                })
              }
            >
              {t('socialMap.file.add', { count: preview.count })}
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
