import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** Adds "the two passwords are the same" to a form schema with `password` and `repeat`. */
export function useRepeatedPassword<S extends z.ZodObject<{ password: z.ZodType<string>; repeat: z.ZodType<string> }>>(
  schema: S,
) {
  const { t } = useTranslation();
  return schema.refine((v) => v.password === v.repeat, { path: ['repeat'], message: t('fields.passwordsDiffer') });
}
