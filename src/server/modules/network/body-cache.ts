// The JSON of recently read maps, kept per map and content tag so that opening the same map again
// (the editor reloads it after every reconnect, a coach and a worker look at it together) does not
// make PostgreSQL send and Node rebuild the whole map. Access is still checked on every read: the
// cache only answers "is the text I hold still current?" after the database has said the reader
// may see the map (repo.findVisibleMapInFull with unlessTag). The tag is random and replaced by
// every change, so no restore or point-in-time recovery can make an old copy look current (D33).
//
// It holds personal data in memory, so it is small and short-lived: at most 200 maps, each for at
// most 10 minutes, and an entry is dropped as soon as a read finds its map gone or hidden.
import { LRUCache } from 'lru-cache';
import type { Encoding } from '../../platform/compression.js';

export interface CachedMap {
  /** The map's content_tag when this copy was made. */
  tag: string;
  body: string;
  /** The body compressed, made on the first read that asks for each encoding. */
  packed: Partial<Record<Encoding, Buffer>>;
}

/** Keyed by map id. */
export const mapBodies = new LRUCache<string, CachedMap>({ max: 200, ttl: 10 * 60 * 1000 });
