// The answers of the privacy API as the web app receives them (types only; shared/wire.ts).
import type { RouteAnswer } from '../../platform/route.js';
import type {
  erasureList,
  erasureRequest,
  noticeInForce,
  noticeVersions,
  privacyPerson,
  retentionDryRun,
  retentionOverview,
} from './routes.js';

export type PrivacyPersonAnswer = RouteAnswer<typeof privacyPerson>;
export type ErasureListAnswer = RouteAnswer<typeof erasureList>;
export type ErasureAnswer = RouteAnswer<typeof erasureRequest>;
export type RetentionOverviewAnswer = RouteAnswer<typeof retentionOverview>;
export type RetentionDryRunAnswer = RouteAnswer<typeof retentionDryRun>;
export type NoticeAnswer = RouteAnswer<typeof noticeInForce>;
export type NoticeVersionsAnswer = RouteAnswer<typeof noticeVersions>;
