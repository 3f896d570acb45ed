import { idParams } from '../../../shared/schemas.js';
import {
  entryImportSchema,
  entryPatchSchema,
  entrySchema,
  entrySearchSchema,
  mistakeSchema,
} from '../../../shared/socialmap/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import * as entries from './entries.js';
import { searchEntries } from './search.js';
import { suggestionsFor } from './suggestions.js';
import * as upkeep from './upkeep.js';
import { exportCsv, importCsv } from './transfer.js';

export const socialMapRoutes: RouteDef[] = [
  defineRoute({
    method: 'POST',
    url: '/api/social-map/search',
    access: 'socialmap.read',
    // A search changes nothing: no write transaction.
    readOnly: true,
    body: entrySearchSchema,
    handler: (ctx, { body }) => searchEntries(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/social-map/entries',
    access: 'socialmap.keep',
    body: entrySchema,
    created: true,
    handler: (ctx, { body }) => entries.createEntry(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/social-map/entries/:id',
    access: 'socialmap.read',
    params: idParams,
    handler: (ctx, { params }) => entries.getEntry(ctx, params.id),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/social-map/entries/:id',
    access: 'socialmap.keep',
    params: idParams,
    body: entryPatchSchema,
    handler: (ctx, { params, body }) => entries.updateEntry(ctx, params.id, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/social-map/entries/:id',
    access: 'socialmap.keep',
    params: idParams,
    handler: (ctx, { params }) => entries.archiveEntry(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/social-map/entries/:id/confirm',
    access: 'socialmap.keep',
    params: idParams,
    handler: (ctx, { params }) => entries.confirmEntry(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/social-map/entries/:id/mistakes',
    access: 'socialmap.read',
    params: idParams,
    body: mistakeSchema,
    created: true,
    handler: (ctx, { params, body }) => upkeep.reportMistake(ctx, params.id, body.message),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/social-map/mistakes/:id/resolve',
    access: 'socialmap.keep',
    params: idParams,
    handler: (ctx, { params }) => upkeep.resolveMistake(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/social-map/suggestions/:id',
    access: 'socialmap.read',
    params: idParams,
    handler: (ctx, { params }) => suggestionsFor(ctx, params.id),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/social-map/export',
    access: 'socialmap.keep',
    handler: (ctx) => exportCsv(ctx),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/social-map/import',
    access: 'socialmap.keep',
    body: entryImportSchema,
    handler: (ctx, { body }) => importCsv(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/social-map/upkeep',
    access: 'socialmap.keep',
    handler: (ctx) => upkeep.upkeep(ctx),
  }),
];
