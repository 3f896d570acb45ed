import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { ageGroups, situations } from '../../../shared/coaching/model.js';
import { registrationFields } from '../../../shared/coaching/schemas.js';
import { newPersonSchema } from '../../../shared/schemas.js';
import { coachingCalls, coachingKeys, trajectoryPath } from './api.js';
import { SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Page } from '../../ui/basics.js';
import { applyServerErrors, blankToNull, listText, numberOrNull } from '../../ui/forms.js';
import { CheckGroup, WeekPartsField } from '../../ui/inputs.js';
import { clock } from '../../../shared/clock.js';

/** The route's registration of a new person, with languages and interests as one text each. */
const registerForm = z.object({
  ...registrationFields,
  person: newPersonSchema,
  languages: listText(registrationFields.languages),
  interests: listText(registrationFields.interests),
});

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(registerForm),
    defaultValues: {
      person: { firstName: '', lastName: '', yearOfBirth: null, phone: '', email: '', neighbourhood: '' },
      registeredOn: clock.today(),
      ageGroup: null,
      languages: '',
      situations: [],
      situationNote: '',
      referrerOrganisation: '',
      referrerContact: '',
      foundVia: '',
      availability: [],
      interests: '',
      wishes: '',
    },
  });
  const e = form.formState.errors;
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const { id } = await coachingCalls.register(v);
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      void navigate(trajectoryPath(id));
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });
  return (
    <Page title={t('coaching.register.title')}>
      <p className="lead">{t('coaching.register.intro')}</p>
      <form onSubmit={submit} noValidate className="stack form-wide">
        {message ? <Alert kind="error">{message}</Alert> : null}
        <fieldset>
          <legend>{t('coaching.register.newPerson')}</legend>
          <div className="row">
            <TextField
              label={t('fields.firstName')}
              required
              autoComplete="off"
              error={e.person?.firstName?.message}
              {...form.register('person.firstName')}
            />
            <TextField
              label={t('fields.lastName')}
              autoComplete="off"
              error={e.person?.lastName?.message}
              {...form.register('person.lastName')}
            />
          </div>
          <div className="row">
            <TextField
              label={t('fields.yearOfBirth')}
              type="number"
              inputMode="numeric"
              error={e.person?.yearOfBirth?.message}
              {...form.register('person.yearOfBirth', { setValueAs: numberOrNull })}
            />
            <SelectField
              label={t('coaching.fields.ageGroup')}
              {...form.register('ageGroup', { setValueAs: blankToNull })}
            >
              <option value="">{t('common.none')}</option>
              {ageGroups.map((a) => (
                <option key={a} value={a}>
                  {t(`coaching.ageGroups.${a}`)}
                </option>
              ))}
            </SelectField>
          </div>
          <div className="row">
            <TextField
              label={t('fields.phone')}
              type="tel"
              autoComplete="off"
              error={e.person?.phone?.message}
              {...form.register('person.phone')}
            />
            <TextField
              label={t('fields.email')}
              type="email"
              autoComplete="off"
              error={e.person?.email?.message}
              {...form.register('person.email')}
            />
            <TextField
              label={t('coaching.fields.neighbourhood')}
              error={e.person?.neighbourhood?.message}
              {...form.register('person.neighbourhood')}
            />
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('coaching.register.referral')}</legend>
          <TextField
            label={t('coaching.fields.registeredOn')}
            type="date"
            max={clock.today()}
            required
            error={e.registeredOn?.message}
            {...form.register('registeredOn')}
          />
          <div className="row">
            <TextField
              label={t('coaching.fields.referrerOrganisation')}
              error={e.referrerOrganisation?.message}
              {...form.register('referrerOrganisation')}
            />
            <TextField
              label={t('coaching.fields.referrerContact')}
              error={e.referrerContact?.message}
              {...form.register('referrerContact')}
            />
          </div>
          <TextField label={t('coaching.fields.foundVia')} error={e.foundVia?.message} {...form.register('foundVia')} />
          <Controller
            control={form.control}
            name="situations"
            render={({ field }) => (
              <CheckGroup
                legend={t('coaching.fields.situations')}
                value={field.value}
                onChange={field.onChange}
                options={situations.map((s) => ({ value: s, label: t(`coaching.situations.${s}`) }))}
              />
            )}
          />
          <TextArea
            label={t('coaching.fields.situationNote')}
            sensitive="trajectories.situation_note"
            error={e.situationNote?.message}
            {...form.register('situationNote')}
          />
        </fieldset>
        <fieldset>
          <legend>{t('coaching.register.matching')}</legend>
          <div className="row">
            <TextField
              label={t('coaching.fields.languages')}
              hint={t('coaching.fields.languagesHint')}
              error={e.languages?.message}
              {...form.register('languages')}
            />
            <TextField
              label={t('coaching.fields.interests')}
              hint={t('coaching.fields.interestsHint')}
              error={e.interests?.message}
              {...form.register('interests')}
            />
          </div>
          <Controller
            control={form.control}
            name="availability"
            render={({ field }) => (
              <WeekPartsField
                legend={t('coaching.fields.availability')}
                value={field.value}
                onChange={field.onChange}
              />
            )}
          />
          <TextArea
            label={t('coaching.fields.wishes')}
            sensitive="trajectories.wishes"
            hint={t('coaching.fields.wishesHint')}
            error={e.wishes?.message}
            {...form.register('wishes')}
          />
        </fieldset>
        <div className="button-row sticky-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {t('coaching.registerClient')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/coaching')}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
