/**
 * Test fixture: a small ensemble's output folder computed directly (not through the ensemble
 * driver): `runOne` for a few seeds of demo-small, then curves.csv, runs.csv, summary.json and
 * manifest.json in the ensemble's formats with exact type-7 quantiles, as the report reads them.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenarioFile } from '../../scenarios/load.js';
import { csvLine } from '../../sim/outputs/csv.js';
import { CURVES_COLUMNS, runsColumns } from '../../sim/outputs/ensemble.js';
import type { SummaryIndicator } from '../../sim/outputs/ensemble.js';
import { jsonNumber } from '../../sim/outputs/json.js';
import { RUN_SEED_RULE, runSeed } from '../../sim/kernel/rng.js';
import { KEY_INDICATORS } from '../../sim/model/metrics.js';
import { type RunResult, runOne } from '../../sim/model/run.js';
import { reportData } from '../../viz/parse.js';
import type { ReportData } from '../../viz/types.js';

/** Options of {@link buildFixture}. */
export interface FixtureOptions {
  runs?: number;
  seed?: number;
  /** Replace the scenario's name (e.g. with markup, to test escaping). */
  name?: { en: string; zh: string };
  /** Leave the scenario name, description, language and key year out of the manifest. */
  bareManifest?: boolean;
}

const cache = new Map<string, RunResult[]>();

/** Type-7 quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo + 1 >= n) return sorted[lo];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

// Student t(0.975, df) for df = 1..30; 1.96 beyond.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** n, mean, sample sd and type-7 quantiles of the finite values. */
export function stats(values: readonly number[]) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  const n = xs.length;
  const mean = n > 0 ? xs.reduce((a, b) => a + b, 0) / n : Number.NaN;
  const sd = n > 1 ? Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1)) : Number.NaN;
  const q = (p: number) => quantile(xs, p);
  return { n, mean, sd, p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}

/** Write an ensemble-like output folder for demo-small into `dir`; returns the runs' results. */
export function buildFixture(dir: string, opts: FixtureOptions = {}): RunResult[] {
  const runs = opts.runs ?? 10;
  const seed = opts.seed ?? 42;
  const loaded = loadScenarioFile('scenarios/demo-small.yaml');
  const sc = loaded.scenario;
  const key = `${runs}:${seed}`;
  let results = cache.get(key);
  if (!results) {
    results = Array.from({ length: runs }, (_, i) => runOne(sc, runSeed(seed, i)));
    cache.set(key, results);
  }
  const scenario = 'demo-small';
  const first = results[0];
  mkdirSync(dir, { recursive: true });

  const curves = [csvLine(CURVES_COLUMNS)];
  for (let m = 0; m < first.metrics.length; m++) {
    for (let t = 0; t < first.ticks; t++) {
      const s = stats(results.map((r) => r.values[m * r.ticks + t]));
      curves.push(
        csvLine([
          scenario,
          first.metrics[m],
          t,
          first.dates[t],
          s.n,
          s.mean,
          s.sd,
          s.p05,
          s.p25,
          s.p50,
          s.p75,
          s.p95,
        ]),
      );
    }
  }
  writeFileSync(join(dir, 'curves.csv'), curves.join(''));

  const names = KEY_INDICATORS.map((k) => k.name);
  const runRows = [csvLine(runsColumns())];
  results.forEach((r, i) => {
    runRows.push(csvLine([scenario, i, r.seed, ...names.map((n) => r.indicators[n])]));
  });
  writeFileSync(join(dir, 'runs.csv'), runRows.join(''));

  const indicators: Record<string, unknown> = {};
  for (const k of KEY_INDICATORS) {
    const s = stats(results.map((r) => r.indicators[k.name]));
    const half = s.n > 1 ? (T975[s.n - 2] ?? 1.96) * (s.sd / Math.sqrt(s.n)) : Number.NaN;
    indicators[k.name] = {
      unit: k.unit,
      n: s.n,
      mean: jsonNumber(s.mean),
      sd: jsonNumber(s.sd),
      ci95: [jsonNumber(s.mean - half), jsonNumber(s.mean + half)],
      p05: jsonNumber(s.p05),
      p50: jsonNumber(s.p50),
      p95: jsonNumber(s.p95),
    };
  }
  const summary = { scenario, seed, runs, indicators };
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const manifest: Record<string, unknown> = {
    cogovVersion: '0.1.0',
    scenario,
    scenarioFile: 'scenarios/demo-small.yaml',
    scenarioSha256: loaded.sha256,
    seed,
    runs,
    seedRule: RUN_SEED_RULE,
    calendar: { start: sc.calendar.start, end: sc.calendar.end, ticks: first.ticks },
    workers: 1,
    wallTimeSeconds: 1.23,
    command: `cogov run scenarios/demo-small.yaml --runs ${runs} --seed ${seed} --out ${dir}`,
    quantiles: 'type 7 (linear interpolation between order statistics), exact',
  };
  if (!opts.bareManifest) {
    manifest['scenarioName'] = opts.name ?? sc.name;
    manifest['scenarioDescription'] = sc.description;
    manifest['language'] = sc.language;
    manifest['keyYear'] = sc.calendar.keyYear;
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return results;
}

/** The fixture written to a fresh temporary folder (`prefix`) and read back as the report reads it. */
export function fixtureReportData(prefix: string): ReportData {
  const dir = join(mkdtempSync(join(tmpdir(), prefix)), 'run');
  buildFixture(dir);
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  return reportData({
    curves: read('curves.csv'),
    summary: read('summary.json'),
    manifest: read('manifest.json'),
  });
}

/** A summary of `n` runs that all gave `mean` (sd 0, every quantile and both CI ends equal to it). */
export function constantSummary(mean: number, n: number, unit = 'share'): SummaryIndicator {
  return { unit, n, mean, sd: 0, ci95: [mean, mean], p05: mean, p50: mean, p95: mean };
}
