import { spawnSync } from 'node:child_process';

/** Spawn the built CLI (`npm run build` runs before `npm test`). */
export function cogov(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, ['bin/cogov.js', ...args], {
    cwd: opts.cwd ?? process.cwd(),
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, COGOV_DEBUG: '' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text contains a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*\)$/m.test(text) || /^\s+at file:/m.test(text);
}
