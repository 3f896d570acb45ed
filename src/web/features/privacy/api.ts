// The privacy page's data: a person's summary, the erasure requests, and the access-request files.
// URLs live only here.
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ErasureAnswer,
  ErasureListAnswer,
  NoticeAnswer,
  NoticeVersionsAnswer,
  PrivacyPersonAnswer,
  RetentionDryRunAnswer,
  RetentionOverviewAnswer,
} from '../../../server/modules/privacy/answers.js';
import type {
  accessExportSchema,
  privacyNoticeSchema,
  retentionPolicySchema,
} from '../../../shared/privacy/schemas.js';
import { api } from '../../api.js';

export const privacyKeys = { all: ['privacy'] as const };

export const privacyQueries = {
  person: (id: string) =>
    queryOptions({
      queryKey: ['privacy', 'person', id],
      queryFn: () => api<PrivacyPersonAnswer>('GET', `/api/privacy/persons/${id}`),
    }),
  erasures: () =>
    queryOptions({
      queryKey: ['privacy', 'erasures'],
      queryFn: () => api<ErasureListAnswer>('GET', '/api/privacy/erasures'),
    }),
  notice: () =>
    queryOptions({
      queryKey: ['privacy', 'notice'],
      queryFn: () => api<NoticeAnswer>('GET', '/api/privacy/notice'),
    }),
  noticeVersions: () =>
    queryOptions({
      queryKey: ['privacy', 'notices'],
      queryFn: () => api<NoticeVersionsAnswer>('GET', '/api/privacy/notices'),
    }),
  retention: () =>
    queryOptions({
      queryKey: ['privacy', 'retention'],
      queryFn: () => api<RetentionOverviewAnswer>('GET', '/api/privacy/retention'),
    }),
  dryRun: () =>
    queryOptions({
      queryKey: ['privacy', 'retention', 'dry-run'],
      queryFn: () => api<RetentionDryRunAnswer>('GET', '/api/privacy/retention/dry-run'),
    }),
};

export const privacyCalls = {
  requestErasure: (personId: string) => api<ErasureAnswer>('POST', `/api/privacy/persons/${personId}/erasure`, {}),
  cancelErasure: (requestId: string) => api<ErasureAnswer>('POST', `/api/privacy/erasures/${requestId}/cancel`, {}),
  setLegalHold: (personId: string, hold: boolean) =>
    api<PrivacyPersonAnswer>('PUT', `/api/privacy/persons/${personId}/hold`, { hold }),
  saveRetention: (rules: z.input<typeof retentionPolicySchema>) =>
    api<RetentionOverviewAnswer>('PUT', '/api/privacy/retention', rules),
  publishNotice: (notice: z.input<typeof privacyNoticeSchema>) =>
    api<NoticeVersionsAnswer>('POST', '/api/privacy/notices', notice),
  approveRetention: () => api<RetentionOverviewAnswer>('POST', '/api/privacy/retention/approve', {}),
};

/** Where the access request's files are downloaded: the person's id only, never a name. */
export const accessExportHref = (personId: string, query: z.input<typeof accessExportSchema>) =>
  `/api/privacy/persons/${personId}/export?format=${query.format}`;
