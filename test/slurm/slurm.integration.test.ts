/**
 * `cogov slurm` on a real Slurm: a one-node cluster on 127.0.0.1 started by
 * test/slurm/start-slurm.sh (`npm run test:slurm`; not part of `npm test`). The generated scripts are
 * submitted as they are (submit.sh → job array + afterok merge job) and the merged outputs must be
 * the bytes of a local `cogov run` / `cogov sweep` / `cogov sensitivity` with the same seed. A failed
 * task must cancel the merge (never leave it pending), and rerunning it with `submit.sh TASKS`
 * resumes from its journal. If Slurm is not running the suite fails with the reason.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MORRIS_EXPERIMENT, TINY_YAML } from '../experiments/helpers.js';
import {
  cogovAsync,
  cogovSlurm,
  jobStates,
  logs,
  requireCommand,
  requireSlurm,
  sh,
  submit,
  waitForFile,
  waitForJobs,
} from './helpers.js';

const DEMO = 'scenarios/demo-small.yaml';
const ENSEMBLE_FILES = ['curves.csv', 'runs.csv', 'summary.json'];

let ws: string;

beforeAll(() => {
  requireSlurm();
  // Absolute, and on the one file system the jobs (run as root by slurmd) see.
  ws = mkdtempSync(join(tmpdir(), 'cogov-slurm-'));
});

function expectSameBytes(a: string, b: string, files: string[]): void {
  for (const f of files) {
    const x = readFileSync(join(a, f), 'latin1');
    const y = readFileSync(join(b, f), 'latin1');
    expect(x.length).toBeGreaterThan(0);
    expect(x === y, `${f}: ${b} differs from ${a}`).toBe(true);
  }
}

function expectCompleted(jobId: string, tasks: number[], scriptDir: string): void {
  const states = jobStates(jobId);
  for (const k of tasks) {
    const s = states.get(String(k));
    expect(s?.state, `task ${k} of job ${jobId}: ${JSON.stringify(s)}\n${logs(scriptDir)}`).toBe('COMPLETED');
  }
}

function expectMergeCompleted(jobId: string, scriptDir: string): void {
  const s = jobStates(jobId).get('');
  expect(s?.state, `merge job ${jobId}: ${JSON.stringify(s)}\n${logs(scriptDir)}`).toBe('COMPLETED');
  expect(s?.exit).toBe('0:0');
}

describe('cogov slurm on a one-node Slurm', () => {
  it('a 3-task array of demo-small and its merge job give the bytes of a local run with the same seed', async () => {
    const out = join(ws, 'ens');
    const gen = await cogovSlurm([DEMO, '--runs', '9', '--tasks', '3', '--seed', '11', '--out', out]);
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    expect(gen.stdout).toContain('9 runs (seed 11) as 3 array tasks of 3 runs');
    const scripts = join(out, 'slurm');
    const t0 = performance.now();
    const jobs = submit(scripts);
    const local = cogovAsync(['run', DEMO, '--runs', '9', '--seed', '11', '--out', join(ws, 'local'), '-q']);
    await waitForJobs([jobs.array, jobs.merge], scripts);
    const slurmSeconds = (performance.now() - t0) / 1000;
    const ref = await local;
    expect(ref.stderr).toBe('');
    expect(ref.code).toBe(0);

    expectCompleted(jobs.array, [1, 2, 3], scripts);
    expectMergeCompleted(jobs.merge, scripts);
    expectSameBytes(join(ws, 'local'), out, ENSEMBLE_FILES);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest['runs']).toBe(9);
    expect(manifest['seed']).toBe(11);
    const log = logs(scripts);
    expect(log).toMatch(/shard 2\/3 \(runs 3–5 of 9\), seed 11/);
    expect(log).toMatch(/merged 3 shards: 9 runs of demo-small \(seed 11\)/);
    console.log(`slurm: 3-task array + merge of 9 demo-small runs took ${slurmSeconds.toFixed(1)} s`);
  });

  it('a failed task cancels the merge; "submit.sh 1,2" resumes task 1 from its journal and merges the same bytes', async () => {
    const out = join(ws, 'resume');
    const gen = await cogovSlurm([DEMO, '--runs', '15', '--tasks', '3', '--seed', '5', '--out', out, '-q']);
    expect(gen.code).toBe(0);
    const scripts = join(out, 'slurm');
    // Task 2 cannot create its shard folder (a file is in the way): it fails at once.
    writeFileSync(join(out, 'shard-2'), 'in the way\n');
    const local = cogovAsync([
      'run',
      DEMO,
      '--runs',
      '15',
      '--seed',
      '5',
      '--out',
      join(ws, 'local15'),
      '-q',
    ]);
    const first = submit(scripts);
    // Task 1 is cancelled (SIGTERM, as at a time limit) once its journal holds a finished run.
    const journaled = await waitForFile(join(out, 'shard-1', '.journal', 'runs.bin'), 120_000);
    expect(journaled, `task 1 journaled no run\n${logs(scripts)}`).toBe(true);
    const cancel = sh('scancel', [`${first.array}_1`]);
    expect(cancel.code, cancel.stderr).toBe(0);
    await waitForJobs([first.array, first.merge], scripts);

    const states = jobStates(first.array);
    expect(states.get('1')?.state, JSON.stringify(states.get('1'))).toBe('CANCELLED');
    expect(states.get('2')?.state, JSON.stringify(states.get('2'))).toBe('FAILED');
    expect(states.get('3')?.state, JSON.stringify(states.get('3'))).toBe('COMPLETED');
    const merge = jobStates(first.merge).get('');
    expect(merge?.state).toBe('CANCELLED');
    expect(merge?.reason).toBe('DependencyNeverSatisfied');
    expect(() => readFileSync(join(out, 'curves.csv'))).toThrow();

    rmSync(join(out, 'shard-2'));
    const again = submit(scripts, '1,2');
    await waitForJobs([again.array, again.merge], scripts);
    expectCompleted(again.array, [1, 2], scripts);
    expectMergeCompleted(again.merge, scripts);
    expect(logs(scripts)).toMatch(/shard 1\/3 \(runs 0–4 of 15\), seed 5, .*[1-4] resumed from the journal/);
    const ref = await local;
    expect(ref.code, ref.stderr).toBe(0);
    expectSameBytes(join(ws, 'local15'), out, ENSEMBLE_FILES);
  });

  it('a morris sweep as a 3-task array: merged points.csv, design.csv and morris.csv equal a local sensitivity run', async () => {
    requireCommand('sweep');
    requireCommand('sensitivity');
    writeFileSync(join(ws, 'tiny.yaml'), TINY_YAML);
    const exp = join(ws, 'morris.yaml');
    writeFileSync(exp, MORRIS_EXPERIMENT);
    const out = join(ws, 'sweep');
    const gen = await cogovSlurm(['--sweep', exp, '--tasks', '3', '--out', out]);
    expect(gen.stderr).toBe('');
    expect(gen.code).toBe(0);
    expect(gen.stdout).toContain('9 runs (seed 5) as 3 array tasks of 3 runs');
    const scripts = join(out, 'slurm');
    const jobs = submit(scripts);
    const local = cogovAsync(['sensitivity', exp, '--out', join(ws, 'sweep-local'), '-q']);
    await waitForJobs([jobs.array, jobs.merge], scripts);
    const ref = await local;
    expect(ref.code, ref.stderr).toBe(0);
    expectCompleted(jobs.array, [1, 2, 3], scripts);
    expectMergeCompleted(jobs.merge, scripts);
    expectSameBytes(join(ws, 'sweep-local'), out, [
      'points.csv',
      'design.csv',
      'morris.csv',
      'sensitivity.json',
    ]);
  });
});
