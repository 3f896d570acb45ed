// Sends bad input to every endpoint, on both engines, as a user who may call it: no input may make
// Kring answer 5xx. Cases start from the endpoint's well-formed example request
// (testing/endpoints.ts). First a sweep: every field of the example, nested ones included, gets
// each value that has crashed servers before (NUL characters, half surrogate pairs, years 0000 and
// 9999, numbers as text...), one at a time. Then fast-check breaks one to three fields, the query or
// the whole body with generated values, and shrinks any failure to the smallest request.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allRoutes } from '../app.js';
import { endpoints, type Fixture, seedEndpointFixture } from '../testing/endpoints.js';
import { Client, engines, type SeededOrg, seedOrganisation, startTestApp, type TestApp } from '../testing/harness.js';
import { createSession } from './session.js';

/** Generated cases per endpoint and engine, after the sweep; KRING_BAD_INPUT_RUNS raises it for a longer hunt. */
const runs = Number(process.env.KRING_BAD_INPUT_RUNS ?? 40);

const nastyTexts = [
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udc00',
  '0000-01-01',
  '9999-12-31',
  '-0001-01-01',
  '2026-02-30',
  '',
  ' ',
  'NaN',
  '-1',
  '1e309',
  '=HYPERLINK("http://evil.example","x")',
  '../../etc/passwd',
  "'; drop table persons; --",
  'x'.repeat(5000),
  '😀'.repeat(300),
];
const nastyText = fc.constantFrom(...nastyTexts);
const nastyValue = fc.oneof(
  nastyText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, Number.NaN, [], {}, [null], { '': '' }),
  fc.anything({ maxDepth: 2 }),
);

const shapeKeys = (schema: unknown): string[] => (schema instanceof z.ZodObject ? Object.keys(schema.shape) : []);
type Path = (string | number)[];
/** Every leaf of a JSON value (strings, numbers, booleans, null), as a path into it. */
const leaves = (value: unknown, path: Path = []): Path[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
    : path.length > 0
      ? [path]
      : [];
/** A deep copy of value with the leaf at path replaced. */
const replaced = (value: unknown, [head, ...rest]: Path, leaf: unknown): unknown => {
  if (head === undefined) return leaf;
  const copy = (Array.isArray(value) ? [...value] : { ...asObject(value) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, leaf);
  return copy;
};
const asObject = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

describe.each(engines)('bad input on %s', (engine) => {
  let t: TestApp;
  let a: SeededOrg;
  let fixture: Fixture;

  beforeAll(async () => {
    t = await startTestApp(engine);
    a = await seedOrganisation(t.database, `bad-${engine}`);
    fixture = await seedEndpointFixture(t, a);
  });
  afterAll(() => t.close());

  for (const route of allRoutes) {
    const key = `${route.method} ${route.url}`;
    it(`${key} never answers 5xx`, { timeout: 120_000 }, async () => {
      const entry = endpoints[key];
      expect(entry, `${key} is missing from testing/endpoints.ts`).toBeDefined();
      const role = entry.who === 'public' ? null : entry.who === 'everyone' ? 'admin' : entry.who[0];
      const client = new Client(t.app);
      const signIn = async () => {
        if (!role) return;
        const session = await createSession(
          t.database.db,
          { id: a.users[role].id, organisation_id: a.organisationId },
          'full',
        );
        client.cookie = `kring_session=${session.token}`;
        client.csrf = session.csrfToken;
      };
      const [path, exampleQuery = ''] = (entry.url ? entry.url(fixture) : route.url).split('?');
      const example = asObject(entry.body?.(fixture));
      const bodyKeys = [...new Set([...Object.keys(example), ...shapeKeys(route.body), 'extra'])];
      const queryKeys = [...new Set([...new URLSearchParams(exampleQuery).keys(), ...shapeKeys(route.query)])];

      const bodyCase = fc.oneof(
        // One to three fields of the example broken.
        fc
          .dictionary(fc.constantFrom(...bodyKeys), nastyValue, { minKeys: 1, maxKeys: 3 })
          .map((broken) => ({ ...example, ...broken })),
        // A whole body of the wrong shape.
        fc.anything({ maxDepth: 3 }),
      );
      const queryCase =
        queryKeys.length > 0
          ? fc.dictionary(fc.constantFrom(...queryKeys), nastyText, { maxKeys: queryKeys.length })
          : fc.constant({});
      const pathCase = fc.constantFrom(path, path.replace(/[0-9a-f-]{36}/, '00000000-0000-0000-0000-000000000000'));

      /** Sends one request with a fresh session: a case may sign out, or change the account's password. */
      const send = async (body: unknown, query: Record<string, string>, url: string) => {
        await signIn();
        const search = new URLSearchParams(query).toString();
        const target = search ? `${url}?${search}` : url;
        const reply = await client.request(route.method, target, route.method === 'GET' ? undefined : body);
        if (reply.status >= 500) throw new Error(`${target} ${JSON.stringify(body)} → ${reply.status}`);
      };

      const sweep = [
        ...[...leaves(example), ...bodyKeys.map((k) => [k])].flatMap((leaf) =>
          nastyTexts.map((text) => () => send(replaced(example, leaf, text), {}, path)),
        ),
        ...queryKeys.flatMap((q) => nastyTexts.map((text) => () => send(example, { [q]: text }, path))),
      ];
      for (const run of route.method === 'GET' ? sweep.slice(leaves(example).length * nastyTexts.length) : sweep)
        await run();

      await fc.assert(
        fc.asyncProperty(bodyCase, queryCase, pathCase, (body, query, url) =>
          send(body, query as Record<string, string>, url),
        ),
        { numRuns: runs, seed: 20261202, endOnFailure: true },
      );
    });
  }
});
