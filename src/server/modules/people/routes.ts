import {
  assignmentsSchema,
  consentSchema,
  idParams,
  personConsentParams,
  personPatchSchema,
  personSchema,
  personSearchSchema,
  withdrawSchema,
} from '../../../shared/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import * as people from './service.js';

export const peopleRoutes: RouteDef[] = [
  // Search is a POST so that names typed into the search box never appear in a URL or access log.
  defineRoute({
    method: 'POST',
    url: '/api/persons/search',
    access: 'persons.read',
    body: personSearchSchema,
    readOnly: true,
    handler: (ctx, { body }) => people.search(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/persons',
    access: 'persons.write',
    body: personSchema,
    created: true,
    handler: (ctx, { body }) => people.create(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/persons/:id',
    access: 'persons.read',
    params: idParams,
    handler: (ctx, { params }) => people.detail(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/persons/:id',
    access: 'persons.write',
    params: idParams,
    body: personPatchSchema,
    handler: (ctx, { params, body }) => people.update(ctx, params.id, body),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/persons/:id/assignees',
    access: 'persons.assign',
    params: idParams,
    body: assignmentsSchema,
    handler: (ctx, { params, body }) => people.setAssignees(ctx, params.id, body.userIds),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/persons/:id/consents',
    access: 'consents.write',
    params: idParams,
    body: consentSchema,
    created: true,
    handler: (ctx, { params, body }) => people.addConsent(ctx, params.id, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/persons/:id/consents/:consentId/withdraw',
    access: 'consents.write',
    params: personConsentParams,
    body: withdrawSchema,
    handler: (ctx, { params, body }) => people.withdrawConsent(ctx, params.id, params.consentId, body.withdrawnOn),
  }),
];
