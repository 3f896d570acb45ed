import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { identityCalls } from './api.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button } from '../../ui/basics.js';

/** Step by step: scan the QR code, type a code to prove it works, keep the recovery codes. */
export function TwoFactorSetup({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const start = useMutation({ mutationFn: identityCalls.startTwoFactor });
  const confirm = useMutation({
    mutationFn: () => identityCalls.confirmTwoFactor(code),
    onSuccess: (data) => setRecovery(data.recoveryCodes),
  });

  if (recovery) {
    return (
      <div className="stack">
        <Alert kind="success">{t('twoFactor.enabled')}</Alert>
        <p>{t('twoFactor.recoveryIntro')}</p>
        <ul className="recovery-codes" aria-label={t('twoFactor.recoveryCodes')}>
          {recovery.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <Button onClick={onDone}>{t('twoFactor.saved')}</Button>
      </div>
    );
  }
  if (!start.data) {
    return (
      <div className="stack">
        <p>{t('twoFactor.intro')}</p>
        {start.error ? <Alert kind="error">{start.error.message}</Alert> : null}
        <Button onClick={() => start.mutate()} busy={start.isPending}>
          {t('twoFactor.start')}
        </Button>
      </div>
    );
  }
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        confirm.mutate();
      }}
    >
      <ol className="steps">
        <li>
          {t('twoFactor.step1')}
          <p className="muted">{t('twoFactor.apps')}</p>
        </li>
        <li>
          {t('twoFactor.step2')}
          {/* On a phone the QR code cannot be scanned by the same phone: the app opens from a link. */}
          <p>
            <a className="button button--secondary" href={start.data.uri}>
              {t('twoFactor.openApp')}
            </a>
          </p>
          <p className="muted">{t('twoFactor.orScan')}</p>
          <img
            className="qr"
            alt={t('twoFactor.qrAlt')}
            src={`data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrSvg)}`}
            width={200}
            height={200}
          />
          <p className="muted">
            {t('twoFactor.manual')} <code className="secret">{start.data.secret}</code>
          </p>
        </li>
        <li>{t('twoFactor.step3')}</li>
      </ol>
      {confirm.error ? <Alert kind="error">{confirm.error.message}</Alert> : null}
      <TextField
        label={t('login.code')}
        autoComplete="one-time-code"
        inputMode="numeric"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={confirm.error ? confirm.error.message : undefined}
      />
      <Button type="submit" busy={confirm.isPending}>
        {t('twoFactor.confirm')}
      </Button>
    </form>
  );
}
