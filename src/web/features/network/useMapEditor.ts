// Editing a network map: every change names the version it was made on. A conflict (someone else
// changed the map) is shown and the map reloaded, never silently overwritten. When the connection
// drops, the change is retried a few times with a visible state; nothing typed is thrown away.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { z } from 'zod';
import type { alterChanges, alterFields } from '../../../shared/network/schemas.js';
import { ApiError } from '../../api.js';
import { networkCalls, networkQueries } from './api.js';
import type { MapAlter, MapData } from '../../../server/modules/network/answers.js';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; attempt: number }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };
type Changes = z.input<typeof alterChanges>;
interface UndoStep {
  alterId: string;
  before: Changes;
  after: Changes;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function useMapEditor(mapId: string) {
  const client = useQueryClient();
  const options = useMemo(() => networkQueries.map(mapId), [mapId]);
  // The typed key: cached reads and optimistic writes know they hold a MapData.
  const key = options.queryKey;
  const query = useQuery(options);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const undo = useRef<UndoStep[]>([]);
  const redo = useRef<UndoStep[]>([]);
  const [, setTick] = useState(0);

  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /** Sends one change with the current version; retries on a dropped connection. */
  const attempt = useCallback(
    async (request: (version: number) => Promise<{ version: number }>) => {
      setState({ kind: 'saving' });
      for (let tries = 1; tries <= 4; tries++) {
        const version = client.getQueryData(key)?.map.version ?? 1;
        try {
          const result = await request(version);
          // The answer carries the new version, so the next change can go at once.
          client.setQueryData(key, (old) => (old ? { ...old, map: { ...old.map, version: result.version } } : old));
          void client.invalidateQueries({ queryKey: key }); // the server's ids and warnings
          setState({ kind: 'saved' });
          return true;
        } catch (error) {
          if (error instanceof ApiError && error.status === 409) {
            setState({ kind: 'conflict', message: error.message });
            await client.invalidateQueries({ queryKey: key });
            return false;
          }
          if (error instanceof ApiError && error.status === 0 && tries < 4) {
            setState({ kind: 'retrying', attempt: tries });
            await sleep(500 * 2 ** tries);
            continue;
          }
          setState({ kind: 'failed', message: (error as Error).message });
          await client.invalidateQueries({ queryKey: key });
          return false;
        }
      }
      return false;
    },
    [client, key],
  );

  /** Changes are saved one after another, each on the version the previous one produced. */
  const send = (request: (version: number) => Promise<{ version: number }>): Promise<boolean> => {
    const run = queue.current.then(() => attempt(request));
    queue.current = run.catch(() => false);
    return run;
  };

  /**
   * Shows a change at once, in the same event (a controlled checkbox must not flick back). A reload
   * still on its way is cancelled, so it cannot overwrite the change with older data. It is
   * cancelled with `revert`: the query goes back, in the same call, to what it held when that reload
   * began (earlier changes included), and this change is applied on top. Cancelled without revert,
   * the query turned into an error for a moment: the page showed the error instead of the map, and
   * an open details panel closed and lost what was typed in it (issue 19).
   */
  const optimistic = (update: (old: MapData) => MapData) => {
    void client.cancelQueries({ queryKey: key }, { revert: true });
    client.setQueryData(key, (old) => (old ? update(old) : old));
  };

  const addNames = (alters: Array<z.input<typeof alterFields>>) =>
    send((version) => networkCalls.addAlters(mapId, version, alters));

  const change = async (alter: MapAlter, changes: Changes, record = true) => {
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, alter[k as keyof MapAlter]])) as Changes;
    // Show the change at once (a tablet at the kitchen table must feel instant); the server's
    // answer, or a reload after a conflict or failure, replaces it.
    optimistic((old) => ({
      ...old,
      alters: old.alters.map((a) => (a.id === alter.id ? ({ ...a, ...changes } as MapAlter) : a)),
    }));
    const ok = await send((version) => networkCalls.updateAlter(mapId, alter.id, version, changes));
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
    send(async (version) => {
      const result = await networkCalls.importFile(mapId, version, format, content, false);
      // A file the server refused changed nothing: the map keeps its version.
      return 'version' in result ? result : { version };
    });

  const setTies = (ties: { a: string; b: string }[]) => {
    optimistic((old) => ({ ...old, ties }));
    return send((version) => networkCalls.setTies(mapId, version, ties));
  };

  return {
    query,
    state,
    setTies,
    addNames,
    importFile,
    change,
    remove: (alter: MapAlter) => send((version) => networkCalls.deleteAlter(mapId, alter.id, version)),
    canUndo: undo.current.length > 0,
    canRedo: redo.current.length > 0,
    undo: () => replay(undo, redo, (s) => s.before),
    redo: () => replay(redo, undo, (s) => s.after),
  };
}
