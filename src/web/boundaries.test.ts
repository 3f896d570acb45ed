// The web app shares types with the server, never code: it may import only types, and only from
// the answer files (server/modules/*/answers.ts) and the error codes. A value import would pull
// server code (database drivers, secrets handling) into the browser bundle.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const webRoot = new URL('.', import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  );
const imports = (text: string) =>
  [...text.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)].map((m) => ({ typeOnly: !!m[1], from: m[2] }));

describe('the web app', () => {
  const sources = files(webRoot).map((file) => ({
    file: file.slice(webRoot.length),
    text: readFileSync(file, 'utf8'),
  }));

  it('imports from the server only types, and only answers and error codes', () => {
    const wrong = sources.flatMap(({ file, text }) =>
      imports(text)
        .filter((i) => i.from.includes('/server/'))
        .filter((i) => !i.typeOnly || !/\/server\/(modules\/\w+\/answers|platform\/messages)\.js$/.test(i.from))
        .map((i) => `${file}: ${i.from}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no hand-written copies of server answers in types.ts files', () => {
    expect(sources.filter(({ file }) => file.endsWith('/types.ts')).map((s) => s.file)).toEqual([]);
  });

  it('keeps every server address in a data module (a feature api.ts or the session), never inline in a page', () => {
    const dataModules = /(^|\/)(api\.ts|session\.tsx)$/;
    const wrong = sources
      .filter(({ file }) => !dataModules.test(file))
      .filter(({ text }) => /['"`]\/api\//.test(text))
      .map(({ file }) => file);
    expect(wrong).toEqual([]);
  });

  it('has no page that imports another page: what pages share lives in a feature api.ts or in ui', () => {
    const wrong = sources
      .filter(({ file }) => file.startsWith('features/'))
      .flatMap(({ file, text }) =>
        imports(text)
          .filter((i) => /Page\.js$/.test(i.from))
          .map((i) => `${file}: ${i.from}`),
      );
    expect(wrong).toEqual([]);
  });
});
