// Plain-language (B1) messages for validation errors, the same on the server and in the browser.
// zod's own locale texts ("verwacht dat string >=1 tekens heeft") are written for developers.
import type { z } from 'zod';

type Locale = 'nl' | 'en';

const texts = {
  required: { nl: 'Vul dit in.', en: 'Please fill this in.' },
  tooShort: { nl: 'Gebruik minstens {n} tekens.', en: 'Use at least {n} characters.' },
  tooLong: { nl: 'Gebruik hoogstens {n} tekens.', en: 'Use at most {n} characters.' },
  tooLow: { nl: 'Vul een getal in van minstens {n}.', en: 'Enter a number of at least {n}.' },
  tooHigh: { nl: 'Vul een getal in van hoogstens {n}.', en: 'Enter a number of at most {n}.' },
  tooMany: { nl: 'Kies er hoogstens {n}.', en: 'Choose at most {n}.' },
  tooFew: { nl: 'Kies er minstens {n}.', en: 'Choose at least {n}.' },
  email: {
    nl: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
    en: 'Enter a valid e-mail address, for example name@example.org.',
  },
  date: { nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' },
  choice: { nl: 'Kies een van de mogelijkheden.', en: 'Choose one of the options.' },
  number: { nl: 'Vul een heel getal in.', en: 'Enter a whole number.' },
  invalid: { nl: 'Dit klopt niet.', en: 'This is not valid.' },
  // Our own checks (refine with params.code), named by their code.
  unstorable: {
    nl: 'Hier staat een teken in dat Kring niet kan bewaren. Typ de tekst opnieuw.',
    en: 'This contains a character Kring cannot store. Please type the text again.',
  },
  dateRange: { nl: 'Vul een datum in tussen 1900 en 2100.', en: 'Enter a date between 1900 and 2100.' },
  periodOrder: {
    nl: 'De einddatum ligt voor de begindatum. Kies een einddatum op of na de begindatum.',
    en: 'The end date is before the start date. Choose an end date on or after the start date.',
  },
  periodTooLong: {
    nl: 'Kies een periode van hoogstens tien jaar.',
    en: 'Choose a period of at most ten years.',
  },
  phone: { nl: 'Vul een geldig telefoonnummer in.', en: 'Enter a valid phone number.' },
  time: { nl: 'Vul een tijd in als 09:30.', en: 'Enter a time like 09:30.' },
  endBeforeStart: {
    nl: 'Het einde ligt voor het begin. Kies een later einde.',
    en: 'The end is before the start. Choose a later end.',
  },
  weekOfMonth: {
    nl: 'Kies de eerste tot en met de vijfde, of de laatste van de maand.',
    en: 'Choose the first to the fifth, or the last of the month.',
  },
  interestKey: {
    nl: 'Gebruik kleine letters, cijfers en _ (2 tot 40 tekens).',
    en: 'Use small letters, digits and _ (2 to 40 characters).',
  },
  buurtCode: { nl: 'Een buurtcode ziet eruit als BU03630000.', en: 'A neighbourhood code looks like BU03630000.' },
  url: { nl: 'Vul een webadres in dat begint met https://.', en: 'Enter a web address starting with https://.' },
  personOrId: {
    nl: 'Kies een bestaande persoon of vul de gegevens van een nieuwe in.',
    en: 'Choose an existing person or fill in a new one.',
  },
} as const;

const say = (key: keyof typeof texts, locale: Locale, n?: number | bigint) =>
  texts[key][locale].replace('{n}', String(n ?? ''));

/** One of our texts by its code, for checks made outside a zod schema. */
export const validationText = (code: keyof typeof texts, locale: Locale) => say(code, locale);

/** A zod error function: returns our text, or undefined to let zod's locale answer. */
export function plainLanguageErrors(locale: Locale) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined || issue.input === null || issue.input === '') return say('required', locale);
        return issue.expected === 'number' || issue.expected === 'int' ? say('number', locale) : say('invalid', locale);
      case 'too_small':
        if (issue.origin === 'string')
          return Number(issue.minimum) <= 1 ? say('required', locale) : say('tooShort', locale, issue.minimum);
        if (issue.origin === 'number') return say('tooLow', locale, issue.minimum);
        if (issue.origin === 'array') return say('tooFew', locale, issue.minimum);
        return say('invalid', locale);
      case 'too_big':
        if (issue.origin === 'string') return say('tooLong', locale, issue.maximum);
        if (issue.origin === 'number') return say('tooHigh', locale, issue.maximum);
        if (issue.origin === 'array') return say('tooMany', locale, issue.maximum);
        return say('invalid', locale);
      case 'invalid_format':
        if (issue.format === 'email') return say('email', locale);
        if (issue.format === 'date') return say('date', locale);
        return say('invalid', locale);
      case 'invalid_value':
        return say('choice', locale);
      case 'custom': {
        const code = issue.params?.code;
        return typeof code === 'string' && code in texts ? say(code as keyof typeof texts, locale) : undefined;
      }
      default:
        return undefined;
    }
  };
}
