/**
 * An exclusive lock on an output folder, so two cogov processes never write the same --out at once:
 * the file `.cogov-lock`, created with O_EXCL, holding the owner's pid, host name and start time.
 * A lock whose process is gone (same host, pid no longer alive) is stale: it is removed and taken
 * over, so `--resume` after a kill -9 proceeds. The lock is released by `release()` and, as a last
 * resort, when the process exits.
 */
import { makeDir } from './make-dir.js';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** Name of the lock file in an output folder. */
export const LOCK_FILE = '.cogov-lock';

/** Who holds a lock. */
export interface LockOwner {
  pid: number;
  host: string;
  /** ISO 8601 start time of the holder. */
  started: string;
}

/** The folder is locked by a live process (or one on another host, which cannot be checked). */
export class OutDirLockedError extends Error {
  constructor(
    readonly out: string,
    readonly owner: LockOwner | undefined,
  ) {
    super(
      `${out} is in use by another cogov process (${owner ? `pid ${owner.pid} on ${owner.host}` : 'unknown'})`,
    );
    this.name = 'OutDirLockedError';
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.started === 'string') {
      return { pid: v.pid, host: v.host, started: v.started };
    }
  } catch {
    /* unreadable or half-written: judged by age below */
  }
  return undefined;
}

/** Whether process `pid` runs on this host (a zombie, killed but not yet reaped, does not). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** Whether the lock at `path` belongs to no live process: dead pid on this host, or unreadable and old. */
function isStale(path: string, owner: LockOwner | undefined): boolean {
  if (owner === undefined) {
    try {
      return Date.now() - statSync(path).mtimeMs > 10_000;
    } catch {
      return true;
    }
  }
  return owner.host === hostname() && owner.pid !== process.pid && !alive(owner.pid);
}

const held = new Set<string>();
let exitHook = false;

/**
 * Take the lock of `out` (creating the folder). Throws {@link OutDirLockedError} when a live process
 * holds it; a stale lock is removed after `onStale` is told of it. Returns the release function.
 */
export function lockOutDir(
  out: string,
  onStale: (owner: LockOwner | undefined) => void = () => {},
): () => void {
  const created = !existsSync(out);
  makeDir(out);
  const path = join(out, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(path);
      if (attempt > 0 || !isStale(path, owner)) throw new OutDirLockedError(out, owner);
      onStale(owner);
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, `${JSON.stringify(me)}\n`);
    } finally {
      closeSync(fd);
    }
    break;
  }
  held.add(path);
  if (!exitHook) {
    exitHook = true;
    process.on('exit', () => {
      for (const p of held) releaseLock(p);
    });
  }
  return () => {
    releaseLock(path);
    // A command refused or failed before writing leaves no folder behind it made (rmdir: empty only).
    if (created) {
      try {
        rmdirSync(out);
      } catch {
        /* not empty: the command wrote there */
      }
    }
  };
}

function releaseLock(path: string): void {
  if (!held.delete(path)) return;
  if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
}
