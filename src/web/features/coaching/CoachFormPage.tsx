import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { coachStatuses, situations } from '../../../shared/coaching/model.js';
import { coachSchema } from '../../../shared/coaching/schemas.js';
import { formatDate } from '../../i18n/index.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { Alert, Button, Loading, Page } from '../../ui/basics.js';
import { applyServerErrors, blankToNull, listText, numberOrNull } from '../../ui/forms.js';
import { coachingCalls, coachingKeys, coachingQueries, trajectoryPath } from './api.js';
import { CheckGroup, joinList, WeekPartsField } from '../../ui/inputs.js';
import type { Coach } from '../../../server/modules/coaching/answers.js';

/** The route's coach fields, with languages and interests as one text each. */
const coachForm = coachSchema.extend({
  languages: listText(coachSchema.shape.languages.removeDefault()),
  interests: listText(coachSchema.shape.interests.removeDefault()),
});

function CoachForm({ coach }: { coach?: Coach }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  // Coach accounts the admin has made; the coordinator links one to this coach record.
  const accounts = useQuery(coachingQueries.accounts());
  const form = useForm({
    resolver: zodResolver(coachForm),
    defaultValues: {
      userId: coach?.userId ?? null,
      firstName: coach?.firstName ?? '',
      lastName: coach?.lastName ?? '',
      email: coach?.email ?? '',
      phone: coach?.phone ?? '',
      status: coach?.status ?? 'candidate',
      availability: coach?.availability ?? [],
      maxClients: coach?.maxClients ?? 1,
      neighbourhood: coach?.neighbourhood ?? '',
      travelRadiusKm: coach?.travelRadiusKm ?? null,
      languages: joinList(coach?.languages),
      interests: joinList(coach?.interests),
      preferredSituations: coach?.preferredSituations ?? [],
      courseDoneOn: coach?.courseDoneOn ?? '',
      elearningDoneOn: coach?.elearningDoneOn ?? '',
      vogOn: coach?.vogOn ?? '',
      intern: coach?.intern ?? false,
      internFrom: coach?.internFrom ?? '',
      internUntil: coach?.internUntil ?? '',
      note: coach?.note ?? '',
    },
  });
  const e = form.formState.errors;
  const intern = form.watch('intern');
  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      let id = coach?.id;
      if (id) await coachingCalls.updateCoach(id, v);
      else id = (await coachingCalls.createCoach(v)).id;
      await client.invalidateQueries({ queryKey: coachingKeys.all });
      void navigate(`/coaching/coaches/${id}`);
      setMessage(null);
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });
  return (
    <form onSubmit={submit} noValidate className="stack form-wide">
      {message ? <Alert kind="error">{message}</Alert> : null}
      <div className="row">
        <TextField
          label={t('fields.firstName')}
          required
          error={e.firstName?.message}
          {...form.register('firstName')}
        />
        <TextField label={t('fields.lastName')} error={e.lastName?.message} {...form.register('lastName')} />
      </div>
      <div className="row">
        <TextField label={t('fields.email')} type="email" error={e.email?.message} {...form.register('email')} />
        <TextField label={t('fields.phone')} type="tel" error={e.phone?.message} {...form.register('phone')} />
        <SelectField
          label={t('coaching.fields.account')}
          error={e.userId?.message}
          {...form.register('userId', { setValueAs: blankToNull })}
        >
          <option value="">{t('coaching.fields.noAccount')}</option>
          {(accounts.data ?? [])
            .filter((u) => !u.linkedCoachId || u.linkedCoachId === coach?.id)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
        </SelectField>
      </div>
      <div className="row">
        <SelectField label={t('coaching.fields.status')} {...form.register('status')}>
          {coachStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`coaching.coachStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('coaching.fields.maxClients')}
          type="number"
          min={0}
          max={10}
          error={e.maxClients?.message}
          {...form.register('maxClients', { valueAsNumber: true })}
        />
      </div>
      <div className="row">
        <TextField
          label={t('coaching.fields.neighbourhood')}
          error={e.neighbourhood?.message}
          {...form.register('neighbourhood')}
        />
        <TextField
          label={t('coaching.fields.travelRadius')}
          type="number"
          min={0}
          max={200}
          error={e.travelRadiusKm?.message}
          {...form.register('travelRadiusKm', { setValueAs: numberOrNull })}
        />
      </div>
      <Controller
        control={form.control}
        name="availability"
        render={({ field }) => (
          <WeekPartsField
            legend={t('coaching.fields.availability')}
            value={field.value ?? []}
            onChange={field.onChange}
          />
        )}
      />
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
        name="preferredSituations"
        render={({ field }) => (
          <CheckGroup
            legend={t('coaching.fields.preferredSituations')}
            value={field.value ?? []}
            onChange={field.onChange}
            options={situations.map((s) => ({ value: s, label: t(`coaching.situations.${s}`) }))}
          />
        )}
      />
      <div className="row">
        <TextField
          label={t('coaching.fields.courseDoneOn')}
          type="date"
          error={e.courseDoneOn?.message}
          {...form.register('courseDoneOn')}
        />
        <TextField
          label={t('coaching.fields.elearningDoneOn')}
          type="date"
          error={e.elearningDoneOn?.message}
          {...form.register('elearningDoneOn')}
        />
        <TextField
          label={t('coaching.fields.vogOn')}
          hint={t('coaching.fields.vogHint')}
          type="date"
          error={e.vogOn?.message}
          {...form.register('vogOn')}
        />
      </div>
      <CheckboxField label={t('coaching.fields.intern')} {...form.register('intern')} />
      {intern ? (
        <div className="row">
          <TextField
            label={t('coaching.fields.internFrom')}
            type="date"
            error={e.internFrom?.message}
            {...form.register('internFrom')}
          />
          <TextField
            label={t('coaching.fields.internUntil')}
            type="date"
            error={e.internUntil?.message}
            {...form.register('internUntil')}
          />
        </div>
      ) : null}
      <TextArea label={t('coaching.fields.note')} error={e.note?.message} {...form.register('note')} />
      <div className="button-row sticky-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
        <Button variant="secondary" onClick={() => navigate('/coaching/coaches')}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

export function NewCoachPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('coaching.coaches.new')}>
      <CoachForm />
    </Page>
  );
}

export function CoachPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const coach = useQuery(coachingQueries.coach(id));
  if (coach.isLoading) return <Loading />;
  if (!coach.data) return <Alert kind="error">{coach.error?.message ?? t('errors.generic')}</Alert>;
  const c = coach.data;
  return (
    <Page title={`${c.firstName} ${c.lastName}`.trim()}>
      {c.vogWarning ? <Alert kind="warning">{t(`coaching.vog.${c.vogWarning}`)}</Alert> : null}
      <section className="card" aria-labelledby="coach-matches">
        <h2 id="coach-matches">{t('coaching.coaches.matches')}</h2>
        {c.matches && c.matches.length > 0 ? (
          <ul className="plain-list">
            {c.matches.map((m) => (
              <li key={m.id}>
                <Link to={trajectoryPath(m.trajectoryId)}>{m.clientName}</Link> ·{' '}
                {m.status === 'active'
                  ? t('coaching.match.since', { date: formatDate(m.startedOn) })
                  : t('coaching.hasProposal')}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('coaching.noOne')}</p>
        )}
      </section>
      <h2>{t('coaching.coaches.edit')}</h2>
      <CoachForm key={c.id} coach={c} />
      <p>
        <Link to="/coaching/coaches">{t('coaching.pool')}</Link>
      </p>
    </Page>
  );
}
