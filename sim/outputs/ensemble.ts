/**
 * The contract of an ensemble's output files (`cogov run --runs N`, `cogov merge`), imported by
 * their writer (sim/io/ensemble-outputs.ts, sim/ensemble) and by their readers (the report,
 * `cogov merge`, the explorer's download, tests):
 * - `curves.csv`: {@link CURVES_COLUMNS}, one row per metric and tick, metric-major;
 * - `runs.csv`: {@link RUNS_FIXED_COLUMNS} then the key indicators, one row per run;
 * - `trajectories.csv`: {@link TRAJECTORIES_COLUMNS};
 * - `summary.json`: {@link SummaryJson}; `manifest.json`: {@link EnsembleManifestJson}.
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { IndicatorSummary } from '../analysis/summary.js';
import { KEY_INDICATORS, type KeyIndicator } from '../model/metrics.js';

/**
 * The statistics of a curve cell over the runs, in column order: n, mean, sample sd and the
 * type-7 quantiles of CURVE_QUANTILES (sim/analysis/aggregate.ts) named p05 … p95.
 */
export const CURVE_STAT_COLUMNS = ['n', 'mean', 'sd', 'p05', 'p25', 'p50', 'p75', 'p95'] as const;
/** A statistic of a curve cell (a column of curves.csv). */
export type CurveStat = (typeof CURVE_STAT_COLUMNS)[number];

/** Columns of curves.csv (an ensemble's and a comparison's), in order. */
export const CURVES_COLUMNS = ['scenario', 'metric', 'tick', 'date', ...CURVE_STAT_COLUMNS] as const;
/** A column of curves.csv. */
export type CurvesColumn = (typeof CURVES_COLUMNS)[number];

/** One metric's statistics across runs, per tick, as curves.csv holds them (NaN where undefined). */
export interface CurveSeries extends Record<CurveStat, number[]> {
  metric: string;
  /** "YYYY-MM" of each tick. */
  dates: string[];
}

/** A series with no ticks yet (or over `dates`, statistics still to be filled in). */
export function emptyCurveSeries(metric: string, dates: string[] = []): CurveSeries {
  return { metric, dates, n: [], mean: [], sd: [], p05: [], p25: [], p50: [], p75: [], p95: [] };
}

/** The first columns of runs.csv; the key indicators follow, in KEY_INDICATORS order. */
export const RUNS_FIXED_COLUMNS = ['scenario', 'run', 'seed'] as const;

/** Every column of runs.csv, in order. */
export function runsColumns(): string[] {
  return [...RUNS_FIXED_COLUMNS, ...KEY_INDICATORS.map((k) => k.name)];
}

/** Columns of trajectories.csv, in order. */
export const TRAJECTORIES_COLUMNS = ['scenario', 'run', 'seed', 'metric', 'tick', 'date', 'value'] as const;

/** One key indicator of summary.json: its unit, then its summary over the runs (`null` where undefined). */
export interface SummaryIndicatorJson {
  unit: string;
  n: number;
  mean: number | null;
  sd: number | null;
  ci95: [number | null, number | null];
  p05: number | null;
  p50: number | null;
  p95: number | null;
}

/** summary.json of an ensemble. */
export interface SummaryJson {
  scenario: string;
  seed: number;
  runs: number;
  /** How the interval is computed, in words. */
  ci95: string;
  /** How the quantiles are computed, in words. */
  quantiles: string;
  indicators: Record<KeyIndicator, SummaryIndicatorJson>;
}

/** One key indicator of summary.json as read: its unit and its summary (NaN where undefined). */
export interface SummaryIndicator extends IndicatorSummary {
  unit: string;
}

/** A text in English and Chinese (scenario names and descriptions). */
export type BilingualJson = { en: string; zh: string };

/** manifest.json of an ensemble or of a shard (written last; `shard` is null for a whole ensemble). */
export type EnsembleManifestJson = {
  cogovVersion: string;
  scenario: string;
  scenarioFile: string | null;
  scenarioSha256: string;
  scenarioName: BilingualJson;
  scenarioDescription: BilingualJson;
  language: string;
  seed: number;
  runs: number;
  seedRule: string;
  outputLayout: string;
  calendar: { start: string; end: string; ticks: number; keyYear: number };
  shard: { k: number; n: number; firstRun: number; endRun: number } | null;
  workers: number;
  resumedRuns: number;
  wallTimeSeconds: number;
  nodeVersion: string;
  command: string | null;
  quantiles: string;
  files: string[];
  /** The shards a merged ensemble was combined from (`cogov merge`). */
  mergedFrom?: { shard: string; dir: string; workers: number; wallTimeSeconds: number }[];
  /** The scenario as run: every value after defaults, as validated (absent in manifests before it was added). */
  resolvedScenario?: Scenario;
};
