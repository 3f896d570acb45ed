// Writing a place down on the social map, or changing it (issue 15). Times are said the way
// people say them ("every first Tuesday of the month, 9:30 to 11:00"), with days it is off and
// the period it runs. Whatever the server refuses is shown at the field; nothing typed is lost.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import type { SocialMapEntry } from '../../../server/modules/socialmap/answers.js';
import {
  accessibilityFeatures,
  costKinds,
  defaultInterestKeys,
  entryKinds,
  repeatPatterns,
  weekOfMonth,
} from '../../../shared/socialmap/model.js';
import { entrySchema } from '../../../shared/socialmap/schemas.js';
import { weekDays } from '../../../shared/week.js';
import { CheckboxField, SelectField, TextArea, TextField } from '../../ui/Field.js';
import { CheckGroup } from '../../ui/inputs.js';
import { Alert, Button, Loading, Page, QueryStatus } from '../../ui/basics.js';
import { applyServerErrors, eurosToCents, numberOrNull } from '../../ui/forms.js';
import { formatDate, formatDecimal } from '../../i18n/index.js';
import { entryPath, socialMapCalls, socialMapKeys, socialMapQueries } from './api.js';

type FormValues = z.input<typeof entrySchema>;

const empty: FormValues = {
  provider: '',
  name: '',
  kind: 'activity',
  description: '',
  locations: [{ address: '', neighbourhood: '', buurtCode: '' }],
  slots: [{ pattern: 'weekly', weekday: 'mon', start: '10:00', end: '12:00' }],
  offDates: [],
  validFrom: '',
  validUntil: '',
  costKind: 'free',
  costCents: null,
  costNote: '',
  targetGroups: '',
  conditions: '',
  accessibility: [],
  accessibilityNote: '',
  lowThreshold: false,
  interests: [],
  contactPhone: '',
  contactEmail: '',
  website: '',
};

function fromEntry(entry: SocialMapEntry): FormValues {
  return {
    ...empty,
    ...Object.fromEntries(Object.entries(entry).map(([k, v]) => [k, v ?? ''])),
    locations: entry.locations.map((l) => ({
      ...l,
      neighbourhood: l.neighbourhood ?? '',
      buurtCode: l.buurtCode ?? '',
    })),
    slots: entry.slots,
    costCents: entry.costCents,
  } as FormValues;
}

export function EntryFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const entry = useQuery(socialMapQueries.entry(id));
  const title = id ? t('socialMap.editTitle') : t('socialMap.newTitle');
  if (id && !entry.data) return <Page title={title}>{entry.error ? <QueryStatus query={entry} /> : <Loading />}</Page>;
  return (
    <Page title={title}>
      <EntryForm entry={entry.data} />
    </Page>
  );
}

