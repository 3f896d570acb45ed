// The answers of the network-map API as the web app receives them (types only; shared/wire.ts).
import type { Alter, MapKind, MapLabel, MapModelId, Strategy } from '../../../shared/network/model.js';
import type { Answer } from '../../../shared/wire.js';
import type { RouteAnswer } from '../../platform/route.js';
import type { mapImport } from './routes.js';
import type { compare, listMaps } from './service.js';

export type MapSummary = Answer<typeof listMaps>[number];
export type Comparison = Answer<typeof compare>;

/**
 * The map read is written by PostgreSQL as JSON text (repo.readVisibleMapJson and the alter JSON of
 * migration 005), so TypeScript cannot infer it: it is declared here, once, and network.test.ts
 * checks that the body has exactly these fields.
 */
export interface MapAlter extends Alter {
  note: string | null;
  strategy: Strategy | null;
}
export interface MapData {
  map: {
    id: string;
    personId: string;
    kind: MapKind;
    label: MapLabel;
    labelNote: string | null;
    takenOn: string;
    model: MapModelId;
    version: number;
  };
  alters: MapAlter[];
  ties: { a: string; b: string }[];
  warnings: string[];
}

/** What an import would do (or did, with confirm). */
export type ImportPreview = RouteAnswer<typeof mapImport>;
