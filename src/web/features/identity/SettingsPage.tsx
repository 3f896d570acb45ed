import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '../../../shared/schemas.js';
import { api } from '../../api.js';
import { useSession } from '../../session.js';
import { CheckboxField, SelectField, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { applyServerErrors } from '../../ui/forms.js';

interface Settings {
  name: string;
  requireTotp: boolean;
  idleTimeoutMinutes: number;
  networkModel: 'three_circles' | 'lensink';
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const settings = useQuery({ queryKey: ['settings'], queryFn: () => api<Settings>('GET', '/api/organisation') });
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const form = useForm({ resolver: zodResolver(settingsSchema) });
  useEffect(() => {
    if (settings.data) form.reset(settings.data);
  }, [settings.data, form]);
  if (!settings.data) return <Loading />;
  const errors = form.formState.errors;
  const submit = form.handleSubmit(async (values) => {
    try {
      await api('PATCH', '/api/organisation', values);
      await refresh();
      setMessage({ kind: 'success', text: t('settings.saved') });
    } catch (error) {
      setMessage({ kind: 'error', text: applyServerErrors(error, form.setError, t('errors.generic')) });
    }
  });
  return (
    <Page title={t('settings.title')} narrow>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextField label={t('settings.name')} error={errors.name?.message} {...form.register('name')} />
        <CheckboxField label={t('settings.requireTotp')} hint={t('settings.requireTotpHint')} {...form.register('requireTotp')} />
        <TextField
          label={t('settings.idleTimeout')}
          hint={t('settings.idleTimeoutHint')}
          type="number"
          min={5}
          max={480}
          error={errors.idleTimeoutMinutes?.message}
          {...form.register('idleTimeoutMinutes', { valueAsNumber: true })}
        />
        <SelectField label={t('settings.networkModel')} hint={t('settings.networkModelHint')} {...form.register('networkModel')}>
          <option value="three_circles">{t('settings.models.three_circles')}</option>
          <option value="lensink">{t('settings.models.lensink')}</option>
        </SelectField>
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </form>
    </Page>
  );
}
