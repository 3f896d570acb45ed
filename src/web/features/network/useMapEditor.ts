// Editing a network map: every change names the version it was made on. A conflict (someone else
// changed the map) is shown and the map reloaded, never silently overwritten. When the connection
// drops, the change is retried a few times with a visible state; nothing typed is thrown away.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import type { alterChanges, alterFields } from '../../../shared/network/schemas.js';
import { ApiError, api } from '../../api.js';
import type { MapAlter, MapData } from './types.js';

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'retrying'; attempt: number } | { kind: 'conflict'; message: string } | { kind: 'failed'; message: string };
type Changes = z.input<typeof alterChanges>;
interface UndoStep {
  alterId: string;
  before: Changes;
  after: Changes;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useMapEditor(mapId: string) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['map', mapId], queryFn: () => api<MapData>('GET', `/api/maps/${mapId}`) });
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const undo = useRef<UndoStep[]>([]);
  const redo = useRef<UndoStep[]>([]);
  const [, setTick] = useState(0);

  /** Sends one change with the current version; retries on a dropped connection. */
  const send = useCallback(
    async (request: (version: number) => Promise<{ version: number }>) => {
      setState({ kind: 'saving' });
      for (let attempt = 1; attempt <= 4; attempt++) {
        const version = client.getQueryData<MapData>(['map', mapId])?.map.version ?? 1;
        try {
          await request(version);
          await client.invalidateQueries({ queryKey: ['map', mapId] });
          setState({ kind: 'saved' });
          return true;
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            setState({ kind: 'conflict', message: error.message });
            await client.invalidateQueries({ queryKey: ['map', mapId] });
            return false;
          }
          if (error instanceof ApiError && error.status === 0 && attempt < 4) {
            setState({ kind: 'retrying', attempt });
            await sleep(500 * 2 ** attempt);
            continue;
          }
          setState({ kind: 'failed', message: (error as Error).message });
          await client.invalidateQueries({ queryKey: ['map', mapId] });
          return false;
        }
      }
      return false;
    },
    [client, mapId],
  );

  const addNames = (alters: Array<z.input<typeof alterFields>>) =>
    send((version) => api('POST', `/api/maps/${mapId}/alters`, { version, alters }));

  const change = async (alter: MapAlter, changes: Changes, record = true) => {
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, alter[k as keyof MapAlter]])) as Changes;
    // Show the change at once (a tablet at the kitchen table must feel instant); the server's
    // answer, or a reload after a conflict or failure, replaces it.
    client.setQueryData<MapData>(['map', mapId], (old) =>
      old ? { ...old, alters: old.alters.map((a) => (a.id === alter.id ? ({ ...a, ...changes } as MapAlter) : a)) } : old,
    );
    const ok = await send((version) => api('PATCH', `/api/maps/${mapId}/alters/${alter.id}`, { version, changes }));
    if (ok && record) {
      undo.current.push({ alterId: alter.id, before, after: changes });
      redo.current = [];
      setTick((n) => n + 1);
    }
    return ok;
  };

  const replay = async (from: typeof undo, to: typeof undo, pick: (s: UndoStep) => Changes) => {
    const step = from.current.pop();
    const alter = step && query.data?.alters.find((a) => a.id === step.alterId);
    if (!step || !alter) return;
    if (await change(alter, pick(step), false)) to.current.push(step);
    setTick((n) => n + 1);
  };

  /** Imports a checked file (the server checks it again and applies it all or nothing). */
  const importFile = (format: 'json' | 'csv', content: string) =>
    send((version) => api<{ version: number }>('POST', `/api/maps/${mapId}/import`, { version, format, content, dryRun: false }));

  const setTies = (ties: { a: string; b: string }[]) => {
    client.setQueryData<MapData>(['map', mapId], (old) => (old ? { ...old, ties } : old));
    return send((version) => api('PUT', `/api/maps/${mapId}/ties`, { version, ties }));
  };

  return {
    query,
    state,
    setTies,
    addNames,
    importFile,
    change,
    remove: (alter: MapAlter) => send((version) => api('DELETE', `/api/maps/${mapId}/alters/${alter.id}?version=${version}`)),
    canUndo: undo.current.length > 0,
    canRedo: redo.current.length > 0,
    undo: () => replay(undo, redo, (s) => s.before),
    redo: () => replay(redo, undo, (s) => s.after),
  };
}
