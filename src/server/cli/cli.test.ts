// The commands a newcomer and an operator run, as real processes on PGlite data directories.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from '../db/lock.js';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');

async function cli(script: string, args: string[], dataDir: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(tsx, [path.resolve(`src/server/cli/${script}.ts`), ...args], {
      env: { ...process.env, KRING_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '', KRING_PUBLIC_URL: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('demo, backup and restore commands (PGlite)', () => {
  it('load the demo, back it up, refuse while the directory is in use, and restore elsewhere', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-cli-'));
    const source = path.join(root, 'source');
    const target = path.join(root, 'target');
    const file = path.join(root, 'backup.json.gz');

    const demo = await cli('demo', [], source, { PORT: '4123' });
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/coordinator\s+carla\.coordinator@demo\.kring\.invalid\s+\S{16}/);
    // The address Kring will really be on (issue 14): its port, or the public address when set.
    expect(demo.stdout).toContain('http://localhost:4123/login');
    const renewed = await cli('demo', [], source, { KRING_PUBLIC_URL: 'https://kring.voorbeeld.nl/' });
    expect(renewed.stdout).toContain('https://kring.voorbeeld.nl/login');

    const release = lockDataDir(source); // as if Kring were running on it
    const refused = await cli('backup', [file], source);
    release();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/al gebruikt door een ander Kring-proces/);
    expect(fs.existsSync(file)).toBe(false);

    const backup = await cli('backup', [file], source);
    expect(backup.code).toBe(0);
    // The demo's persons (clients, participants, and the group members it adds) all go into the file.
    const persons = backup.stdout.match(/persons: (\d+)/)?.[1];
    expect(Number(persons)).toBeGreaterThan(30);
    expect(backup.stdout).toMatch(/session_attendance: [1-9]\d+/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const restore = await cli('restore', [file], target);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`persons: ${persons}`);
    const again = await cli('restore', [file], target);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds data/);

    // The regional report: a clear usage line for a wrong call, and a clear refusal while no
    // organisation shares its numbers (the demo does not).
    const wrong = await cli('regional-report', ['2026-12-31', '2026-01-01', 'x.csv'], target);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/npm run report:regional/);
    const regional = path.join(root, 'regio.csv');
    const none = await cli('regional-report', ['2026-01-01', '2026-12-31', regional], target);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/Geen enkele organisatie deelt/);
    expect(fs.existsSync(regional)).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  }, 180_000);

  it('manage organisations: create with a one-time link, list, suspend, export and delete', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kring-org-'));
    const data = path.join(root, 'data');
    const file = path.join(root, 'noord.json.gz');
    const usage = await cli('organisations', ['create', 'Alleen een naam'], data);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toMatch(/npm run org -- create/);

    const created = await cli('organisations', ['create', 'Welzijn Noord', 'noor@noord.test', 'Noor de Vries'], data);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/\/invite#\S{20,}/);
    const id = created.stdout.match(/([0-9a-f-]{36})/)?.[1];
    const twice = await cli('organisations', ['create', 'Welzijn Zuid', 'noor@noord.test', 'Noor'], data);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/already has an account/);

    expect((await cli('organisations', ['list'], data)).stdout).toMatch(
      new RegExp(`${id}  Welzijn Noord  \\[active\\]`),
    );
    const early = await cli('organisations', ['delete', id!, 'Welzijn Noord'], data);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/Suspend the organisation first/);
    expect((await cli('organisations', ['suspend', id!], data)).code).toBe(0);
    const exported = await cli('organisations', ['export', id!, file], data);
    expect(exported.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await cli('organisations', ['delete', id!, 'Welzijn Noord'], data)).code).toBe(0);
    expect((await cli('organisations', ['list'], data)).stdout).not.toContain(id);
    fs.rmSync(root, { recursive: true, force: true });
  }, 120_000);
});
