// Dutch first, English complete: both catalogs have the same keys, and every key the screens
// ask for exists (keys built at run time are checked through their known values).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActions } from '../../shared/audit.js';
import en from './en.json';
import nl from './nl.json';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory()
        ? sourceFiles(path.join(dir, e.name))
        : e.name.endsWith('.tsx') || e.name.endsWith('.ts')
          ? [path.join(dir, e.name)]
          : [],
    );
}

describe('message catalogs', () => {
  const nlKeys = keys(nl);
  const enKeys = keys(en);

  it('have the same keys in Dutch and English, none empty', () => {
    expect(enKeys.sort()).toEqual(nlKeys.sort());
    for (const key of nlKeys) {
      expect(
        key.split('.').reduce((o: any, k) => o[k], nl),
        key,
      ).not.toBe('');
      expect(
        key.split('.').reduce((o: any, k) => o[k], en),
        key,
      ).not.toBe('');
    }
  });

  it('contain every literal key used in the web app', () => {
    const source = sourceFiles(path.resolve('src/web'))
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const used = [...source.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(150);
    const plural = (k: string) => nlKeys.includes(`${k}_one`) && nlKeys.includes(`${k}_other`);
    const missing = [...new Set(used)].filter((k) => !nlKeys.includes(k) && !plural(k));
    expect(missing).toEqual([]);
  });

  it('name every role, consent purpose and audit action the server can send', () => {
    for (const role of ['admin', 'coordinator', 'social_worker', 'coach', 'evaluator', 'funder_viewer'])
      expect(nlKeys).toContain(`roles.${role}`);
    for (const p of ['registration', 'share_with_referrer', 'evaluation_research'])
      expect(nlKeys).toContain(`consent.purposes.${p}`);
    for (const a of auditActions) expect(nlKeys).toContain(`audit.actions.${a}`);
  });

  it('name in words every kind of record the server writes to the audit log', () => {
    const server = path.join(path.dirname(new URL(import.meta.url).pathname), '../../server');
    const sources = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory()
            ? sources(path.join(dir, e.name))
            : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
              ? [path.join(dir, e.name)]
              : [],
        );
    const kinds = new Set(
      sources(server).flatMap((f) =>
        [...fs.readFileSync(f, 'utf8').matchAll(/recordType: '([a-z_]+)'/g)].map((m) => m[1]),
      ),
    );
    expect(kinds.size).toBeGreaterThan(15);
    for (const kind of kinds) {
      expect(nlKeys, kind).toContain(`audit.records.${kind}`);
      expect(enKeys, kind).toContain(`audit.records.${kind}`);
    }
  });
});
