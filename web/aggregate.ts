/**
 * Exact statistics of the finished runs of an in-browser ensemble (at most a few hundred runs, so
 * every value is kept): per metric × tick n, mean, sample sd and the type-7 quantiles p05…p95 that
 * the report's chart builders take; and the CSVs of the curves and of the runs, in the CLI's
 * curves.csv and runs.csv columns.
 * Runs are taken in run-index order, so the final state does not depend on finishing order.
 */
import { quantileSorted } from '../sim/kernel/stats.js';
import { KEY_INDICATORS } from '../sim/model/metrics.js';
import { csvField, csvLine } from '../sim/outputs/csv.js';
import { CURVES_COLUMNS, emptyCurveSeries, runsColumns } from '../sim/outputs/ensemble.js';
import type { CurveSeries } from '../viz/types.js';

/** One finished run as the worker posts it back. */
export interface WebRun {
  index: number;
  seed: number;
  ticks: number;
  dates: string[];
  metrics: string[];
  values: Float64Array;
  indicators: Record<string, number>;
}

const QS = [
  ['p05', 0.05],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p95', 0.95],
] as const;

/**
 * Curves of every metric (or only those in `only`) over the given runs (sorted by run index first);
 * empty without runs.
 */
export function aggregateRuns(runs: readonly WebRun[], only?: readonly string[]): Map<string, CurveSeries> {
  const out = new Map<string, CurveSeries>();
  const sorted = [...runs].sort((a, b) => a.index - b.index);
  const first = sorted[0];
  if (!first) return out;
  const T = first.ticks;
  const col = new Float64Array(sorted.length);
  first.metrics.forEach((metric, m) => {
    if (only && !only.includes(metric)) return;
    const s = emptyCurveSeries(metric, first.dates);
    for (let t = 0; t < T; t++) {
      let k = 0;
      let sum = 0;
      for (const r of sorted) {
        const v = r.values[m * T + t];
        if (Number.isFinite(v)) {
          col[k++] = v;
          sum += v;
        }
      }
      const mean = k > 0 ? sum / k : Number.NaN;
      let ss = 0;
      for (let i = 0; i < k; i++) ss += (col[i] - mean) * (col[i] - mean);
      const part = col.subarray(0, k).sort();
      s.n.push(k);
      s.mean.push(mean);
      s.sd.push(k > 1 ? Math.sqrt(ss / (k - 1)) : Number.NaN);
      for (const [name, q] of QS) s[name].push(quantileSorted(part, k, q));
    }
    out.set(metric, s);
  });
  return out;
}

const cell = (v: number): string => (Number.isFinite(v) ? String(v) : '');

/** CSV (RFC 4180, header first) of the curves in curves.csv's columns. */
export function curvesCsv(scenarioId: string, curves: ReadonlyMap<string, CurveSeries>): string {
  const lines = [CURVES_COLUMNS.join(',')];
  const id = csvField(scenarioId);
  for (const s of curves.values()) {
    s.dates.forEach((date, t) => {
      lines.push(
        [
          id,
          s.metric,
          t,
          date,
          s.n[t],
          cell(s.mean[t]),
          cell(s.sd[t]),
          cell(s.p05[t]),
          cell(s.p25[t]),
          cell(s.p50[t]),
          cell(s.p75[t]),
          cell(s.p95[t]),
        ].join(','),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

/**
 * CSV of every run's key indicators in runs.csv's columns (scenario, run, seed, then the key
 * indicators in KEY_INDICATORS order), one row per run in run-index order; an undefined indicator
 * is an empty cell. `scenarioId` is the id of the scenario the runs are of.
 */
export function runsCsv(scenarioId: string, runs: readonly WebRun[]): string {
  const sorted = [...runs].sort((a, b) => a.index - b.index);
  const lines = [csvLine(runsColumns())];
  for (const r of sorted)
    lines.push(
      csvLine([
        scenarioId,
        r.index,
        r.seed,
        ...KEY_INDICATORS.map((k) => r.indicators[k.name] ?? Number.NaN),
      ]),
    );
  return lines.join('');
}
