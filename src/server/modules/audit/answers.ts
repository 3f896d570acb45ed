// The answers of the audit API as the web app receives them (types only; shared/wire.ts).
import type { RouteAnswer } from '../../platform/route.js';
import type { auditList, auditPersonLookup } from './routes.js';

export type AuditPage = RouteAnswer<typeof auditList>;
export type AuditItem = AuditPage['items'][number];
export type AuditPersonMatch = RouteAnswer<typeof auditPersonLookup>[number];
