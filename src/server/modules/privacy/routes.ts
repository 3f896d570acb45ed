// The privacy requests an administrator handles (PRODUCT.md C8): access requests and erasure.
import { idParams } from '../../../shared/schemas.js';
import {
  accessExportSchema,
  legalHoldSchema,
  privacyNoticeSchema,
  retentionPolicySchema,
} from '../../../shared/privacy/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import { translator } from '../../platform/texts.js';
import { accessLetterPdf } from './pdf.js';
import * as notices from './notices.js';
import * as requests from './requests.js';
import * as retention from './retention.service.js';

export const privacyPerson = defineRoute({
  method: 'GET',
  url: '/api/privacy/persons/:id',
  access: 'privacy.manage',
  params: idParams,
  handler: (ctx, { params }) => requests.personSummary(ctx, params.id),
});

export const erasureList = defineRoute({
  method: 'GET',
  url: '/api/privacy/erasures',
  access: 'privacy.manage',
  handler: (ctx) => requests.listErasures(ctx),
});

export const erasureRequest = defineRoute({
  method: 'POST',
  url: '/api/privacy/persons/:id/erasure',
  access: 'privacy.manage',
  params: idParams,
  created: true,
  handler: (ctx, { params }) => requests.requestErasure(ctx, params.id),
});

export const retentionOverview = defineRoute({
  method: 'GET',
  url: '/api/privacy/retention',
  access: 'privacy.manage',
  handler: (ctx) => retention.retentionOverview(ctx),
});

export const retentionDryRun = defineRoute({
  method: 'GET',
  url: '/api/privacy/retention/dry-run',
  access: 'privacy.manage',
  handler: (ctx) => retention.retentionDryRun(ctx),
});

export const noticeInForce = defineRoute({
  method: 'GET',
  url: '/api/privacy/notice',
  access: 'home.read',
  handler: (ctx) => notices.noticeInForce(ctx),
});

export const noticeVersions = defineRoute({
  method: 'GET',
  url: '/api/privacy/notices',
  access: 'privacy.manage',
  handler: (ctx) => notices.noticeVersions(ctx),
});

export const privacyRoutes: RouteDef[] = [
  noticeInForce,
  noticeVersions,
  defineRoute({
    method: 'POST',
    url: '/api/privacy/notices',
    access: 'privacy.manage',
    body: privacyNoticeSchema,
    created: true,
    handler: (ctx, { body }) => notices.publishNotice(ctx, body.body),
  }),
  retentionOverview,
  retentionDryRun,
  defineRoute({
    method: 'PUT',
    url: '/api/privacy/retention',
    access: 'privacy.manage',
    body: retentionPolicySchema,
    handler: (ctx, { body }) => retention.saveRetentionDraft(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/privacy/retention/approve',
    access: 'privacy.manage',
    handler: (ctx) => retention.approveRetentionDraft(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/privacy/persons/:id/hold',
    access: 'privacy.manage',
    params: idParams,
    body: legalHoldSchema,
    handler: (ctx, { params, body }) => requests.setLegalHold(ctx, params.id, body.hold),
  }),
  privacyPerson,
  erasureList,
  erasureRequest,
  defineRoute({
    method: 'POST',
    url: '/api/privacy/erasures/:id/cancel',
    access: 'privacy.manage',
    params: idParams,
    handler: (ctx, { params }) => requests.cancelErasure(ctx, params.id),
  }),
  // The access request's two files, from one collection: the data file and the letter.
  defineRoute({
    method: 'GET',
    url: '/api/privacy/persons/:id/export',
    access: 'privacy.manage',
    params: idParams,
    query: accessExportSchema,
    handler: async (ctx, { params, query }) => {
      const data = await requests.accessExport(ctx, params.id, query.format);
      const day = data.madeAt.slice(0, 10);
      const base = ctx.locale === 'nl' ? 'inzage' : 'access-request';
      ctx.reply.header('content-disposition', `attachment; filename="${base}-${day}.${query.format}"`);
      if (query.format === 'json') {
        ctx.reply.header('content-type', 'application/json; charset=utf-8');
        return JSON.stringify(data, null, 2);
      }
      ctx.reply.header('content-type', 'application/pdf');
      return accessLetterPdf(data, translator(ctx.locale), ctx.locale);
    },
  }),
];
