import { spawnSync } from 'node:child_process';
import { main } from '../../sim/cli/main.js';

/** `cogov ARGS` in this process, through the CLI's own `main` (same exit codes and messages). */
export async function cogovInProcess(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/**
 * Spawn the built CLI (`npm run build` runs before `npm test`). A command still running after five
 * minutes is killed and reported as exit -1 with a note, so a hang fails its test instead of stalling
 * the whole suite.
 */
export function cogov(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, ['bin/cogov.js', ...args], {
    cwd: opts.cwd ?? process.cwd(),
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, COGOV_DEBUG: '' },
    timeout: 300_000,
    killSignal: 'SIGKILL',
  });
  if (r.error)
    return { code: -1, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}\n(killed: ${r.error.message})` };
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text contains a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.*\)$/m.test(text) || /^\s+at file:/m.test(text);
}
