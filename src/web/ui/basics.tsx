import { type ButtonHTMLAttributes, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function Button({
  variant = 'primary',
  busy,
  children,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  busy?: boolean;
}) {
  return (
    <button
      type="button"
      className={`button button--${variant}`}
      aria-busy={busy || undefined}
      disabled={busy || rest.disabled}
      {...rest}
    >
      {children}
    </button>
  );
}

export function Alert({ kind, children }: { kind: 'error' | 'success' | 'info' | 'warning'; children: ReactNode }) {
  // Errors interrupt the screen reader; other news waits politely.
  return (
    <div className={`alert alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A page: sets the window title and moves focus to the heading, so screen readers announce where you are. */
/** False until the first page of this visit has been shown. */
let movedWithinKring = false;

export function Page({
  title,
  actions,
  children,
  narrow,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  narrow?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Kring`;
    // After moving to another page, a screen reader starts at its heading. On the first page of a
    // visit the browser already starts at the top; focusing there too only forced the page's
    // first layout early, inside the task that draws it (bench/first-screens.ts).
    if (movedWithinKring) heading.current?.focus();
    movedWithinKring = true;
  }, [title]);
  return (
    <div className={narrow ? 'page page--narrow' : 'page'}>
      <div className="page__header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page__actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

/** While a list or page loads: "loading" for screen readers, or what went wrong. */
export function QueryStatus({ query }: { query: { isLoading: boolean; error: Error | null } }) {
  if (query.isLoading) return <Loading />;
  return query.error ? <Alert kind="error">{query.error.message}</Alert> : null;
}

/** A one-time link to hand over: shown in full, with a copy button that says when it worked. */
export function CopyLink({ link, label }: { link: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-link">
      <label>
        {label}
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <Button
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard?.writeText(link).catch(() => undefined);
          setCopied(true);
        }}
      >
        {t('common.copy')}
      </Button>
      <span role="status">{copied ? t('common.copied') : ''}</span>
    </div>
  );
}

export function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}
