/**
 * Creating an output folder and its missing parents, one level at a time. Node's own
 * `mkdirSync(dir, { recursive: true })` never returns below some pseudo file systems (e.g.
 * `/proc/self/foo/out`, where creating any entry fails with ENOENT and the parent exists): here the
 * work is bounded by the depth of the path, and a folder that cannot be made is an error at once.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** `dir` and its missing parents, created; throws (with the failing path and the system's code) when one cannot be. */
export function makeDir(dir: string): void {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let p = target; ; p = dirname(p)) {
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(p, { throwIfNoEntry: false });
    } catch (err) {
      throw failure(target, err);
    }
    if (st?.isDirectory()) break;
    if (st) throw failure(target, Object.assign(new Error(`${p} is not a folder`), { code: 'ENOTDIR' }));
    missing.push(p);
    if (dirname(p) === p) break;
  }
  for (const p of missing.reverse()) {
    try {
      mkdirSync(p);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && statSync(p).isDirectory()) continue;
      throw failure(target, err);
    }
  }
}

function failure(target: string, err: unknown): Error {
  const e = err as NodeJS.ErrnoException;
  return Object.assign(new Error(`cannot create the folder ${target}: ${e.message}`), { code: e.code });
}
