/**
 * The contract of an experiment's output files (`cogov sweep`, `cogov sensitivity`), imported by
 * their writers (sim/batch/experiment-io.ts, sweep-run.ts) and their readers (the resume and
 * `--points` reader, viz/sweep.ts, viz/sensitivity.ts):
 * - `points.csv`: {@link POINTS_FIXED_COLUMNS}, one column per factor (its name), then the key
 *   indicators; one row per run;
 * - `design.csv`: {@link DESIGN_POINT_COLUMN}, the factor values and, for sampled designs, the unit
 *   coordinates (factor names prefixed {@link UNIT_COLUMN_PREFIX});
 * - `morris.csv` / `sobol.csv`: {@link MORRIS_COLUMNS} / {@link SOBOL_COLUMNS};
 * - `sensitivity.json`: {@link SensitivityJson}; `manifest.json`: {@link ExperimentManifestJson}.
 */
import type { FactorValue } from '../analysis/factors.js';
import type { SensitivityWarning } from '../analysis/warnings.js';
import type { Experiment } from '../experiments/schema.js';
import { KEY_INDICATORS } from '../model/metrics.js';

/** The first columns of points.csv; the factors and then the key indicators follow. */
export const POINTS_FIXED_COLUMNS = ['run', 'point', 'replicate', 'seed'] as const;

/** Every column of points.csv for these factor names, in order. */
export function pointsColumns(factors: readonly string[]): string[] {
  return [...POINTS_FIXED_COLUMNS, ...factors, ...KEY_INDICATORS.map((k) => k.name)];
}

/** The first column of design.csv: the design point's index. */
export const DESIGN_POINT_COLUMN = 'point';

/** Prefix of design.csv's unit-coordinate columns (`u.<factor>`, sampled designs only). */
export const UNIT_COLUMN_PREFIX = 'u.';

/** Columns of morris.csv, in order (rank 1 = largest μ*). */
export const MORRIS_COLUMNS = [
  'indicator',
  'factor',
  'mu',
  'muStar',
  'sigma',
  'muStarCiLow',
  'muStarCiHigh',
  'n',
  'rank',
] as const;

/** Columns of sobol.csv, in order (rank by ST). */
export const SOBOL_COLUMNS = [
  'indicator',
  'factor',
  'S1',
  'S1CiLow',
  'S1CiHigh',
  'ST',
  'STCiLow',
  'STCiHigh',
  'rank',
] as const;

/** One factor's indices for one indicator in sensitivity.json: Morris fields or Sobol fields. */
export interface SensitivityFactorJson {
  factor: string;
  mu?: number | null;
  muStar?: number | null;
  sigma?: number | null;
  muStarCi95?: (number | null)[];
  n?: number;
  S1?: number | null;
  S1Ci95?: (number | null)[];
  ST?: number | null;
  STCi95?: (number | null)[];
}

/** One indicator's analysis in sensitivity.json. */
export interface SensitivityIndicatorJson {
  indicator: string;
  unit: string;
  /** The warnings in English. */
  warnings: string[];
  /** The same warnings as codes and values (files of older versions lack them). */
  warningCodes: SensitivityWarning[];
  /** Variance of the output (Sobol designs). */
  variance?: number | null;
  factors: SensitivityFactorJson[];
}

/** What sensitivity.json records of the experiment, first. */
export interface SensitivityJsonHead {
  experiment: string;
  seed: number;
  runs: number;
  /**
   * Bootstrap resamples behind every interval (Morris: MORRIS_BOOTSTRAP of sim/experiments/
   * sensitivity.ts, resampling each factor's elementary effects; Sobol: the design's `bootstrap`,
   * resampling base rows); 0 = no intervals. Seeded from `seed` and the indicator. Absent in files
   * of older versions.
   */
  bootstrap?: number;
  /** The scenario's calendar: first and last simulated month ("YYYY-MM") and the key year. */
  calendar?: { start: string; end: string; keyYear: number };
}

/** sensitivity.json. */
export interface SensitivityJson extends SensitivityJsonHead {
  design: 'morris' | 'sobol';
  /** What the indices are computed of, in words. */
  output: string;
  /** The estimators, in words. */
  methods: string;
  factors: string[];
  indicators: SensitivityIndicatorJson[];
}

/** manifest.json of an experiment (a sweep, a sensitivity analysis, or a shard of one). */
export type ExperimentManifestJson = {
  cogovVersion: string;
  experimentFile: string;
  experimentSha256: string;
  /** The experiment's name and question (its `description`), null when the file gives none. */
  name: { en: string; zh: string } | null;
  description: { en: string; zh: string } | null;
  /** The key indicators the experiment analyses, in its order (all when it lists none). */
  indicators: string[];
  /** The base scenario's name and calendar (the period of every run; `keyYear` dates the "by year" indicators). */
  scenarioName: { en: string; zh: string };
  calendar: { start: string; end: string; keyYear: number };
  scenarioFile: string | null;
  scenarioSha256: string;
  design: Experiment['design'];
  factors: {
    name: string;
    path: string;
    range: [number, number] | null;
    values: FactorValue[] | null;
  }[];
  designPoints: number;
  replicates: number;
  runs: number;
  seed: number;
  seedRule: string;
  runIndex: string;
  shard: { k: number; n: number; firstRun: number; endRun: number } | null;
  resumedRuns: number;
  /** Worker threads, in words. */
  execution: string;
  wallTimeSeconds: number;
  nodeVersion: string;
  command: string | null;
  files: string[];
};
