// The periods a funder usually asks for, counted back from today.
import {
  endOfQuarter,
  endOfYear,
  format,
  parseISO,
  startOfQuarter,
  startOfYear,
  subQuarters,
  subYears,
} from 'date-fns';
import type { Period } from './api.js';

const day = (d: Date) => format(d, 'yyyy-MM-dd');

export function periodPresets(today: string): Record<'quarter' | 'year' | 'thisYear', Period> {
  const now = parseISO(today);
  const lastQuarter = subQuarters(now, 1);
  const lastYear = subYears(now, 1);
  return {
    quarter: { from: day(startOfQuarter(lastQuarter)), to: day(endOfQuarter(lastQuarter)) },
    year: { from: day(startOfYear(lastYear)), to: day(endOfYear(lastYear)) },
    thisYear: { from: day(startOfYear(now)), to: today },
  };
}
