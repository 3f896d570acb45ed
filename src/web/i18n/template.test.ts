import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import nl from './nl.json';
import { template } from './template.js';

const instance = i18next.createInstance();
await instance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  interpolation: { escapeValue: false },
});

describe('template', () => {
  it('gives the same text as the translation itself, in both languages', async () => {
    for (const lng of ['nl', 'en']) {
      await instance.changeLanguage(lng);
      const t = instance.t;
      const values = { name: 'Ans <b> & {{x}}', received: 3, given: 0 };
      expect(template(t, 'network.remove', ['name'])(values)).toBe(t('network.remove', values));
      expect(template(t, 'network.supportSummary', ['received', 'given'])(values)).toBe(
        t('network.supportSummary', values),
      );
      expect(template(t, 'network.lessDetails', [])({})).toBe(t('network.lessDetails'));
    }
  });

  it('fills the same placeholder twice and keeps text around it', () => {
    const fake = ((_key: string, v: Record<string, string>) => `<${v.a}|${v.b}|${v.a}>`) as never;
    expect(template(fake, 'x', ['a', 'b'])({ a: 'één', b: 2 })).toBe('<één|2|één>');
  });
});
