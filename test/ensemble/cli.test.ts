/**
 * `cogov run` and `cogov merge`, spawned from the build (`npm run build` first; `npm test` does):
 * identical bytes for W = 1, 2, 4, after kill -9 and --resume, and for merged shards; failure
 * reports and exit codes. References and shards that need no CLI come from the library in-process.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { runEnsemble } from '../../sim/ensemble/ensemble.js';
import { recordBytes } from '../../sim/ensemble/store.js';
import { KEY_INDICATORS, METRICS } from '../../sim/model/metrics.js';
import { cogov, cogovAsync, results, workspace } from './helpers.js';

const ALL = ['curves.csv', 'runs.csv', 'summary.json', 'trajectories.csv'];
let ws: string;

beforeAll(() => {
  ws = workspace();
});

function run(args: string[]) {
  const r = cogov(['run', 'tiny.yaml', ...args], ws);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r;
}

describe('cogov run', () => {
  it('W = 1, 2 and 4 write identical bytes; runs and seed default to the scenario', () => {
    const one = cogov(['run', 'tiny.yaml', '--workers', '1', '--trajectories', '--out', 'w1'], ws);
    expect(one.code).toBe(0);
    // Without a TTY, progress is plain lines on stderr.
    expect(one.stderr).toMatch(/^cogov: runs 8\/8 · [\d.]+ runs\/s · ETA 0 s$/m);
    expect(one.stdout).toMatch(/^tiny: 8 runs, seed 42, 1 worker: 8 runs in /);
    for (const w of [2, 4]) {
      run([
        '--runs',
        '8',
        '--seed',
        '42',
        '--workers',
        String(w),
        '--trajectories',
        '--out',
        `w${w}`,
        '--quiet',
      ]);
    }
    const ref = results(join(ws, 'w1'), ALL);
    expect(ref['curves.csv'].split('\n').length).toBeGreaterThan(1000);
    expect(results(join(ws, 'w2'), ALL)).toEqual(ref);
    expect(results(join(ws, 'w4'), ALL)).toEqual(ref);
    const m = JSON.parse(readFileSync(join(ws, 'w4', 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({ runs: 8, seed: 42, workers: 4 });
    expect(m.command).toBe('cogov run tiny.yaml --runs 8 --seed 42 --workers 4 --trajectories --out w4');
  });

  it('an ensemble killed with SIGKILL mid-way resumes to identical bytes', async () => {
    const args = [
      'run',
      'tiny.yaml',
      '--runs',
      '16',
      '--workers',
      '1',
      '--trajectories',
      '--out',
      'killed',
      '--quiet',
    ];
    const child = cogovAsync(args, ws);
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const journal = join(ws, 'killed', '.journal', 'runs.bin');
    // Kill once at least three runs are journaled.
    const record = recordBytes({ indicators: KEY_INDICATORS.length, metrics: METRICS.length, ticks: 24 });
    for (let i = 0; i < 2400; i++) {
      if (existsSync(journal) && statSync(journal).size >= 3 * record) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(ws, 'killed', 'summary.json'))).toBe(false);
    const r = cogov([...args, '--resume'], ws);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = JSON.parse(readFileSync(join(ws, 'killed', 'manifest.json'), 'utf8'));
    expect(m.resumedRuns).toBeGreaterThanOrEqual(3);
    expect(m.resumedRuns).toBeLessThan(16);
    const tiny = loadScenarioFile(join(ws, 'tiny.yaml'));
    await runEnsemble(tiny, { out: join(ws, 'whole'), runs: 16, workers: 1, trajectories: true });
    expect(results(join(ws, 'killed'), ALL)).toEqual(results(join(ws, 'whole'), ALL));
  });

  it('a scenario whose policy would fail a later month is refused before any run (exit 2)', () => {
    const r = cogov(['run', 'failing.yaml', '--runs', '5', '--workers', '2', '--out', 'failed'], ws);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'government.householdSubsidy.rmbPerHousehold: every run would stop at 2024-10 (t = 3)',
    );
    expect(existsSync(join(ws, 'failed'))).toBe(false);
  });

  it('bad flags exit 2', () => {
    for (const args of [
      ['--shard', '4/3'],
      ['--shard', '2/9', '--runs', '8'],
    ]) {
      const r = cogov(['run', 'tiny.yaml', '--out', 'bad', ...args], ws);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--shard/);
    }
  });
});

describe('cogov merge', () => {
  it('shards 1/3, 2/3, 3/3 merge to the single-machine bytes; mismatched shards exit 2', async () => {
    const tiny = loadScenarioFile(join(ws, 'tiny.yaml'));
    for (const k of [1, 2, 3])
      await runEnsemble(tiny, { out: join(ws, `s${k}`), runs: 8, workers: 1, shard: { k, n: 3 } });
    await runEnsemble(tiny, {
      out: join(ws, 's3-seed9'),
      runs: 8,
      seed: 9,
      workers: 1,
      shard: { k: 3, n: 3 },
    });
    const m = cogov(['merge', 's1', 's2', 's3', '--trajectories', '--out', 'merged'], ws);
    expect(m.stderr).toBe('');
    expect(m.code).toBe(0);
    expect(m.stdout).toContain('merged 3 shards: 8 runs of tiny (seed 42)');
    expect(results(join(ws, 'merged'), ALL)).toEqual(results(join(ws, 'w1'), ALL));
    // Run 0 re-run with the event log, as cogov run does: the same stalled-communities file.
    expect(results(join(ws, 'merged'), ['stalled.json'])).toEqual(results(join(ws, 'w1'), ['stalled.json']));

    const bad = cogov(['merge', 's1', 's2', 's3-seed9', '--out', 'refused'], ws);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/shards do not belong together: seed is 42 in s1 but 9 in s3-seed9/);
    expect(existsSync(join(ws, 'refused', 'curves.csv'))).toBe(false);
  });
});
