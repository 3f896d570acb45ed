// The funder report's data, and where its files are. URLs live only here.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { FunderReportAnswer } from '../../../server/modules/reporting/answers.js';
import type { reportFormats, reportPeriodSchema } from '../../../shared/schemas.js';
import { api } from '../../api.js';

/** A period as the address carries it: two dates, nothing personal. */
export type Period = z.input<typeof reportPeriodSchema>;

export const reportQueries = {
  funder: (period: Period) =>
    queryOptions({
      queryKey: ['report', 'funder', period],
      queryFn: () => api<FunderReportAnswer>('GET', `/api/reports/funder?${new URLSearchParams(period)}`),
    }),
};

/** The same report as a file; the server writes it and records the download. */
export const reportFileHref = (period: Period, format: (typeof reportFormats)[number]) =>
  `/api/reports/funder/export?${new URLSearchParams({ ...period, format })}`;
