import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { passwordSchema } from '../../../shared/schemas.js';
import { identityCalls, identityQueries } from './api.js';
import { useSession } from '../../session.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { applyServerErrors } from '../../ui/forms.js';
import { useRepeatedPassword } from './passwords.js';

const formSchema = z.object({ password: passwordSchema, repeat: z.string() });

/** Accepting an invitation or a password-reset link: choose a password and you are signed in. */
export function AcceptLinkPage({ purpose }: { purpose: 'invitation' | 'reset' }) {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [token] = useState(() => window.location.hash.slice(1));
  const [message, setMessage] = useState<string | null>(null);
  const info = useQuery({
    ...identityQueries.link(purpose, token),
    enabled: token.length > 0,
    retry: false,
  });
  const form = useForm({
    resolver: zodResolver(useRepeatedPassword(formSchema)),
    defaultValues: { password: '', repeat: '' },
  });

  const submit = form.handleSubmit(async ({ password }) => {
    setMessage(null);
    try {
      const result = await identityCalls.acceptLink(purpose, token, password);
      window.history.replaceState(null, '', purpose === 'invitation' ? '/invite' : '/reset');
      await refresh();
      void navigate(result.stage === 'totp_setup' ? '/two-factor' : result.stage === 'totp' ? '/login' : '/', {
        replace: true,
      });
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });

  const title = purpose === 'invitation' ? t('accept.invitationTitle') : t('accept.resetTitle');
  if (!token || info.isError) {
    return (
      <Page title={title} narrow>
        <Alert kind="error">{info.error?.message ?? t('accept.noToken')}</Alert>
      </Page>
    );
  }
  if (!info.data) return <Loading />;
  return (
    <Page title={title} narrow>
      <p>
        {t(purpose === 'invitation' ? 'accept.invitationIntro' : 'accept.resetIntro', {
          name: info.data.displayName,
          organisation: info.data.organisationName,
        })}
      </p>
      <p className="muted">{t('accept.account', { email: info.data.email })}</p>
      {message ? <Alert kind="error">{message}</Alert> : null}
      <form onSubmit={submit} noValidate className="stack">
        <input type="email" hidden readOnly autoComplete="username" value={info.data.email} />
        <TextField
          label={t('fields.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('fields.passwordHint')}
          required
          error={form.formState.errors.password?.message}
          {...form.register('password')}
        />
        <TextField
          label={t('fields.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          error={form.formState.errors.repeat?.message}
          {...form.register('repeat')}
        />
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('accept.submit')}
        </Button>
      </form>
    </Page>
  );
}
