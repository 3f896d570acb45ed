import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
// Only the two locales we ship, not every language zod knows (keeps the bundle small).
import zodEn from 'zod/v4/locales/en.js';
import zodNl from 'zod/v4/locales/nl.js';
import { monthInWords } from '../../shared/dates.js';
import { plainLanguageErrors } from '../../shared/validation-messages.js';
import en from './en.json';
import nl from './nl.json';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('kring.lang');
const initial: Language = stored === 'en' ? 'en' : 'nl';

function applyLanguage(lng: string) {
  document.documentElement.lang = lng;
  // Client-side form validation speaks the same language as the rest of the page.
  z.config({ ...(lng === 'en' ? zodEn() : zodNl()), customError: plainLanguageErrors(lng === 'en' ? 'en' : 'nl') });
  localStorage.setItem('kring.lang', lng);
}

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'nl',
  interpolation: { escapeValue: false }, // React escapes; user text is never rendered as HTML
  returnNull: false,
});
applyLanguage(initial);
i18n.on('languageChanged', applyLanguage);

export const locale = () => (i18n.language === 'en' ? 'en-GB' : 'nl-NL');
// Building an Intl formatter costs far more than using one (a map page formats dozens of dates
// while it first paints on a phone; bench/first-screens.ts), so each is made once per language.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(kind: string, make: (tag: string) => T): T {
  const key = `${kind} ${locale()}`;
  let found = formatters.get(key);
  if (!found) {
    found = make(locale());
    formatters.set(key, found);
  }
  return found as T;
}
const dateFormat = () =>
  formatter('date', (tag) => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric' }));
const dateTimeFormat = () =>
  formatter('dateTime', (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
const numberFormat = () => formatter('number', (tag) => new Intl.NumberFormat(tag));

export const formatDate = (value: string | Date | null | undefined) =>
  value
    ? dateFormat().format(
        typeof value === 'string' && value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value),
      )
    : '';
export const formatDateTime = (value: string | Date | null | undefined) =>
  value ? dateTimeFormat().format(new Date(value)) : '';
export const formatNumber = (value: number) => numberFormat().format(value);
/** An amount in euros from cents, as people write it: € 4,20 (nl) or €4.20 (en). */
export const formatEuros = (cents: number) =>
  formatter('euros', (tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' })).format(cents / 100);
/** Numbers inside a translated sentence (a distance, a count) in the user's language. */
export const localNumbers = (values: Record<string, string | number>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v]));
/** A number to put back into a form field: the user's decimal sign, no thousands separator. */
export const formatDecimal = (value: number) =>
  formatter('decimal', (tag) => new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 2 })).format(
    value,
  );
/** A share (0–1) as a whole percentage in the user's language, or a dash when there is none. */
export const formatShare = (value: number | null) =>
  value === null
    ? '—'
    : formatter('share', (tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(
        value,
      );

/** A month (YYYY-MM) as people write it: "juni 2026", "June 2026". */
export const formatMonth = (yyyyMm: string) => monthInWords(yyyyMm, locale());

export default i18n;
