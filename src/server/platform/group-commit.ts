/**
 * Group commit: callers hand in items and wait until the batch holding theirs is written.
 *
 * The first item is written at once, alone; items that arrive while a write is under way wait
 * for it and then go together in the next one. So a quiet server adds no delay, and a busy one
 * pays one database round trip and one commit for many items instead of one each. Every caller
 * learns the outcome of its own item: when a write of several fails, each is tried alone, so one
 * item the database refuses fails only its own caller.
 */
export function groupCommit<T>(write: (items: T[]) => Promise<void>, maxBatch = 500) {
  const waiting: { item: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  async function drain() {
    writing = true;
    while (waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        await write(batch.map((w) => w.item));
        for (const w of batch) w.resolve();
      } catch (error) {
        if (batch.length === 1) batch[0]!.reject(error);
        else for (const w of batch) await write([w.item]).then(w.resolve, w.reject);
      }
    }
    writing = false;
  }

  return (item: T) =>
    new Promise<void>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
