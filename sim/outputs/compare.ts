/**
 * The contract of a comparison's output files (`cogov compare`), imported by their writer
 * (sim/batch/compare-outputs.ts) and their reader (viz/compare-parse.ts):
 * - `curves.csv`: every scenario's curves, in the ensemble's columns (CURVES_COLUMNS);
 * - `runs.csv`: as an ensemble's;
 * - `differences.csv`: {@link DIFFERENCES_COLUMNS}, per scenario after the first and key indicator;
 * - `difference-curves.csv`: {@link DIFFERENCE_CURVES_COLUMNS}, the paired difference of every curve cell;
 * - `comparison.json`: {@link ComparisonJson}.
 */
import type { ParameterDifference } from '../../scenarios/diff.js';
import type { Scenario } from '../../scenarios/schema.js';
import type { KeyIndicator } from '../model/metrics.js';

/** At most this many parameter differences are listed in comparison.json (the total is given). */
export const MAX_PARAMETER_DIFFERENCES = 1000;

/** Columns of differences.csv, in order. */
export const DIFFERENCES_COLUMNS = [
  'scenario',
  'baseline',
  'indicator',
  'unit',
  'n',
  'baselineMean',
  'scenarioMean',
  'difference',
  'sd',
  'ciLow',
  'ciHigh',
  'relative',
  'distinguishable',
] as const;

/** Columns of difference-curves.csv, in order (mean, sd and the interval of scenario − baseline). */
export const DIFFERENCE_CURVES_COLUMNS = [
  'scenario',
  'baseline',
  'metric',
  'tick',
  'date',
  'n',
  'mean',
  'sd',
  'ciLow',
  'ciHigh',
] as const;
/** A column of difference-curves.csv. */
export type DifferenceCurvesColumn = (typeof DIFFERENCE_CURVES_COLUMNS)[number];

/** One scenario's summary of a key indicator in comparison.json (`null` where undefined). */
export interface ScenarioSummaryJson {
  scenario: string;
  n: number;
  mean: number | null;
  ci95: (number | null)[];
}

/** A key indicator's paired difference (scenario − baseline) in comparison.json. */
export interface IndicatorDifferenceJson {
  scenario: string;
  baseline: string;
  n: number;
  difference: number | null;
  sd: number | null;
  ci95: (number | null)[];
  relative: number | null;
  distinguishable: boolean;
  /** Mean of the baseline over the n paired runs (both sides defined). */
  baselineMean: number | null;
  /** Mean of the scenario over the same n paired runs. */
  scenarioMean: number | null;
}

/** A key indicator across the compared scenarios. */
export interface ComparisonIndicatorJson {
  indicator: KeyIndicator;
  unit: string;
  scenarios: ScenarioSummaryJson[];
  differences: IndicatorDifferenceJson[];
}

/** comparison.json. */
export interface ComparisonJson {
  /** Scenario ids, the baseline first. */
  scenarios: string[];
  baseline: string;
  runs: number;
  seed: number;
  /** How runs are paired, in words. */
  pairing: string;
  /** How the interval is computed, in words. */
  ci95: string;
  /** Simulated period (the same for every scenario) and each scenario's key year, in scenario order. */
  calendar: { start: string; end: string; keyYears: number[] };
  /**
   * The parameters that differ between the resolved scenarios (scenarios/diff.ts), values in
   * scenario order; at most {@link MAX_PARAMETER_DIFFERENCES}, of `parameterDifferencesTotal`.
   */
  parameterDifferences: ParameterDifference[];
  parameterDifferencesTotal: number;
  indicators: ComparisonIndicatorJson[];
}

/** manifest.json of a comparison (written last). */
export type CompareManifestJson = {
  cogovVersion: string;
  scenarios: { id: string; file: string | null; sha256: string }[];
  baseline: string;
  runs: number;
  seed: number;
  seedRule: string;
  workers: number;
  wallTimeSeconds: number;
  nodeVersion: string;
  command: string;
  files: string[];
  /** Per scenario id: the scenario as run, every default filled in (absent before it was added). */
  resolvedScenarios?: Record<string, Scenario>;
};
