import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainLanguageErrors } from './validation-messages.js';
import { personSchema } from './schemas.js';

const messages = (input: unknown, locale: 'nl' | 'en' = 'nl') => {
  const result = personSchema.safeParse(input, { error: plainLanguageErrors(locale) });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('plain-language validation messages', () => {
  it('speaks to a person, not a developer', () => {
    expect(messages({ kind: 'client', firstName: '', yearOfBirth: 1800, email: 'geen' })).toEqual({
      firstName: 'Vul dit in.',
      yearOfBirth: 'Vul een getal in van minstens 1900.',
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    });
    expect(messages({ kind: 'other', firstName: 'x'.repeat(101) }, 'en')).toEqual({
      kind: 'Choose one of the options.',
      firstName: 'Use at most 100 characters.',
    });
  });

  it('marks a missing field as required', () => {
    expect(messages({ firstName: 'Jan' })).toEqual({ kind: 'Kies een van de mogelijkheden.' });
    expect(
      z.object({ n: z.number() }).safeParse({}, { error: plainLanguageErrors('nl') }).error?.issues[0].message,
    ).toBe('Vul dit in.');
  });

  it('asks to choose at least one when a list may not be empty, and says when a year lies ahead', () => {
    const list = z.object({ ids: z.array(z.string()).min(1) });
    expect(list.safeParse({ ids: [] }, { error: plainLanguageErrors('nl') }).error?.issues[0].message).toBe(
      'Kies er minstens 1.',
    );
    expect(list.safeParse({ ids: [] }, { error: plainLanguageErrors('en') }).error?.issues[0].message).toBe(
      'Choose at least 1.',
    );
    expect(messages({ kind: 'client', firstName: 'Jan', yearOfBirth: 3000 }).yearOfBirth).toMatch(
      /^Vul een getal in van hoogstens \d{4}\.$/,
    );
  });

  it('says what our own checks mean, in the language of the reader', () => {
    expect(messages({ kind: 'client', firstName: 'Jan', phone: 'bel me' }).phone).toBe(
      'Vul een geldig telefoonnummer in.',
    );
    expect(messages({ kind: 'client', firstName: 'Jan', phone: 'bel me' }, 'en').phone).toBe(
      'Enter a valid phone number.',
    );
  });
});
