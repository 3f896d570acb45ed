import { startTransition, useEffect, useState } from 'react';

/**
 * Calls `callback` once the browser has painted the next frame: a task queued from inside a
 * requestAnimationFrame callback runs after that frame's style, layout and paint.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * False until the page has been painted once while `ready` is true, then true for good. Lets a
 * page show what the person looks at first (the map) and build heavy parts (a 150-row editor)
 * right after, as an interruptible update, instead of holding back the first picture.
 */
export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [ready, painted]);
  return painted;
}
