import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { personSchema } from '../../../shared/schemas.js';
import { peopleCalls, peopleKeys, peopleQueries } from './api.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { applyServerErrors, blankToNull, numberOrNull } from '../../ui/forms.js';
import { useTeams } from '../identity/api.js';
import type { Person } from '../../../server/modules/people/answers.js';
import { clock } from '../../../shared/clock.js';

const formSchema = personSchema.extend({ consentGiven: z.boolean().optional(), consentDate: z.string().optional() });
type FormValues = z.input<typeof formSchema>;

function PersonForm({ person }: { person?: Person }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const teams = useTeams();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: person
      ? {
          kind: person.kind,
          firstName: person.firstName,
          lastName: person.lastName,
          yearOfBirth: person.yearOfBirth,
          phone: person.phone ?? '',
          email: person.email ?? '',
          neighbourhood: person.neighbourhood ?? '',
          teamId: person.teamId,
          notes: person.notes ?? '',
        }
      : {
          kind: 'client',
          firstName: '',
          lastName: '',
          phone: '',
          email: '',
          neighbourhood: '',
          notes: '',
          consentGiven: false,
          consentDate: clock.today(),
        },
  });
  const errors = form.formState.errors;
  const consentGiven = form.watch('consentGiven');

  const submit = form.handleSubmit(async ({ consentGiven: given, consentDate, ...values }) => {
    setMessage(null);
    try {
      let id = person?.id;
      if (id) await peopleCalls.update(id, values);
      else {
        id = (await peopleCalls.create(values)).id;
        if (given) await peopleCalls.addConsent(id, { purpose: 'registration', givenOn: consentDate ?? '' });
      }
      await client.invalidateQueries({ queryKey: peopleKeys.lists });
      await client.invalidateQueries({ queryKey: peopleKeys.person(id) });
      void navigate(`/people/${id}`);
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="stack form-wide">
      {message ? <Alert kind="error">{message}</Alert> : null}
      <fieldset>
        <legend>{t('people.who')}</legend>
        <SelectField label={t('fields.kind')} hint={t('people.kindHint')} {...form.register('kind')}>
          <option value="client">{t('kinds.client')}</option>
          <option value="participant">{t('kinds.participant')}</option>
        </SelectField>
        <div className="row">
          <TextField
            label={t('fields.firstName')}
            required
            autoComplete="off"
            error={errors.firstName?.message}
            {...form.register('firstName')}
          />
          <TextField
            label={t('fields.lastName')}
            autoComplete="off"
            error={errors.lastName?.message}
            {...form.register('lastName')}
          />
        </div>
        <TextField
          label={t('fields.yearOfBirth')}
          type="number"
          inputMode="numeric"
          hint={t('people.yearHint')}
          error={errors.yearOfBirth?.message}
          {...form.register('yearOfBirth', { setValueAs: numberOrNull })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('people.contact')}</legend>
        <div className="row">
          <TextField
            label={t('fields.phone')}
            type="tel"
            autoComplete="off"
            error={errors.phone?.message}
            {...form.register('phone')}
          />
          <TextField
            label={t('fields.email')}
            type="email"
            autoComplete="off"
            error={errors.email?.message}
            {...form.register('email')}
          />
        </div>
        <div className="row">
          <TextField
            label={t('fields.neighbourhood')}
            error={errors.neighbourhood?.message}
            {...form.register('neighbourhood')}
          />
          <SelectField label={t('fields.team')} {...form.register('teamId', { setValueAs: blankToNull })}>
            <option value="">{t('common.none')}</option>
            {teams.data?.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <TextArea
        label={t('fields.notes')}
        sensitive="persons.notes"
        hint={t('people.notesHint')}
        error={errors.notes?.message}
        {...form.register('notes')}
      />
      {person ? null : (
        <fieldset>
          <legend>{t('consent.title')}</legend>
          <CheckboxField
            label={t('people.consentNow')}
            hint={t('people.consentNowHint')}
            {...form.register('consentGiven')}
          />
          {consentGiven ? (
            <TextField
              label={t('consent.givenOn')}
              type="date"
              max={clock.today()}
              error={errors.consentDate?.message}
              {...form.register('consentDate')}
            />
          ) : null}
        </fieldset>
      )}
      <div className="button-row">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={() => navigate(person ? `/people/${person.id}` : '/people')}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function NewPersonPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  return <Page title={t('people.new')}>{teams.isLoading ? <Loading /> : <PersonForm />}</Page>;
}

export function EditPersonPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const person = useQuery(peopleQueries.person(id));
  const teams = useTeams();
  if (person.error) return <Alert kind="error">{person.error.message}</Alert>;
  // The form starts from the stored values; the team list must be there or the choice is lost.
  if (!person.data || teams.isLoading) return <Loading />;
  return (
    <Page title={t('people.edit')}>
      <PersonForm person={person.data} />
    </Page>
  );
}
