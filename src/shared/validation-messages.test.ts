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
});
