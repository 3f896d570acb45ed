// The JSON of recently read maps, kept per map and version so that opening the same map again
// (the editor reloads it after every reconnect, a coach and a worker look at it together) does not
// make PostgreSQL rebuild and send the whole map. Access is still checked on every read: the cache
// only answers "is the text I hold still current?" after the database has said the reader may see
// the map (repo.readVisibleMapJson with knownVersion).
//
// It holds personal data in memory, so it is small and short-lived: at most `maxEntries` maps, each
// for at most `ttlMs`, and an entry is dropped as soon as a read finds its map gone or hidden.
import { LRUCache } from 'lru-cache';

export interface CachedMap {
  version: number;
  body: string;
}

const maxEntries = 200;
const ttlMs = 10 * 60 * 1000;

const cache = new LRUCache<string, CachedMap>({ max: maxEntries, ttl: ttlMs });

export const mapBodies = {
  get: (mapId: string) => cache.get(mapId),
  set: (mapId: string, entry: CachedMap) => cache.set(mapId, entry),
  forget: (mapId: string) => cache.delete(mapId),
};
