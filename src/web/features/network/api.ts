// Network maps' data: the query keys, reads and changes the map pages use. URLs live only here.
// Every change names the map version it was made on (the server refuses a stale one).
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Created } from '../../../server/modules/people/answers.js';
import type {
  Comparison,
  ImportPreview,
  MapData,
  MapSummary,
  MapVersion,
} from '../../../server/modules/network/answers.js';
import type { alterChanges, alterFields, exportQuery, newMapSchema } from '../../../shared/network/schemas.js';
import { api } from '../../api.js';

type ImportFormat = 'json' | 'csv';

export const networkKeys = {
  maps: (personId: string) => ['maps', personId] as const,
  map: (mapId: string | undefined) => ['map', mapId] as const,
};

export const networkQueries = {
  maps: (personId: string) =>
    queryOptions({
      queryKey: networkKeys.maps(personId),
      queryFn: () => api<MapSummary[]>('GET', `/api/persons/${personId}/maps`),
    }),
  map: (mapId: string | undefined) =>
    queryOptions({ queryKey: networkKeys.map(mapId), queryFn: () => api<MapData>('GET', `/api/maps/${mapId}`) }),
  compare: (from: string | undefined, to: string | undefined) =>
    queryOptions({
      queryKey: ['compare', from, to],
      queryFn: () =>
        api<Comparison>('GET', `/api/maps/compare?${new URLSearchParams({ from: from ?? '', to: to ?? '' })}`),
    }),
};

/** Where a map's download is (a plain link: the browser saves the file). */
export const exportHref = (mapId: string, format: z.input<typeof exportQuery>['format']) =>
  `/api/maps/${mapId}/export?format=${format}`;

export const networkCalls = {
  createMap: (personId: string, map: z.input<typeof newMapSchema>) =>
    api<Created>('POST', `/api/persons/${personId}/maps`, map),
  addAlters: (mapId: string, version: number, alters: Array<z.input<typeof alterFields>>) =>
    api<MapVersion>('POST', `/api/maps/${mapId}/alters`, { version, alters }),
  updateAlter: (mapId: string, alterId: string, version: number, changes: z.input<typeof alterChanges>) =>
    api<MapVersion>('PATCH', `/api/maps/${mapId}/alters/${alterId}`, { version, changes }),
  deleteAlter: (mapId: string, alterId: string, version: number) =>
    api<MapVersion>('DELETE', `/api/maps/${mapId}/alters/${alterId}?version=${version}`),
  setTies: (mapId: string, version: number, ties: { a: string; b: string }[]) =>
    api<MapVersion>('PUT', `/api/maps/${mapId}/ties`, { version, ties }),
  /** Checks a file (dryRun) or imports it; the server checks it again and applies all or nothing. */
  importFile: (mapId: string, version: number, format: ImportFormat, content: string, dryRun: boolean) =>
    api<ImportPreview>('POST', `/api/maps/${mapId}/import`, { version, format, content, dryRun }),
};
