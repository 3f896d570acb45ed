// Reported mistakes as their keeper sees them, each with "dealt with": on a place's page and on
// the "still correct?" list (there with the place's name as a link).
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';
import { formatDateTime } from '../../i18n/index.js';
import { entryPath, socialMapCalls, socialMapKeys } from './api.js';

interface Mistake {
  id: string;
  message: string;
  reportedBy: string;
  reportedAt: string;
  /** On the keeper's list: which place it is about. */
  entry?: { id: string; name: string };
}

export function MistakeList({ mistakes, placeName }: { mistakes: Mistake[]; placeName: (m: Mistake) => string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { message, busy, run } = useSaveMessage();
  return (
    <>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <ul className="upkeep-list">
        {mistakes.map((m) => (
          <li key={m.id}>
            <div>
              {m.entry ? <Link to={entryPath(m.entry.id)}>{m.entry.name}</Link> : null}
              <p>{m.message}</p>
              <div className="muted">
                {t('socialMap.mistakes.by', { name: m.reportedBy, at: formatDateTime(m.reportedAt) })}
              </div>
            </div>
            <Button
              variant="secondary"
              busy={busy}
              aria-label={t('socialMap.mistakes.resolveOne', { name: placeName(m) })}
              onClick={() =>
                run(async () => {
                  await socialMapCalls.resolveMistake(m.id);
                  await client.invalidateQueries({ queryKey: socialMapKeys.all });
                  return t('socialMap.mistakes.resolved');
                })
              }
            >
              {t('socialMap.mistakes.resolve')}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
