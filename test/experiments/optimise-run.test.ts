/**
 * `cogov optimize` on the tiny city: the output files and their columns, byte-identical outputs for
 * W = 1 and W = 2 and after an interrupted search is resumed from its journal, a journal of another
 * optimisation refused, and bad files refused with positions and exit 2. Worker threads start from
 * the build in dist/ (`npm run build` first).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadOptimisationFile } from '../../sim/batch/optimise-file.js';
import {
  OptimisationInterruptedError,
  OptimisationRunError,
  runOptimisation,
} from '../../sim/batch/optimise-run.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { parseCsv } from '../../sim/outputs/csv.js';
import {
  evaluationsColumns,
  type OptimisationManifestJson,
  runsColumns,
} from '../../sim/outputs/optimisation.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { cli, workspace } from './helpers.js';
import { TINY_OPTIMISATION, TINY_ROBUST_OPTIMISATION } from './optimise-helpers.js';

const CSVS = ['runs.csv', 'evaluations.csv', 'pareto.csv', 'convergence.csv'];
const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');

function setup(text = TINY_OPTIMISATION): string {
  const ws = workspace();
  writeFileSync(join(ws, 'opt.yaml'), text);
  return ws;
}

describe('cogov optimize', () => {
  it('writes its files, the same bytes for W = 1 and W = 2, and a summary', async () => {
    const ws = setup();
    const one = await cli(['optimize', join(ws, 'opt.yaml'), '-w', '1', '-q', '--out', join(ws, 'w1')]);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    const two = await cli(['optimize', join(ws, 'opt.yaml'), '-w', '2', '--out', join(ws, 'w2')]);
    expect(two.code).toBe(0);
    expect(two.stdout).toMatch(/NSGA-II, 3 generations, \d+ candidates, \d+ runs in .* on 2 worker threads/);
    expect(two.stdout).toMatch(/feasible non-dominated candidates on the front: \d+\n/);
    for (const f of CSVS) expect(read(join(ws, 'w2'), f)).toBe(read(join(ws, 'w1'), f));
    expect(existsSync(join(ws, 'w1', 'runs.journal.csv'))).toBe(false);

    const dir = join(ws, 'w1');
    const m = JSON.parse(read(dir, 'manifest.json')) as OptimisationManifestJson;
    expect(m.kind).toBe('optimisation');
    expect(m.factors.map((f) => f.name)).toEqual(['subsidy', 'ppp']);
    expect(m.factors.map((f) => f.role)).toEqual(['lever', 'lever']);
    expect(m.indicators).toEqual(KEY_INDICATORS.map((k) => k.name));
    expect(m.files).toEqual([...CSVS, 'dictionary.csv', 'manifest.json']);
    const runs = parseCsv(read(dir, 'runs.csv'));
    expect(runs[0]).toEqual(runsColumns(['subsidy', 'ppp'], []));
    expect(runs.length - 1).toBe(m.totals.runs);
    expect(runs.slice(1).every((r) => r[3] === '')).toBe(true); // no states of the world: empty `state`
    const evals = parseCsv(read(dir, 'evaluations.csv'));
    expect(evals[0]).toEqual(
      evaluationsColumns(['subsidy', 'ppp'], ['publicCommitted', 'participation'], ['trustFloor']),
    );
    expect(evals.length - 1).toBe(m.totals.evaluations);
    const conv = parseCsv(read(dir, 'convergence.csv'));
    expect(conv.length - 1).toBe(4); // generations 0..3
    expect(Number(conv[conv.length - 1][1])).toBe(m.totals.runs);
    // Re-evaluation: some candidate reached maxReplicates = 2; one replicate has no interval (empty cell).
    const reps = evals.slice(1).map((r) => Number(r[4]));
    expect(Math.max(...reps)).toBe(2);
    const single = evals.slice(1).find((r) => r[4] === '1')!;
    expect(single[evals[0].indexOf('publicCommitted.ciLow')]).toBe('');
    // Every front member is feasible and on rank 1.
    const pareto = parseCsv(read(dir, 'pareto.csv'));
    const h = pareto[0];
    for (const r of pareto.slice(1)) {
      expect(r[h.indexOf('feasible')]).toBe('true');
      expect(r[h.indexOf('rank')]).toBe('1');
    }
  }, 120_000);

  it('resumes an interrupted search from its journal to the same bytes', async () => {
    const ws = setup();
    const file = join(ws, 'opt.yaml');
    const whole = join(ws, 'whole');
    await runOptimisation(loadOptimisationFile(file), { out: whole });
    const cut = join(ws, 'cut');
    const ac = new AbortController();
    await expect(
      runOptimisation(loadOptimisationFile(file), {
        out: cut,
        signal: ac.signal,
        onProgress: (p) => {
          if (p.generation === 2 && p.done === 2) ac.abort();
        },
      }),
    ).rejects.toBeInstanceOf(OptimisationInterruptedError);
    expect(existsSync(join(cut, 'runs.journal.csv'))).toBe(true);
    expect(existsSync(join(cut, 'runs.csv'))).toBe(false);
    const r = await cli(['optimize', file, '-w', '2', '--resume', '-q', '--out', cut]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const m = JSON.parse(read(cut, 'manifest.json')) as OptimisationManifestJson;
    expect(m.resumedRuns).toBeGreaterThan(6);
    for (const f of CSVS) expect(read(cut, f)).toBe(read(whole, f));
  }, 120_000);

  it('refuses to resume from the journal of another optimisation (exit 2)', async () => {
    const ws = setup();
    const file = join(ws, 'opt.yaml');
    const out = join(ws, 'o');
    const ac = new AbortController();
    await expect(
      runOptimisation(loadOptimisationFile(file), {
        out,
        signal: ac.signal,
        onProgress: (p) => {
          if (p.generation === 1 && p.done === 1) ac.abort();
        },
      }),
    ).rejects.toBeInstanceOf(OptimisationInterruptedError);
    writeFileSync(file, TINY_OPTIMISATION.replace('seed: 11', 'seed: 12'));
    const r = await cli(['optimize', file, '-w', '1', '--resume', '-q', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot resume: .*runs\.journal\.csv:2: run 0 does not match this optimisation/);
  }, 120_000);

  it('runs candidates in states of the world with robustness measures', async () => {
    const ws = setup(TINY_ROBUST_OPTIMISATION);
    const out = join(ws, 'o');
    const r = await cli(['optimize', join(ws, 'opt.yaml'), '-w', '1', '-q', '--out', out]);
    expect(r.code).toBe(0);
    const m = JSON.parse(read(out, 'manifest.json')) as OptimisationManifestJson;
    expect(m.states).toBe(3);
    expect(m.factors.map((f) => [f.name, f.role])).toEqual([
      ['subsidy', 'lever'],
      ['ppp', 'lever'],
      ['cost', 'uncertainty'],
    ]);
    expect(m.objectives.map((o) => [o.robustness, o.valueDirection])).toEqual([
      ['p90', 'min'],
      ['regret', 'min'],
    ]);
    const runs = parseCsv(read(out, 'runs.csv'));
    const h = runs[0];
    // Each candidate runs in states 0, 1, 2 with the same cost values.
    const costByState = new Map<string, string>();
    for (const row of runs.slice(1)) {
      const s = row[h.indexOf('state')];
      expect(['0', '1', '2']).toContain(s);
      const c = row[h.indexOf('cost')];
      expect(costByState.get(s) ?? c).toBe(c);
      costByState.set(s, c);
      expect(Number.isInteger(Number(row[h.indexOf('subsidy')]))).toBe(true);
    }
    const evals = parseCsv(read(out, 'evaluations.csv'));
    const regret = evals.slice(1).map((e) => Number(e[evals[0].indexOf('participation')]));
    expect(Math.min(...regret)).toBe(0); // the best candidate in the worst state has no regret
    expect(regret.every((v) => v >= 0)).toBe(true);
  }, 120_000);
});

describe('cogov optimize: a failing run', () => {
  it('stops with the run, its candidate’s lever values, state and seed; finished runs stay journaled', async () => {
    const ws = setup();
    const task = pathToFileURL(join(process.cwd(), 'dist/sim/ensemble/task.js')).href;
    const worker = join(ws, 'failing-worker.mjs');
    // A worker like dist's whose run 8 fails: generation 1 begins (run 6) by giving the six parents
    // their second replicate, so run 8 is candidate 2's replicate 1, on seed runSeed(11, 1).
    writeFileSync(
      worker,
      `import { parentPort, workerData } from 'node:worker_threads';
import { runTask, transferList } from ${JSON.stringify(task)};
let keyed;
parentPort.on('message', (task) => {
  if (task.scenario) keyed = { key: task.key, scenario: task.scenario };
  const outcome = task.index === 8
    ? { ok: false, index: task.index, seed: task.seed, message: 'boom' }
    : runTask(task.key === undefined ? workerData.scenario : keyed.scenario, task);
  parentPort.postMessage(outcome, transferList(outcome));
});
`,
    );
    const out = join(ws, 'o');
    const loaded = loadOptimisationFile(join(ws, 'opt.yaml'));
    const err = await runOptimisation(loaded, { out, workers: 2, workerUrl: pathToFileURL(worker) }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(OptimisationRunError);
    const text = (err as OptimisationRunError).in('en');
    expect(text).toMatch(
      new RegExp(
        `^run 8 \\(candidate 2: subsidy = [0-9.]+, ppp = (true|false); state —; seed ${runSeed(11, 1)}\\) failed: boom$`,
      ),
    );
    expect((err as OptimisationRunError).in('zh')).toMatch(/^运行 8（候选方案 \d+：subsidy = /);
    const journal = read(out, 'runs.journal.csv').trimEnd().split('\n');
    expect(journal.length - 1).toBe(8); // runs 0..7, in order
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
  }, 120_000);
});

describe('cogov optimize: bad input', () => {
  it.each([
    [
      'an unknown indicator',
      TINY_OPTIMISATION.replace('indicator: trust', 'indicator: trustt'),
      /opt\.yaml:11:\d+: constraints\[0\]\.indicator/,
    ],
    [
      'a lever path that is not in the scenario',
      TINY_OPTIMISATION.replace('enterprises.enabled', 'enterprises.enabledd'),
      /opt\.yaml:6:\d+: levers\[1\]\.path: .*unknown key "enabledd"; did you mean "enabled"/,
    ],
    [
      'a real lever without range',
      TINY_OPTIMISATION.replace(', range: [0, 40000]', ''),
      /opt\.yaml:5:\d+: levers\[0\]: a real lever needs range/,
    ],
    [
      'a real lever on a whole-number field',
      TINY_OPTIMISATION.replace(
        'government.householdSubsidy.rmbPerHousehold, type: real, range: [0, 40000]',
        'city.generate.communities, type: real, range: [4, 12]',
      ),
      /opt\.yaml:5:\d+: levers\[0\]\.type: 6\.968 for lever city\.generate\.communities makes an invalid scenario/,
    ],
    [
      'an ε list of the wrong length',
      TINY_OPTIMISATION.replace('maxReplicates: 2', 'maxReplicates: 2, epsilon: [1]'),
      /algorithm\.epsilon: expected one ε per objective \(2\), got 1/,
    ],
    [
      'maxReplicates below replicates',
      TINY_OPTIMISATION.replace('maxReplicates: 2', 'maxReplicates: 0'),
      /algorithm\.maxReplicates/,
    ],
    [
      'a budget below the first generation',
      TINY_OPTIMISATION.replace('maxReplicates: 2', 'maxReplicates: 2, budget: 3'),
      /algorithm\.budget: budget 3 is smaller than the initial population’s 6 runs/,
    ],
    [
      'a lever named like a column of cogov',
      TINY_OPTIMISATION.replace('name: ppp', 'name: seed'),
      /levers\[1\]\.name: column "seed"/,
    ],
    [
      'robustness without uncertainties',
      TINY_OPTIMISATION.replace('direction: min }', 'direction: min, robustness: regret }'),
      /objectives\[0\]\.robustness: robustness: regret compares states/,
    ],
    [
      'two objectives of one name',
      TINY_OPTIMISATION.replace(
        'indicator: participation, direction: max',
        'indicator: publicCommitted, direction: max',
      ),
      /objectives\[1\]\.indicator: column "publicCommitted" is already used by objectives\[0\]/,
    ],
  ])('refuses %s with its position and exit 2', async (_what, text, pattern) => {
    const ws = setup(text);
    const r = await cli(['optimize', join(ws, 'opt.yaml'), '--out', join(ws, 'o')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(pattern);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(join(ws, 'o', 'manifest.json'))).toBe(false);
  });

  it('refuses --shard with the reason and exit 2', async () => {
    const ws = setup();
    const r = await cli(['optimize', join(ws, 'opt.yaml'), '--shard', '1/2', '--out', join(ws, 'o')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--shard is not supported: NSGA-II generations depend on each other/);
  });
});
