// Signed out mid-sentence (idle timeout): a dialog over the page asks for the password (and the
// code, with two-step verification) of the same user. The page underneath stays as it is, with
// everything typed, and the request that failed is sent again (api.ts). Nothing is written to the
// browser's storage.
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, setReauthenticator } from '../../api.js';
import { adoptSession, sessionCalls, useSession } from '../../session.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';
import { useModalDialog } from '../../ui/useModalDialog.js';
import { identityCalls } from './api.js';

export function ReauthDialog() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { session } = useSession();
  // The user whose work is on the page: only they may carry it on.
  const user = useRef<{ name: string; email: string } | null>(null);
  if (session) user.current = { name: session.user.displayName, email: session.user.email };
  const waiting = useRef<{ promise: Promise<boolean>; resolve: (ok: boolean) => void } | null>(null);
  const [open, setOpen] = useState(false);
  const dialog = useModalDialog(open);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setReauthenticator(() => {
      if (!user.current) return Promise.resolve(false);
      // Several requests may fail at once: they all wait for the same sign-in.
      if (!waiting.current) {
        let resolve: (ok: boolean) => void = () => undefined;
        const promise = new Promise<boolean>((r) => {
          resolve = r;
        });
        waiting.current = { promise, resolve };
        setOpen(true);
      }
      return waiting.current.promise;
    });
    return () => setReauthenticator(null);
  }, []);

  const finish = (ok: boolean) => {
    dialog.current?.close();
    setOpen(false);
    setPassword('');
    setCode('');
    setNeedsCode(false);
    setError(null);
    waiting.current?.resolve(ok);
    waiting.current = null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!user.current) return;
    setBusy(true);
    setError(null);
    try {
      const step = needsCode
        ? await identityCalls.secondFactor(code)
        : await identityCalls.login({ email: user.current.email, password });
      if (step.stage === 'totp') {
        setNeedsCode(true);
        return;
      }
      adoptSession(client, await sessionCalls.current());
      finish(true);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : t('errors.generic'));
    } finally {
      setBusy(false);
    }
  };

  if (!open || !user.current) return null;
  return (
    <dialog
      ref={dialog}
      className="reauth-dialog"
      aria-labelledby="reauth-title"
      onCancel={(e) => {
        e.preventDefault();
        finish(false);
      }}
    >
      <form className="stack" onSubmit={submit} noValidate>
        <h2 id="reauth-title">{t('login.reauthTitle')}</h2>
        <p>{t('login.reauthIntro')}</p>
        <p className="muted">{t('login.reauthAs', user.current)}</p>
        {error ? <Alert kind="error">{error}</Alert> : null}
        {needsCode ? (
          <TextField
            label={t('login.code')}
            hint={t('login.codeIntro')}
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        ) : (
          <TextField
            label={t('fields.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
        <div className="button-row">
          <Button type="submit" busy={busy}>
            {t('login.reauthSubmit')}
          </Button>
          <Button variant="secondary" onClick={() => finish(false)}>
            {t('login.reauthCancel')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
