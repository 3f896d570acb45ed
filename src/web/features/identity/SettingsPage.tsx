import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { processingWork } from '../../../shared/consent.js';
import { CheckGroup } from '../../ui/inputs.js';
import { mapModels, sectorKinds } from '../../../shared/network/model.js';
import { settingsSchema } from '../../../shared/schemas.js';
import { identityCalls, identityQueries } from './api.js';
import { useSession } from '../../session.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { useSaveMessage } from '../../ui/useSaveMessage.js';

// Every ring of both models and every sector kind can get the organisation's own name.
const labelKeys = [
  ...Object.entries(mapModels).flatMap(([model, m]) => m.rings.map((ring) => `rings.${model}.${ring}`)),
  ...sectorKinds.map((sector) => `sectors.${sector}`),
];

export function SettingsPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const settings = useQuery(identityQueries.settings());
  const { message, run } = useSaveMessage();
  const form = useForm({ resolver: zodResolver(settingsSchema) });
  // Label keys contain dots, which the form library reads as nesting: they live in their own state.
  const [labels, setLabels] = useState<Record<string, string>>({});
  // One question per line in a text area; an empty area means Kring's own questions.
  const [questions, setQuestions] = useState('');
  useEffect(() => {
    if (settings.data) {
      const { networkLabels, interviewQuestions, ...rest } = settings.data;
      form.reset(rest);
      setLabels(networkLabels ?? {});
      setQuestions((interviewQuestions ?? []).join('\n'));
    }
  }, [settings.data, form]);
  if (!settings.data) return <Loading />;
  const errors = form.formState.errors;
  const submit = form.handleSubmit((values) =>
    run(async () => {
      const list = questions
        .split('\n')
        .map((q) => q.trim())
        .filter(Boolean);
      await identityCalls.updateSettings({
        ...values,
        networkLabels: labels,
        interviewQuestions: list.length > 0 ? list : null,
      });
      await refresh();
      return t('settings.saved');
    }, form.setError),
  );
  return (
    <Page title={t('settings.title')} narrow>
      {message ? <Alert kind={message.kind}>{message.text}</Alert> : null}
      <form onSubmit={submit} noValidate className="stack">
        <TextField label={t('settings.name')} error={errors.name?.message} {...form.register('name')} />
        <TextArea
          label={t('settings.contact')}
          hint={t('settings.contactHint')}
          error={errors.contact?.message}
          {...form.register('contact')}
        />
        <CheckboxField
          label={t('settings.requireTotp')}
          hint={t('settings.requireTotpHint')}
          {...form.register('requireTotp')}
        />
        <TextField
          label={t('settings.idleTimeout')}
          hint={t('settings.idleTimeoutHint')}
          type="number"
          min={5}
          max={480}
          error={errors.idleTimeoutMinutes?.message}
          {...form.register('idleTimeoutMinutes', { valueAsNumber: true })}
        />
        <SelectField
          label={t('settings.networkModel')}
          hint={t('settings.networkModelHint')}
          {...form.register('networkModel')}
        >
          <option value="three_circles">{t('settings.models.three_circles')}</option>
          <option value="lensink">{t('settings.models.lensink')}</option>
        </SelectField>
        <fieldset>
          <legend>{t('settings.basisTitle')}</legend>
          <p className="field__hint">{t('settings.basisHint')}</p>
          <Controller
            control={form.control}
            name="basisWithoutConsent"
            render={({ field }) => (
              <CheckGroup
                legend={t('settings.basisWork')}
                value={field.value ?? []}
                onChange={field.onChange}
                options={processingWork.map((w) => ({ value: w, label: t(`settings.work.${w}`) }))}
              />
            )}
          />
          <TextArea
            label={t('settings.otherBasisNote')}
            hint={t('settings.otherBasisNoteHint')}
            error={errors.otherBasisNote?.message}
            {...form.register('otherBasisNote')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.reportTitle')}</legend>
          <TextField
            label={t('settings.reportThreshold')}
            hint={t('settings.reportThresholdHint')}
            type="number"
            min={5}
            max={100}
            error={errors.reportThreshold?.message}
            {...form.register('reportThreshold', { valueAsNumber: true })}
          />
          <CheckboxField
            label={t('settings.shareInRegionalReport')}
            hint={t('settings.shareInRegionalReportHint')}
            {...form.register('shareInRegionalReport')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.socialMapTitle')}</legend>
          <TextField
            label={t('settings.socialMapStaleMonths')}
            hint={t('settings.socialMapStaleMonthsHint')}
            type="number"
            inputMode="numeric"
            min={1}
            max={36}
            error={errors.socialMapStaleMonths?.message}
            {...form.register('socialMapStaleMonths', { valueAsNumber: true })}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.labelsTitle')}</legend>
          <p className="field__hint">{t('settings.labelsHint')}</p>
          {labelKeys.map((key) => (
            <TextField
              key={key}
              label={t(`network.${key}`)}
              placeholder={t(`network.${key}`)}
              maxLength={60}
              value={labels[key] ?? ''}
              onChange={(e) => setLabels({ ...labels, [key]: e.target.value })}
            />
          ))}
        </fieldset>
        <TextArea
          label={t('settings.interviewQuestions')}
          hint={t('settings.interviewQuestionsHint')}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
        />
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </form>
    </Page>
  );
}
