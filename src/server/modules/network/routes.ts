import { z } from 'zod';
import { idParams, versionNumber } from '../../../shared/schemas.js';
import {
  addAltersSchema,
  compareQuery,
  exportQuery,
  importSchema,
  mapAlterParams,
  newMapSchema,
  tiesSchema,
  updateAlterSchema,
} from '../../../shared/network/schemas.js';
import { defineRoute, type RouteDef } from '../../platform/route.js';
import * as network from './service.js';

/** Checks an import file; with confirm, replaces the map's people. */
export const mapImport = defineRoute({
  method: 'POST',
  url: '/api/maps/:id/import',
  access: 'network.write',
  params: idParams,
  body: importSchema,
  handler: (ctx, { params, body }) => network.importIntoMap(ctx, params.id, body),
});

export const networkRoutes: RouteDef[] = [
  defineRoute({
    method: 'GET',
    url: '/api/persons/:id/maps',
    access: 'network.read',
    params: idParams,
    handler: (ctx, { params }) => network.listMaps(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/persons/:id/maps',
    access: 'network.write',
    params: idParams,
    body: newMapSchema,
    created: true,
    handler: (ctx, { params, body }) => network.createMap(ctx, params.id, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/maps/compare',
    access: 'network.read',
    query: compareQuery,
    handler: (ctx, { query }) => network.compare(ctx, query.from, query.to),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/maps/:id',
    access: 'network.read',
    params: idParams,
    handler: (ctx, { params }) => network.getMap(ctx, params.id),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/maps/:id/alters',
    access: 'network.write',
    params: idParams,
    body: addAltersSchema,
    handler: (ctx, { params, body }) => network.addAlters(ctx, params.id, body.version, body.alters),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/maps/:id/alters/:alterId',
    access: 'network.write',
    params: mapAlterParams,
    body: updateAlterSchema,
    handler: (ctx, { params, body }) => network.updateAlter(ctx, params.id, params.alterId, body.version, body.changes),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/maps/:id/alters/:alterId',
    access: 'network.write',
    params: mapAlterParams,
    query: z.object({ version: z.coerce.number().pipe(versionNumber(1)) }),
    handler: (ctx, { params, query }) => network.deleteAlter(ctx, params.id, params.alterId, query.version),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/maps/:id/ties',
    access: 'network.write',
    params: idParams,
    body: tiesSchema,
    handler: (ctx, { params, body }) => network.setTies(ctx, params.id, body.version, body.ties),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/maps/:id/export',
    access: 'network.read',
    params: idParams,
    query: exportQuery,
    handler: (ctx, { params, query }) => network.exportMap(ctx, params.id, query.format),
  }),
  mapImport,
];
