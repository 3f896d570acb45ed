// What an answer looks like after JSON: a Date the server returns arrives as its ISO text.
// Answer<typeof fn> is the type the web app receives from a service function, so server and web
// share one definition of every answer, inferred from the code that makes it (docs/architecture.md).

export type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer E)[]
    ? Wire<E>[]
    : T extends object
      ? { [K in keyof T]: Wire<T[K]> }
      : T;

// biome-ignore lint/suspicious/noExplicitAny: any function's arguments; only its answer matters here
export type Answer<F extends (...args: any[]) => Promise<unknown>> = Wire<Awaited<ReturnType<F>>>;
