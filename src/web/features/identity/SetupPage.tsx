import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { setupSchema } from '../../../shared/schemas.js';
import { identityCalls } from './api.js';
import { useSession } from '../../session.js';
import { TextField } from '../../ui/Field.js';
import { Alert, Button, Page } from '../../ui/basics.js';
import { applyServerErrors } from '../../ui/forms.js';
import { useRepeatedPassword } from './passwords.js';

const formSchema = setupSchema.omit({ token: true }).extend({ repeat: z.string() });

export function SetupPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const token = window.location.hash.slice(1);
  const [message, setMessage] = useState<string | null>(token ? null : t('setup.noToken'));
  const form = useForm({
    resolver: zodResolver(useRepeatedPassword(formSchema)),
    defaultValues: { organisationName: '', displayName: '', email: '', password: '', repeat: '' },
  });
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async ({ repeat: _repeat, ...values }) => {
    setMessage(null);
    try {
      await identityCalls.setup({ ...values, token });
      // The secret is spent; remove it from the address bar and history.
      window.history.replaceState(null, '', '/setup');
      await refresh();
      void navigate('/', { replace: true });
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });

  return (
    <Page title={t('setup.title')} narrow>
      <p>{t('setup.intro')}</p>
      {message ? <Alert kind="error">{message}</Alert> : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextField
          label={t('setup.organisationName')}
          required
          error={errors.organisationName?.message}
          {...form.register('organisationName')}
        />
        <TextField
          label={t('fields.yourName')}
          autoComplete="name"
          required
          error={errors.displayName?.message}
          {...form.register('displayName')}
        />
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          error={errors.email?.message}
          {...form.register('email')}
        />
        <TextField
          label={t('fields.newPassword')}
          type="password"
          autoComplete="new-password"
          hint={t('fields.passwordHint')}
          required
          error={errors.password?.message}
          {...form.register('password')}
        />
        <TextField
          label={t('fields.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          error={errors.repeat?.message}
          {...form.register('repeat')}
        />
        <Button type="submit" busy={form.formState.isSubmitting} disabled={!token}>
          {t('setup.submit')}
        </Button>
      </form>
    </Page>
  );
}
