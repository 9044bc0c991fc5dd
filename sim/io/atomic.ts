/** Atomic file writes: a temp file in the same folder, then a rename, so no reader sees half a file. */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDir } from './make-dir.js';

/** Write `data` to `path` atomically, creating the folder when needed. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  makeDir(dirname(path));
  const tmp = join(dirname(path), `.cogov-tmp-${process.pid}-${Math.floor(performance.now() * 1000)}`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
