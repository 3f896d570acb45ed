import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { loginSchema, totpCodeSchema } from '../../../shared/schemas.js';
import { identityCalls } from './api.js';
import { useSession } from '../../session.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Page } from '../../ui/basics.js';
import { applyServerErrors } from '../../ui/forms.js';
import type { SessionStage, SignInStep } from '../../../server/modules/identity/answers.js';

export function LoginPage() {
  const { t } = useTranslation();
  const { session, refresh } = useSession();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(null);
  const [notice] = useState(() => {
    const why = sessionStorage.getItem('kring.signedOutBecause');
    sessionStorage.removeItem('kring.signedOutBecause');
    return why;
  });
  const form = useForm({ resolver: zodResolver(loginSchema), defaultValues: { email: '', password: '' } });
  const codeForm = useForm({ resolver: zodResolver(totpCodeSchema), defaultValues: { code: '' } });
  // A code from the app is six digits (a number pad on a phone); a recovery code has letters.
  const [recoveryCode, setRecoveryCode] = useState(false);

  if (session?.stage === 'full') return <Navigate to="/" replace />;
  if (session?.stage === 'totp_setup') return <Navigate to="/two-factor" replace />;
  const needsCode = session?.stage === 'totp';

  const after = async (stage: SessionStage) => {
    await refresh();
    void navigate(stage === 'full' ? '/' : stage === 'totp_setup' ? '/two-factor' : '/login', { replace: true });
  };

  /** Both steps post their form and go on to whatever stage the server says comes next. */
  const step =
    <T,>(send: (values: T) => Promise<SignInStep>, onError: (error: unknown) => string) =>
    async (values: T) => {
      setMessage(null);
      try {
        const result = await send(values);
        await after(result.stage);
      } catch (error) {
        setMessage(onError(error));
      }
    };
  const submitPassword = form.handleSubmit(
    step(identityCalls.login, (error) => applyServerErrors(error, form.setError, t('errors.generic'))),
  );
  const submitCode = codeForm.handleSubmit(
    step(
      ({ code }: { code: string }) => identityCalls.secondFactor(code),
      (error) => {
        codeForm.setValue('code', '');
        return applyServerErrors(error, codeForm.setError, t('errors.generic'));
      },
    ),
  );

  return (
    <Page title={needsCode ? t('login.codeTitle') : t('login.title')} narrow>
      {notice && !message ? <Alert kind="info">{notice}</Alert> : null}
      {message ? <Alert kind="error">{message}</Alert> : null}
      {needsCode ? (
        <form onSubmit={submitCode} noValidate className="stack">
          <p>{t('login.codeIntro')}</p>
          <TextField
            key={recoveryCode ? 'recovery' : 'app'}
            label={recoveryCode ? t('login.recoveryCode') : t('login.code')}
            hint={recoveryCode ? undefined : t('login.codeHint')}
            autoComplete={recoveryCode ? 'off' : 'one-time-code'}
            inputMode={recoveryCode ? 'text' : 'numeric'}
            autoFocus
            error={codeForm.formState.errors.code?.message}
            {...codeForm.register('code')}
          />
          <Button type="submit" busy={codeForm.formState.isSubmitting}>
            {t('login.verify')}
          </Button>
          <Button variant="link" onClick={() => setRecoveryCode(!recoveryCode)}>
            {recoveryCode ? t('login.useAppCode') : t('login.useRecoveryCode')}
          </Button>
        </form>
      ) : (
        <form onSubmit={submitPassword} noValidate className="stack">
          <TextField
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            required
            error={form.formState.errors.email?.message}
            {...form.register('email')}
          />
          <TextField
            label={t('fields.password')}
            type="password"
            autoComplete="current-password"
            required
            error={form.formState.errors.password?.message}
            {...form.register('password')}
          />
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('login.submit')}
          </Button>
          <p className="muted">{t('login.forgot')}</p>
        </form>
      )}
    </Page>
  );
}
