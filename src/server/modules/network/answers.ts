// The answers of the network-map API as the web app receives them (types only; shared/wire.ts).
import type { Answer, Wire } from '../../../shared/wire.js';
import type { RouteAnswer } from '../../platform/route.js';
import type { mapImport } from './routes.js';
import type { compare, listMaps, mapAnswer, updateAlter } from './service.js';

export type MapSummary = Answer<typeof listMaps>[number];
export type Comparison = Answer<typeof compare>;

/** The map read: getMap sends mapAnswer's result as JSON (kept per content tag, D33). */
export type MapData = Wire<ReturnType<typeof mapAnswer>>;
export type MapAlter = MapData['alters'][number];

/** What an import would do (or did, with confirm). */
export type ImportPreview = RouteAnswer<typeof mapImport>;

/** A change to a map answers the map's new version, so the next change can go at once. */
export type MapVersion = Answer<typeof updateAlter>;
