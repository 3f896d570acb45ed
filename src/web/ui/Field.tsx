import {
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { SensitiveField } from '../../shared/privacy/sensitive.js';

interface FieldShell {
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Free text that may hold special-category details (shared/privacy/sensitive.ts): marked as such. */
  sensitive?: SensitiveField;
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/** The mark after the label of a field whose text may be sensitive, for compact inline fields. */
export function SensitiveMark() {
  const { t } = useTranslation();
  return <span className="badge badge--warning field__sensitive">{t('common.sensitive')}</span>;
}

function Shell({
  id,
  label,
  error,
  hint,
  sensitive,
  children,
  required,
}: FieldShell & { id: string; children: ReactNode; required?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
        {sensitive ? <SensitiveMark /> : null}
      </label>
      {hint || sensitive ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
          {hint && sensitive ? ' ' : null}
          {sensitive ? t('common.sensitiveHint') : null}
        </div>
      ) : null}
      {children}
      {error ? (
        <div className="field__error" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </div>
  );
}

export function TextField({
  label,
  error,
  hint,
  sensitive,
  ref,
  ...input
}: FieldShell & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const id = useId();
  return (
    <Shell id={id} label={label} error={error} hint={hint} sensitive={sensitive} required={input.required}>
      <input
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint ?? sensitive)}
        {...input}
      />
    </Shell>
  );
}

export function TextArea({
  label,
  error,
  hint,
  sensitive,
  ref,
  ...input
}: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  const id = useId();
  return (
    <Shell id={id} label={label} error={error} hint={hint} sensitive={sensitive} required={input.required}>
      <textarea
        id={id}
        ref={ref}
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint ?? sensitive)}
        {...input}
      />
    </Shell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  ref,
  children,
  ...input
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement> }) {
  const id = useId();
  return (
    <Shell id={id} label={label} error={error} hint={hint} required={input.required}>
      <select
        id={id}
        ref={ref}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        {...input}
      >
        {children}
      </select>
    </Shell>
  );
}

export function CheckboxField({
  label,
  hint,
  ref,
  ...input
}: Omit<FieldShell, 'error'> & InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  const id = useId();
  return (
    <div className="field field--checkbox">
      <input type="checkbox" id={id} ref={ref} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <div className="field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
    </div>
  );
}
