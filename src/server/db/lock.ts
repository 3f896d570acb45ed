import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly pid: number,
  ) {
    super(
      `De gegevensmap wordt al gebruikt door een ander Kring-proces (pid ${pid}). Stop dat proces eerst.\n` +
        `The data directory is already in use by another Kring process (pid ${pid}). Stop that process first.\n` +
        `Lock file: ${lockPath}`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Who holds the lock: the process id alone is not enough. In a container every start runs in a
 * fresh PID namespace and gets the same pid (say 12), so after a kill -9 the new process would
 * find "pid 12 is alive" (itself) and refuse to start. The process's start time (in clock ticks
 * since boot, from /proc) and the boot id tell a live holder from an earlier one with the same pid.
 */
interface Holder {
  pid: number;
  /** Field 22 of /proc/<pid>/stat; null where /proc is not available (the pid alone then counts). */
  startTicks: string | null;
  bootId: string | null;
}

const read = (file: string) => {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
};

/** The start time of a running process, or null when it does not run or /proc cannot tell. */
function startTicksOf(pid: number): string | null {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may contain spaces and parentheses: count fields after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

export const thisProcess = (): Holder => ({
  pid: process.pid,
  startTicks: startTicksOf(process.pid),
  bootId: read('/proc/sys/kernel/random/boot_id'),
});

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the recorded holder is a process that still runs (and not a later one with its pid). */
function holderLives(holder: Holder, current: Holder = thisProcess()): boolean {
  if (holder.bootId && current.bootId && holder.bootId !== current.bootId) return false; // rebooted since
  if (!processRuns(holder.pid)) return false;
  if (holder.startTicks === null) return true; // no /proc when it was written: the pid is all we have
  const now = startTicksOf(holder.pid);
  return now === null || now === holder.startTicks;
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Holder;
    if (Number.isInteger(value.pid)) return value;
  } catch {
    // A lock file of an older Kring holds only the pid.
    const pid = Number.parseInt(text, 10);
    if (Number.isFinite(pid)) return { pid, startTicks: null, bootId: null };
  }
  return null;
}

/**
 * Takes an exclusive lock on a PGlite data directory. PGlite does not lock its directory and
 * silently loses writes when two processes open it, so we refuse a second opener ourselves.
 * A lock left by a process that no longer runs (a crash, a container killed) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'kring.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify(thisProcess()));
      fs.closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        fs.rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = parseHolder(fs.readFileSync(lockPath, 'utf8'));
      if (holder && holderLives(holder)) throw new DataDirLockedError(lockPath, holder.pid);
      fs.rmSync(lockPath, { force: true }); // a lock of a process that has gone
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
