// Inputs the coach programme needs beyond ui/Field: parts of the week, a set of checkboxes,
// and a list of short items. All are native controls, so keyboard and screen readers just work.
import { type SelectHTMLAttributes, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayParts, weekDays } from '../../shared/coaching/model.js';
import { Button } from './basics.js';
import { SelectField } from './Field.js';

/** A week grid of checkboxes: one row per day, one column per part of the day. */
export function WeekPartsField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: string[];
  onChange(next: string[]): void;
}) {
  const { t } = useTranslation();
  const toggle = (part: string) => onChange(value.includes(part) ? value.filter((p) => p !== part) : [...value, part]);
  return (
    <fieldset className="week-parts">
      <legend>{legend}</legend>
      <table>
        <thead>
          <tr>
            <td />
            {dayParts.map((p) => (
              <th key={p} scope="col">
                {t(`coaching.parts.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weekDays.map((d) => (
            <tr key={d}>
              <th scope="row">{t(`coaching.days.${d}`)}</th>
              {dayParts.map((p) => (
                <td key={p}>
                  <input
                    type="checkbox"
                    aria-label={`${t(`coaching.dayNames.${d}`)} ${t(`coaching.parts.${p}`)}`}
                    checked={value.includes(`${d}_${p}`)}
                    onChange={() => toggle(`${d}_${p}`)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

export function CheckGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string;
  options: { value: T; label: string }[];
  value: T[];
  onChange(next: T[]): void;
  error?: string;
}) {
  const id = useId();
  return (
    <fieldset className="check-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check-group__item">
          <input
            type="checkbox"
            checked={value.includes(o.value)}
            onChange={() =>
              onChange(value.includes(o.value) ? value.filter((v) => v !== o.value) : [...value, o.value])
            }
          />
          {o.label}
        </label>
      ))}
      {error ? (
        <div className="field__error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}

/** Comma-separated words in a text field, kept as a list ("Nederlands, Turks"). */
export const splitList = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
export const joinList = (list: readonly string[] | null | undefined) => (list ?? []).join(', ');

/** Short items added one at a time (places, talents, ideas): type, press Enter or Add. */
export function ItemList({
  label,
  items,
  onChange,
  max = 20,
  error,
  suggestions = [],
  suggestionsLabel,
}: {
  label: string;
  items: string[];
  onChange(next: string[]): void;
  max?: number;
  error?: string;
  suggestions?: string[];
  suggestionsLabel?: string;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const v = draft.trim();
    if (!v || items.length >= max) return;
    onChange([...items, v]);
    setDraft('');
  };
  return (
    <fieldset className="item-list">
      <legend>{label}</legend>
      {items.length === 0 ? (
        <p className="muted">{t('coaching.plan.noItems')}</p>
      ) : (
        <ol>
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              <span>{item}</span>
              <Button
                variant="link"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
                aria-label={t('coaching.plan.removeItem', { item })}
              >
                ×
              </Button>
            </li>
          ))}
        </ol>
      )}
      {items.length < max ? (
        <div className="item-list__add">
          <label htmlFor={id} className="visually-hidden">{`${label}: ${t('coaching.plan.itemLabel')}`}</label>
          <input
            id={id}
            value={draft}
            maxLength={300}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <Button variant="secondary" onClick={add}>
            {t('coaching.plan.addItem')}
          </Button>
        </div>
      ) : null}
      {suggestions.filter((n) => !items.includes(n)).length > 0 && items.length < max ? (
        <div className="suggestions" role="group" aria-label={suggestionsLabel}>
          <span className="muted">{suggestionsLabel}</span>
          {suggestions
            .filter((n) => !items.includes(n))
            .map((n) => (
              <Button key={n} variant="secondary" onClick={() => onChange([...items, n])}>
                + {n}
              </Button>
            ))}
        </div>
      ) : null}
      {error ? (
        <div className="field__error" role="alert">
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}

/** A rating from 1 (not at all) to 5 (fully), or none. */
export function ScoreSelect({
  label,
  error,
  ...rest
}: { label: string; error?: string } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { t } = useTranslation();
  return (
    <SelectField label={label} error={error} {...rest}>
      <option value="">{t('coaching.evaluation.noScore')}</option>
      {[1, 2, 3, 4, 5].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </SelectField>
  );
}
