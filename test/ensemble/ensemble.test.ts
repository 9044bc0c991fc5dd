/**
 * The ensemble library in-process (W = 1 runs through the same task code as the workers): outputs
 * against a direct computation, resume after an interruption, shards and merge, refusals, failures.
 * The worker-death tests start threads from dist/ (`npm run build` first; `npm test` does).
 */
import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { CURVE_QUANTILES } from '../../sim/analysis/aggregate.js';
import { quantileSorted } from '../../sim/kernel/stats.js';
import { runEnsemble } from '../../sim/ensemble/ensemble.js';
import { EnsembleInputError, EnsembleInterruptedError, RunFailedError } from '../../sim/ensemble/errors.js';
import { mergeShards } from '../../sim/ensemble/merge.js';
import { summarise } from '../../sim/analysis/summary.js';
import { fmt, parseCsv } from '../../sim/outputs/csv.js';
import { CURVES_COLUMNS } from '../../sim/outputs/ensemble.js';
import { runSeed } from '../../sim/kernel/rng.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { runOne } from '../../sim/model/run.js';
import { results, workspace } from './helpers.js';

const ALL = ['curves.csv', 'runs.csv', 'summary.json', 'trajectories.csv'];
let ws: string;
let tiny: ReturnType<typeof loadScenarioFile>;
let ref: string;

beforeAll(async () => {
  ws = workspace();
  tiny = loadScenarioFile(join(ws, 'tiny.yaml'));
  ref = join(ws, 'ref');
  await runEnsemble(tiny, { out: ref, runs: 8, workers: 1, trajectories: true });
});

const csv = (path: string) => parseCsv(readFileSync(path, 'utf8'));

