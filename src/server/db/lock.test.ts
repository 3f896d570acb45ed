import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir, thisProcess } from './lock.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'kring-lock-'));
const lockFile = (dir: string) => path.join(dir, 'kring.lock');
const lockModule = new URL('./lock.ts', import.meta.url).pathname;

/** Another process that takes the lock and keeps running until killed. */
function holdInChild(dir: string) {
  const script = `import { lockDataDir } from ${JSON.stringify(lockModule)}; lockDataDir(${JSON.stringify(dir)}); console.log('locked'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise<typeof child>((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('locked') && resolve(child));
    child.on('exit', (code) => reject(new Error(`child ended (${code})`)));
  });
}

describe('data directory lock', () => {
  it('refuses a second opener while the first holds it, and frees it on release', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(/al gebruikt door een ander Kring-proces/);
    release();
    const again = lockDataDir(dir);
    again();
  });

  it('refuses while another live process holds it, and takes over once it was killed', async () => {
    const dir = tempDir();
    const child = await holdInChild(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
    }
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock left by a process that no longer runs, also an older lock holding only a pid', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '999999999');
    lockDataDir(dir)();
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid: 999999999, startTicks: '1', bootId: null }));
    lockDataDir(dir)();
  });

  it('takes over a lock of an earlier process that had the same pid, as after a container restart', () => {
    // In a fresh PID namespace Kring gets the same pid every start: the lock names this pid, but a
    // process that started at another time.
    const dir = tempDir();
    const me = thisProcess();
    if (me.startTicks === null) return; // no /proc here: only the pid can be compared
    fs.writeFileSync(lockFile(dir), JSON.stringify({ ...me, startTicks: String(Number(me.startTicks) - 100) }));
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toEqual(me);
    release();
  });

  it('starts again after a kill -9 in a fresh PID namespace (root only, where unshare is allowed)', async () => {
    const canUnshare =
      process.getuid?.() === 0 && spawnSync('unshare', ['--pid', '--fork', '--mount-proc', 'true']).status === 0;
    if (!canUnshare) return;
    const dir = tempDir();
    const script = `import { lockDataDir } from ${JSON.stringify(lockModule)}; lockDataDir(${JSON.stringify(dir)}); console.log('pid', process.pid);`;
    const run = () =>
      spawnSync(
        'unshare',
        ['--pid', '--fork', '--mount-proc', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script],
        {
          encoding: 'utf8',
        },
      );
    // The first run exits without releasing the lock, as a killed process would.
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const second = run();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout); // the same pid both times, and still it started
  });
});
