import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { splitList } from './inputs.js';
import { ApiError } from '../api.js';

/**
 * Puts the server's field errors on the form's fields and returns the general message.
 * Nothing the user typed is lost: the form keeps its values.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fallback: string,
): string {
  if (error instanceof ApiError) {
    // Focus moves to the first field that needs attention, as it does for checks in the browser.
    error.fields.forEach((field, index) => {
      if (field.path)
        setError(
          field.path as Path<T>,
          { type: 'server', message: field.message || error.message },
          { shouldFocus: index === 0 },
        );
    });
    return error.message;
  }
  return fallback;
}

/** Empty form inputs mean "not filled in". */
export const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
export const numberOrNull = (value: unknown) =>
  value === '' || value === null || value === undefined ? null : Number(value);

/** A number typed the Dutch or the English way ("4,5" or "4.5"). Empty is 0. */
export const parseDecimal = (text: string) => Number(text.replace(',', '.'));
/** The same, but empty means "not filled in". */
export const decimalOrNull = (text: string) => (text.trim() === '' ? null : parseDecimal(text));
/** Euros as typed ("3,80") to cents; empty is 0. */
export const eurosToCents = (text: string) => (text.trim() === '' ? 0 : Math.round(parseDecimal(text) * 100));

/** A route's field typed as text in a form: the text is parsed, then the route's own checks run. */
const parsedText =
  <T>(parse: (text: string) => T) =>
  <S extends z.ZodType<unknown, Awaited<T>>>(schema: S) =>
    z.string().transform(parse).pipe(schema);
/** "4,5" and "4.5" both become 4.5. */
export const decimalText = parsedText(parseDecimal);
/** "3,80" becomes 380 cents. */
export const euroText = parsedText(eurosToCents);
/** Items separated by commas ("koken, wandelen"). */
export const listText = parsedText(splitList);

/** For forms that do not mark single fields: the server's message with each field's message after it. */
export function errorText(error: unknown, fallback: string): string {
  return error instanceof ApiError ? [error.message, ...error.fields.map((f) => f.message)].join(' ') : fallback;
}

/** A select's value as one of its options (the type the schema wants), or the fallback. */
export const oneOf = <T extends string>(options: readonly T[], value: string, fallback: T): T =>
  options.find((option) => option === value) ?? fallback;

/**
 * A choice the user must make themselves: the form starts on "Choose…" (''), and saving without a
 * choice says so. Nothing that matters is chosen for them (issue 19).
 */
export const chosen = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.literal(''), z.enum(values)]).pipe(z.enum(values));
