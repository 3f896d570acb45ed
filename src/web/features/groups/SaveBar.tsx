import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button } from '../../ui/basics.js';
import type { SaveMessage } from '../../ui/useSaveMessage.js';

/**
 * Save and back to the group, with the result of the last save, in a bar that stays at the bottom
 * of the screen: a session with twelve people or a logbook entry is a long page on a phone.
 */
export function SaveBar({
  groupId,
  busy,
  message,
  onSave,
}: {
  groupId: string;
  busy: boolean;
  message: SaveMessage | null;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="sticky-actions">
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <div className="button-row">
        <Button busy={busy} onClick={onSave}>
          {t('common.save')}
        </Button>
        <Link className="button button--secondary" to={`/groups/${groupId}`}>
          {t('groups.back')}
        </Link>
      </div>
    </div>
  );
}
