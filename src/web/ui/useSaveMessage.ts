import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { applyServerErrors, errorText } from './forms.js';

export interface SaveMessage {
  kind: 'error' | 'success' | 'warning';
  text: string;
}

/**
 * The message under a form and the state of its save button. `run` clears the old message, runs
 * the save, and shows what the save returns (a text means success), or what went wrong: on the
 * form's own fields when `setError` is given, otherwise as one text with each field's message.
 * Nothing typed is lost either way.
 */
export function useSaveMessage() {
  const { t } = useTranslation();
  const [message, setMessage] = useState<SaveMessage | null>(null);
  const [busy, setBusy] = useState(false);
  async function run<T extends FieldValues>(save: () => Promise<SaveMessage | string>, setError?: UseFormSetError<T>) {
    setMessage(null);
    setBusy(true);
    try {
      const outcome = await save();
      setMessage(typeof outcome === 'string' ? { kind: 'success', text: outcome } : outcome);
    } catch (error) {
      setMessage({
        kind: 'error',
        text: setError
          ? applyServerErrors(error, setError, t('errors.generic'))
          : errorText(error, t('errors.generic')),
      });
    } finally {
      setBusy(false);
    }
  }
  return { message, busy, run };
}
