// The social map's data and links: the query keys, reads and changes its pages use. URLs live only
// here. Every change makes the whole map's reads stale (socialMapKeys.all).
import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Created } from '../../../server/modules/people/answers.js';
import type {
  SocialMapEntry,
  SocialMapImport,
  SocialMapResults,
  SocialMapSuggestions,
  SocialMapUpkeep,
} from '../../../server/modules/socialmap/answers.js';
import type {
  entryImportSchema,
  entryPatchSchema,
  entrySchema,
  entrySearchSchema,
} from '../../../shared/socialmap/schemas.js';
import { api } from '../../api.js';

type In<T extends z.ZodType> = z.input<T>;

export const socialMapKeys = {
  all: ['socialMap'] as const,
  search: (search: In<typeof entrySearchSchema>) => ['socialMap', 'search', search] as const,
  entry: (id: string | undefined) => ['socialMap', 'entry', id] as const,
  upkeep: ['socialMap', 'upkeep'] as const,
  suggestions: (personId: string | undefined) => ['socialMap', 'suggestions', personId] as const,
};

export const entryPath = (id: string) => `/social-map/${id}`;
/** Where the places that may suit a person are. */
export const suggestionsPath = (personId: string) => `/social-map/for/${personId}`;
/** The leaflet "places near you" for a person. */
/** The whole map as a CSV file (docs/socialmap-csv.md). */
export const exportUrl = '/api/social-map/export';
export const leafletPath = (personId: string) => `/social-map/for/${personId}/leaflet`;

export const socialMapQueries = {
  search: (search: In<typeof entrySearchSchema>) =>
    queryOptions({
      queryKey: socialMapKeys.search(search),
      queryFn: () => api<SocialMapResults>('POST', '/api/social-map/search', search),
    }),
  entry: (id: string | undefined) =>
    queryOptions({
      queryKey: socialMapKeys.entry(id),
      queryFn: () => api<SocialMapEntry>('GET', `/api/social-map/entries/${id}`),
      enabled: !!id,
    }),
  suggestions: (personId: string | undefined) =>
    queryOptions({
      queryKey: socialMapKeys.suggestions(personId),
      queryFn: () => api<SocialMapSuggestions>('GET', `/api/social-map/suggestions/${personId}`),
      enabled: !!personId,
    }),
  upkeep: () =>
    queryOptions({
      queryKey: socialMapKeys.upkeep,
      queryFn: () => api<SocialMapUpkeep>('GET', '/api/social-map/upkeep'),
    }),
};

export const socialMapCalls = {
  create: (entry: In<typeof entrySchema>) => api<Created>('POST', '/api/social-map/entries', entry),
  update: (id: string, patch: In<typeof entryPatchSchema>) =>
    api<{ id: string }>('PATCH', `/api/social-map/entries/${id}`, patch),
  confirm: (id: string) => api<{ id: string; checkedOn: string }>('POST', `/api/social-map/entries/${id}/confirm`),
  archive: (id: string) => api<{ id: string }>('DELETE', `/api/social-map/entries/${id}`),
  reportMistake: (id: string, message: string) =>
    api<Created>('POST', `/api/social-map/entries/${id}/mistakes`, { message }),
  resolveMistake: (id: string) => api<{ id: string }>('POST', `/api/social-map/mistakes/${id}/resolve`),
  importCsv: (body: In<typeof entryImportSchema>) => api<SocialMapImport>('POST', '/api/social-map/import', body),
};
