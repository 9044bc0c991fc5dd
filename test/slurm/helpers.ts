/**
 * Plumbing of the Slurm integration test: client commands against the cluster that
 * test/slurm/start-slurm.sh started (SLURM_CONF, else $COGOV_SLURM_DIR/slurm.conf), job states from
 * `scontrol` (there is no accounting database, so no sacct), the built CLI, and `cogov slurm` run
 * in-process. Every failure names what Slurm said, so the test never passes or fails silently.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cogovInProcess } from '../cli/helpers.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'cogov.js');
const SLURM_DIR = process.env['COGOV_SLURM_DIR'] ?? '/tmp/cogov-slurm';
const ENV = {
  ...process.env,
  SLURM_CONF: process.env['SLURM_CONF'] ?? join(SLURM_DIR, 'slurm.conf'),
  COGOV_DEBUG: '',
};

/** Result of a command. */
export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a command to completion with the cluster's SLURM_CONF. */
export function sh(cmd: string, args: string[], cwd = ROOT): Ran {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
}

/** Throw unless the built CLI lists `command` (e.g. sweep, before it is registered in commands.ts). */
export function requireCommand(command: string): void {
  const r = sh(process.execPath, [BIN, '--help']);
  if (!new RegExp(`^\\s+${command}\\b`, 'm').test(r.stdout)) {
    throw new Error(
      `bin/cogov.js has no "${command}" command (cogov --help lists none): register it in sim/cli/commands.ts and npm run build`,
    );
  }
}

/** The built CLI, started without waiting (a local reference runs while Slurm works). */
export function cogovAsync(args: string[], cwd = ROOT): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: ENV });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** Throw, with the reason, unless Slurm answers and its node is ready for jobs. */
export function requireSlurm(): void {
  const how = 'start it with: bash test/slurm/start-slurm.sh (stop it with test/slurm/stop-slurm.sh)';
  const info = sh('sinfo', ['-h', '-N', '-o', '%N %T']);
  if (info.code !== 0) {
    throw new Error(
      `Slurm does not answer (sinfo exit ${info.code}, SLURM_CONF=${ENV.SLURM_CONF}): ${info.stderr.trim()}; ${how}`,
    );
  }
  const states = info.stdout.trim();
  if (!/\b(idle|mixed|allocated)\b/.test(states)) {
    throw new Error(`no Slurm node takes jobs (sinfo: "${states}"); ${how}`);
  }
  if (!existsSync(join(ROOT, 'dist', 'sim', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run npm run build (npm run test:slurm does)');
  }
}

/** `cogov slurm ...` in-process. */
export function cogovSlurm(args: string[]): Promise<Ran> {
  return cogovInProcess(['slurm', ...args]);
}

/** Submit with the generated submit.sh; the array and merge job ids. */
export function submit(scriptDir: string, tasks?: string): { array: string; merge: string } {
  const r = sh('bash', [join(scriptDir, 'submit.sh'), ...(tasks ? [tasks] : [])]);
  const m = /submitted job array (\d+) \(tasks [^)]*\) and merge job (\d+)/.exec(r.stdout);
  if (r.code !== 0 || !m) {
    throw new Error(`submit.sh failed (exit ${r.code}): ${r.stdout}${r.stderr}`);
  }
  return { array: m[1], merge: m[2] };
}

/** State of each job record of a job id (array tasks by task id, "" for a plain job). */
export function jobStates(jobId: string): Map<string, { state: string; reason: string; exit: string }> {
  const r = sh('scontrol', ['-o', 'show', 'job', jobId]);
  if (r.code !== 0) throw new Error(`scontrol show job ${jobId} failed: ${r.stderr.trim()}`);
  const states = new Map<string, { state: string; reason: string; exit: string }>();
  for (const line of r.stdout.trim().split('\n')) {
    const field = (k: string) => new RegExp(`(?:^| )${k}=(\\S*)`).exec(line)?.[1] ?? '';
    states.set(field('ArrayTaskId'), {
      state: field('JobState'),
      reason: field('Reason'),
      exit: field('ExitCode'),
    });
  }
  return states;
}

/** Text of every log in the script folder (for failure messages). */
export function logs(scriptDir: string): string {
  const dir = join(scriptDir, 'logs');
  if (!existsSync(dir)) return '(no logs folder)';
  return readdirSync(dir)
    .sort()
    .map((f) => `--- ${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait until none of `jobIds` is pending or running (polling squeue), at most `timeoutMs`;
 * then throw with the queue and the logs.
 */
export async function waitForJobs(jobIds: string[], scriptDir: string, timeoutMs = 180_000): Promise<void> {
  const t0 = Date.now();
  let queue = '';
  while (Date.now() - t0 < timeoutMs) {
    const r = sh('squeue', ['-h', '-j', jobIds.join(','), '-o', '%i %T %r']);
    if (r.code !== 0 && !/Invalid job id/i.test(r.stderr)) {
      throw new Error(`squeue failed (exit ${r.code}): ${r.stderr.trim()}`);
    }
    queue = r.stdout.trim();
    if (queue === '') return;
    await sleep(250);
  }
  throw new Error(
    `jobs ${jobIds.join(', ')} still queued after ${timeoutMs / 1000} s:\n${queue}\n${logs(scriptDir)}`,
  );
}

/** Wait until `path` exists and is not empty (polling), at most `timeoutMs`. */
export async function waitForFile(path: string, timeoutMs: number): Promise<boolean> {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    try {
      if (readFileSync(path).length > 0) return true;
    } catch {
      // not there yet
    }
    await sleep(25);
  }
  return false;
}