function EntryForm({ entry }: { entry?: SocialMapEntry }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<FormValues>({
    resolver: zodResolver(entrySchema),
    defaultValues: entry ? fromEntry(entry) : empty,
  });
  const errors = form.formState.errors;
  const slots = useFieldArray({ control: form.control, name: 'slots' });
  const locations = useFieldArray({ control: form.control, name: 'locations' });
  const [euros, setEuros] = useState(entry?.costCents ? formatDecimal(entry.costCents / 100) : '');
  const [offDate, setOffDate] = useState('');
  const costKind = form.watch('costKind');
  const offDates = form.watch('offDates') ?? [];

  const submit = form.handleSubmit(async (values) => {
    setMessage(null);
    try {
      const id = entry ? (await socialMapCalls.update(entry.id, values)).id : (await socialMapCalls.create(values)).id;
      await client.invalidateQueries({ queryKey: socialMapKeys.all });
      void navigate(entryPath(id));
    } catch (error) {
      setMessage(applyServerErrors(error, form.setError, t('errors.generic')));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="stack form-wide">
      {message ? <Alert kind="error">{message}</Alert> : null}
      <fieldset>
        <legend>{t('socialMap.sections.what')}</legend>
        <TextField
          label={t('socialMap.fields.name')}
          required
          error={errors.name?.message}
          {...form.register('name')}
        />
        <TextField
          label={t('socialMap.fields.provider')}
          hint={t('socialMap.providerHint')}
          required
          error={errors.provider?.message}
          {...form.register('provider')}
        />
        <SelectField label={t('socialMap.fields.kind')} {...form.register('kind')}>
          {entryKinds.map((k) => (
            <option key={k} value={k}>
              {t(`socialMap.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextArea
          label={t('socialMap.fields.description')}
          hint={t('socialMap.descriptionHint')}
          rows={4}
          error={errors.description?.message}
          {...form.register('description')}
        />
        <Controller
          control={form.control}
          name="interests"
          render={({ field }) => (
            <CheckGroup
              legend={t('socialMap.fields.interests')}
              options={defaultInterestKeys.map((k) => ({ value: k as string, label: t(`socialMap.interests.${k}`) }))}
              value={field.value ?? []}
              onChange={field.onChange}
              error={errors.interests?.message}
            />
          )}
        />
      </fieldset>

      <fieldset>
        <legend>{t('socialMap.sections.when')}</legend>
        {slots.fields.map((slot, i) => {
          const pattern = form.watch(`slots.${i}.pattern`);
          const e = errors.slots?.[i];
          return (
            <fieldset key={slot.id} className="slot">
              <legend>{t('socialMap.slot', { n: i + 1 })}</legend>
              <div className="row">
                <SelectField label={t('socialMap.fields.pattern')} {...form.register(`slots.${i}.pattern`)}>
                  {repeatPatterns.map((p) => (
                    <option key={p} value={p}>
                      {t(`socialMap.patterns.${p}`)}
                    </option>
                  ))}
                </SelectField>
                {pattern === 'monthly' ? (
                  <SelectField
                    label={t('socialMap.fields.nth')}
                    error={e?.nth?.message}
                    {...form.register(`slots.${i}.nth`, { setValueAs: numberOrNull })}
                  >
                    <option value="">—</option>
                    {weekOfMonth.map((n) => (
                      <option key={n} value={n}>
                        {t(`socialMap.nth.${n}`)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
                {pattern !== 'one_off' ? (
                  <SelectField
                    label={t('socialMap.fields.weekday')}
                    error={e?.weekday?.message}
                    {...form.register(`slots.${i}.weekday`)}
                  >
                    {weekDays.map((d) => (
                      <option key={d} value={d}>
                        {t(`coaching.dayNames.${d}`)}
                      </option>
                    ))}
                  </SelectField>
                ) : null}
                {pattern === 'one_off' || pattern === 'every_other_week' ? (
                  <TextField
                    label={pattern === 'one_off' ? t('socialMap.fields.date') : t('socialMap.fields.rhythmDate')}
                    type="date"
                    error={e?.date?.message}
                    {...form.register(`slots.${i}.date`)}
                  />
                ) : null}
                <TextField
                  label={t('socialMap.fields.start')}
                  type="time"
                  error={e?.start?.message}
                  {...form.register(`slots.${i}.start`)}
                />
                <TextField
                  label={t('socialMap.fields.end')}
                  type="time"
                  error={e?.end?.message}
                  {...form.register(`slots.${i}.end`)}
                />
              </div>
              <Button variant="link" onClick={() => slots.remove(i)}>
                {t('socialMap.removeSlot', { n: i + 1 })}
              </Button>
            </fieldset>
          );
        })}
        <Button
          variant="secondary"
          onClick={() => slots.append({ pattern: 'weekly', weekday: 'mon', start: '10:00', end: '12:00' })}
        >
          {t('socialMap.addSlot')}
        </Button>
        <div className="row">
          <TextField
            label={t('socialMap.fields.validFrom')}
            type="date"
            error={errors.validFrom?.message}
            {...form.register('validFrom')}
          />
          <TextField
            label={t('socialMap.fields.validUntil')}
            type="date"
            error={errors.validUntil?.message}
            {...form.register('validUntil')}
          />
        </div>
        <fieldset className="item-list">
          <legend>{t('socialMap.fields.offDates')}</legend>
          {offDates.length ? (
            <ul>
              {offDates.map((d) => (
                <li key={d}>
                  <span>{formatDate(d)}</span>
                  <Button
                    variant="link"
                    aria-label={t('socialMap.removeOffDate', { date: formatDate(d) })}
                    onClick={() =>
                      form.setValue(
                        'offDates',
                        offDates.filter((o) => o !== d),
                      )
                    }
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('socialMap.noOffDates')}</p>
          )}
          <div className="row">
            <TextField
              label={t('socialMap.fields.offDate')}
              type="date"
              value={offDate}
              onChange={(e) => setOffDate(e.target.value)}
            />
            <Button
              variant="secondary"
              onClick={() => {
                if (offDate && !offDates.includes(offDate)) form.setValue('offDates', [...offDates, offDate].sort());
                setOffDate('');
              }}
            >
              {t('socialMap.addOffDate')}
            </Button>
          </div>
          {errors.offDates ? <div className="field__error">{t('socialMap.offDatesInvalid')}</div> : null}
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t('socialMap.sections.where')}</legend>
        {locations.fields.map((location, i) => (
          <div key={location.id} className="row">
            <TextField
              label={t('socialMap.fields.address')}
              error={errors.locations?.[i]?.address?.message}
              {...form.register(`locations.${i}.address`)}
            />
            <TextField
              label={t('socialMap.fields.neighbourhood')}
              error={errors.locations?.[i]?.neighbourhood?.message}
              {...form.register(`locations.${i}.neighbourhood`)}
            />
            <TextField
              label={t('socialMap.fields.buurtCode')}
              hint={t('socialMap.buurtCodeHint')}
              error={errors.locations?.[i]?.buurtCode?.message}
              {...form.register(`locations.${i}.buurtCode`)}
            />
            <Button variant="link" onClick={() => locations.remove(i)}>
              {t('socialMap.removeLocation', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => locations.append({ address: '', neighbourhood: '', buurtCode: '' })}>
          {t('socialMap.addLocation')}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t('socialMap.sections.who')}</legend>
        <div className="row">
          <SelectField label={t('socialMap.fields.costKind')} {...form.register('costKind')}>
            {costKinds.map((k) => (
              <option key={k} value={k}>
                {t(`socialMap.costKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          {costKind === 'amount' ? (
            <TextField
              label={t('socialMap.fields.amount')}
              inputMode="decimal"
              value={euros}
              error={errors.costCents?.message}
              onChange={(e) => {
                setEuros(e.target.value);
                form.setValue('costCents', e.target.value.trim() ? eurosToCents(e.target.value) : null);
              }}
            />
          ) : null}
          <TextField
            label={t('socialMap.fields.costNote')}
            error={errors.costNote?.message}
            {...form.register('costNote')}
          />
        </div>
        <TextArea
          label={t('socialMap.fields.targetGroups')}
          rows={2}
          error={errors.targetGroups?.message}
          {...form.register('targetGroups')}
        />
        <TextArea
          label={t('socialMap.fields.conditions')}
          rows={2}
          error={errors.conditions?.message}
          {...form.register('conditions')}
        />
        <CheckboxField
          label={t('socialMap.fields.lowThreshold')}
          hint={t('socialMap.lowThresholdHint')}
          {...form.register('lowThreshold')}
        />
        <Controller
          control={form.control}
          name="accessibility"
          render={({ field }) => (
            <CheckGroup
              legend={t('socialMap.fields.accessibility')}
              options={accessibilityFeatures.map((a) => ({ value: a, label: t(`socialMap.accessibility.${a}`) }))}
              value={field.value ?? []}
              onChange={field.onChange}
            />
          )}
        />
        <TextField
          label={t('socialMap.fields.accessibilityNote')}
          error={errors.accessibilityNote?.message}
          {...form.register('accessibilityNote')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('socialMap.fields.contact')}</legend>
        <p className="field__hint">{t('socialMap.contactHint')}</p>
        <div className="row">
          <TextField
            label={t('socialMap.fields.phone')}
            type="tel"
            error={errors.contactPhone?.message}
            {...form.register('contactPhone')}
          />
          <TextField
            label={t('socialMap.fields.email')}
            type="email"
            error={errors.contactEmail?.message}
            {...form.register('contactEmail')}
          />
        </div>
        <TextField
          label={t('socialMap.fields.website')}
          type="url"
          error={errors.website?.message}
          {...form.register('website')}
        />
      </fieldset>
      <div className="sticky-actions">
        <Button type="submit" busy={form.formState.isSubmitting}>
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
