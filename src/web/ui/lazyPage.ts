import { type ComponentType, lazy } from 'react';

/**
 * A page whose code is fetched when it is first opened, so the sign-in screen and the start page
 * do not wait for every feature (on a tablet's mobile connection the first load is the slowest
 * moment of the app). Pages are named exports; React.lazy wants a default one.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page may take any props; the caller's JSX checks them
export function lazyPage<M extends Record<K, ComponentType<any>>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