describe('runEnsemble outputs', () => {
  it('match a direct computation from runOne over the same seeds', () => {
    const direct = Array.from({ length: 8 }, (_, i) => runOne(tiny.scenario, runSeed(42, i)));
    const ticks = direct[0].ticks;
    const [head, ...rows] = csv(join(ref, 'curves.csv'));
    expect(head).toEqual([...CURVES_COLUMNS]);
    expect(rows.length).toBe(direct[0].metrics.length * ticks);
    for (const [r, row] of rows.entries()) {
      const m = Math.floor(r / ticks);
      const t = r % ticks;
      // Undefined values (NaN: e.g. participation in a month without a consultation round) are not
      // counted: n is the number of runs where the cell is defined, and an empty cell when none is.
      const xs = direct.map((d) => d.values[m * ticks + t]).filter((v) => Number.isFinite(v));
      const n = xs.length;
      expect(row.slice(0, 5)).toEqual([
        'tiny',
        direct[0].metrics[m],
        String(t),
        direct[0].dates[t],
        String(n),
      ]);
      if (n === 0) {
        expect(row.slice(5)).toEqual(['', '', '', '', '', '', '']);
        continue;
      }
      const mean = xs.reduce((a, b) => a + b, 0) / n;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      const close = (got: string, want: number) =>
        expect(Math.abs(Number(got) - want), `${row[1]}@${t}`).toBeLessThanOrEqual(
          1e-9 * Math.max(1, Math.abs(want)),
        );
      close(row[5], mean);
      if (n > 1) close(row[6], sd);
      else expect(row[6]).toBe('');
      const sorted = Float64Array.from(xs).sort();
      CURVE_QUANTILES.forEach((q, j) => {
        expect(row[7 + j]).toBe(fmt(quantileSorted(sorted, n, q)));
      });
    }
    const [, ...runRows] = csv(join(ref, 'runs.csv'));
    runRows.forEach((row, i) => {
      expect(row.slice(0, 3)).toEqual(['tiny', String(i), String(runSeed(42, i))]);
      expect(row.slice(3)).toEqual(KEY_INDICATORS.map((k) => fmt(direct[i].indicators[k.name])));
    });
    const summary = JSON.parse(readFileSync(join(ref, 'summary.json'), 'utf8'));
    for (const k of KEY_INDICATORS) {
      const s = summarise(direct.map((d) => d.indicators[k.name]));
      const got = summary.indicators[k.name];
      expect(got.unit).toBe(k.unit);
      // Undefined is null in JSON, never 0.
      const json = (v: number) => (Number.isFinite(v) ? Number(fmt(v)) : null);
      expect(got.mean).toBe(json(s.mean));
      expect(got.p95).toBe(json(s.p95));
      if (Number.isFinite(s.ci95[0]))
        expect(got.ci95).toEqual([Number(fmt(s.ci95[0])), Number(fmt(s.ci95[1]))]);
    }
    const traj = csv(join(ref, 'trajectories.csv'));
    expect(traj.length).toBe(1 + 8 * rows.length);
    const row = traj[1 + 3 * rows.length + 5 * ticks + 7];
    expect(row.slice(0, 5)).toEqual(['tiny', '3', String(runSeed(42, 3)), direct[0].metrics[5], '7']);
    expect(row[6]).toBe(fmt(direct[3].values[5 * ticks + 7]));
  });

  it('record provenance in the manifest and leave no journal behind', () => {
    const m = JSON.parse(readFileSync(join(ref, 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({
      scenario: 'tiny',
      seed: 42,
      runs: 8,
      workers: 1,
      scenarioSha256: tiny.sha256,
      shard: null,
    });
    expect(m.seedRule).toContain('FNV-1a');
    expect(typeof m.wallTimeSeconds).toBe('number');
    // The scenario as run, every default filled in: tiny.yaml sets the city and the calendar only.
    expect(m.resolvedScenario).toEqual(JSON.parse(JSON.stringify(tiny.scenario)));
    expect(m.resolvedScenario.city.generate.communities).toBe(12);
    expect(m.resolvedScenario.residents.opinion.mu).toBeTypeOf('number');
    expect(m.resolvedScenario.government.cityFund.baseBudgetRmbPerYear).toBeTypeOf('number');
    expect(existsSync(join(ref, '.journal'))).toBe(false);
    expect(readdirSync(ref).filter((f) => f.startsWith('.cogov-tmp'))).toEqual([]);
  });
});

describe('resume', () => {
  it('an interrupted ensemble resumes with only the missing runs, to identical bytes', async () => {
    const out = join(ws, 'cut');
    const ac = new AbortController();
    await expect(
      runEnsemble(tiny, {
        out,
        runs: 8,
        workers: 1,
        trajectories: true,
        signal: ac.signal,
        onProgress: (p) => {
          if (p.done === 3) ac.abort();
        },
      }),
    ).rejects.toBeInstanceOf(EnsembleInterruptedError);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    // A crash in the middle of a write leaves a torn record: it is dropped and its run redone.
    appendFileSync(join(out, '.journal', 'runs.bin'), new Uint8Array(1000).fill(7));
    await expect(
      runEnsemble(tiny, { out, runs: 8, seed: 43, workers: 1, resume: true }),
    ).rejects.toBeInstanceOf(EnsembleInputError);
    const r = await runEnsemble(tiny, { out, runs: 8, workers: 1, trajectories: true, resume: true });
    expect(r.resumed).toBe(3);
    expect(r.executed).toBe(5);
    expect(results(out, ALL)).toEqual(results(ref, ALL));
    // Resuming a finished ensemble (say, a requeued batch job) runs nothing and keeps the files.
    const manifest = readFileSync(join(out, 'manifest.json'), 'utf8');
    const again = await runEnsemble(tiny, { out, runs: 8, workers: 1, trajectories: true, resume: true });
    expect(again).toMatchObject({ executed: 0, resumed: 8, workers: 0 });
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
  });
});

describe('shards and merge', () => {
  let shards: string[];
  beforeAll(async () => {
    shards = [];
    for (let k = 1; k <= 3; k++) {
      const out = join(ws, `shard${k}`);
      const r = await runEnsemble(tiny, { out, runs: 8, workers: 1, shard: { k, n: 3 } });
      expect(r.files).toEqual(['runs.csv', 'values.bin', 'manifest.json']);
      shards.push(out);
    }
  });

  it('merging shards 1/3, 2/3, 3/3 (in any order) gives the single-machine bytes', () => {
    const out = join(ws, 'merged');
    mergeShards([shards[2], shards[0], shards[1]], { out, trajectories: true });
    expect(results(out, ALL)).toEqual(results(ref, ALL));
    const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest(out).resolvedScenario).toEqual(manifest(ref).resolvedScenario);
  });

  it('refuses shards that do not belong together', async () => {
    const other = join(ws, 'other-seed');
    await runEnsemble(tiny, { out: other, runs: 8, seed: 7, workers: 1, shard: { k: 3, n: 3 } });
    const oldVersion = join(ws, 'old-version');
    cpSync(shards[2], oldVersion, { recursive: true });
    const mf = join(oldVersion, 'manifest.json');
    writeFileSync(mf, readFileSync(mf, 'utf8').replace(/"cogovVersion": "[^"]*"/, '"cogovVersion": "0.0.1"'));
    const otherBuild = join(ws, 'other-build');
    cpSync(shards[2], otherBuild, { recursive: true });
    const mf2 = join(otherBuild, 'manifest.json');
    writeFileSync(
      mf2,
      readFileSync(mf2, 'utf8').replace(/"outputLayout": "[^"]*"/, '"outputLayout": "99m-1k-0"'),
    );
    const cases: [string[], RegExp][] = [
      [[shards[0], shards[1], other], /seed/],
      [[shards[0], shards[1], otherBuild], /other metrics or key indicators/],
      [[shards[0], shards[1], oldVersion], /cogovVersion/],
      [[shards[0], shards[1]], /missing shard 3\/3/],
      [[shards[0], shards[1], shards[1]], /given twice/],
      [[shards[0], shards[1], ref], /not a shard output/],
      [[shards[0], shards[1], shards[2]], /is one of the shards/],
    ];
    for (const [dirs, why] of cases) {
      const out = why.source.includes('one of the shards') ? shards[2] : join(ws, 'refused');
      expect(() => mergeShards(dirs, { out }), why.source).toThrow(EnsembleInputError);
      expect(() => mergeShards(dirs, { out }), why.source).toThrow(why);
    }
    expect(existsSync(join(ws, 'refused', 'curves.csv'))).toBe(false);
  });
});

describe('failures', () => {
  it('a run that throws is reported with its index and seed, and no summary is written', async () => {
    // The file is refused at load (its expression leaves its bounds in the fourth month); a caller of
    // the API that skips validation still meets the engine's own check, run by run.
    const failing = structuredClone(tiny);
    failing.scenario.government.householdSubsidy.rmbPerHousehold = 't >= 3 ? 1e9 : 0';
    const out = join(ws, 'failed');
    const err = await runEnsemble(failing, { out, runs: 4, workers: 1 }).catch((e) => e);
    expect(err).toBeInstanceOf(RunFailedError);
    expect(err.index).toBe(0);
    expect(err.seed).toBe(runSeed(42, 0));
    expect(err.message).toMatch(
      /run 0 \(seed \d+\) failed: policy government\.householdSubsidy\.rmbPerHousehold /,
    );
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
    expect(existsSync(join(out, 'curves.csv'))).toBe(false);
  });

  const crashWorker = new URL('./fixtures/crash-worker.mjs', import.meta.url);

  it('a worker that dies is replaced and its run retried once, to identical bytes', async () => {
    process.env['COGOV_TEST_CRASH'] = '2';
    try {
      const out = join(ws, 'crashed-once');
      const r = await runEnsemble(tiny, {
        out,
        runs: 8,
        workers: 2,
        trajectories: true,
        workerUrl: crashWorker,
      });
      expect(r.workers).toBe(2);
      expect(results(out, ALL)).toEqual(results(ref, ALL));
    } finally {
      delete process.env['COGOV_TEST_CRASH'];
    }
  });

  it('a run whose worker dies twice fails the ensemble', async () => {
    process.env['COGOV_TEST_CRASH'] = '1:always';
    try {
      const out = join(ws, 'crashed-twice');
      const err = await runEnsemble(tiny, { out, runs: 4, workers: 1, workerUrl: crashWorker }).catch(
        (e) => e,
      );
      expect(err).toBeInstanceOf(RunFailedError);
      expect(err.index).toBe(1);
      expect(err.runMessage).toMatch(/worker thread died twice \(exit code 3; then exit code 3\)/);
      expect(existsSync(join(out, 'summary.json'))).toBe(false);
    } finally {
      delete process.env['COGOV_TEST_CRASH'];
    }
  });
});
