// The words of files the server makes (the report's XLSX and PDF, the access-request letter), from the web app's own catalogs:
// one catalog, so a file says exactly what the screen says.
import i18next from 'i18next';
import en from '../../web/i18n/en.json' with { type: 'json' };
import nl from '../../web/i18n/nl.json' with { type: 'json' };
import type { Locale } from './messages.js';
import type { Translate } from '../../shared/reporting/present.js';

const instance = i18next.createInstance();
void instance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** A translate function for one language. */
export const translator = (locale: Locale): Translate => instance.getFixedT(locale) as unknown as Translate;
