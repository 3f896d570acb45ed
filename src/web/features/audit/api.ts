// The audit log's data: its page, and where its export is. URLs live only here.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditPage, AuditPersonMatch } from '../../../server/modules/audit/answers.js';
import type { auditQuerySchema } from '../../../shared/schemas.js';
import { api } from '../../api.js';

/** The filters as the address carries them: ids, dates and action names only, never personal data. */
type Filters = Omit<z.input<typeof auditQuerySchema>, 'offset' | 'limit'>;

const search = (filters: Filters) =>
  new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]));

export const auditQueries = {
  page: (filters: Filters, limit: number) =>
    queryOptions({
      queryKey: ['audit', filters, limit],
      queryFn: () => api<AuditPage>('GET', `/api/audit?${search(filters)}&limit=${limit}`),
    }),
  /** Persons whose name matches what the admin typed; a POST, so the name never enters a URL. */
  persons: (q: string) =>
    queryOptions({
      queryKey: ['audit', 'persons', q],
      queryFn: () => api<AuditPersonMatch[]>('POST', '/api/audit/persons', { q }),
    }),
};

/** The same entries as a CSV download. */
export const auditExportHref = (filters: Filters) => `/api/audit/export?${search(filters)}`;
