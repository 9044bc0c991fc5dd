/**
 * The contract of the lever checks' output files (`cogov levers`), imported by their writer
 * (sim/batch/levers-outputs.ts) and their reader (viz/levers.ts):
 * - `levers.csv`: {@link LEVERS_CSV_COLUMNS}, one row per check; undefined values are empty cells;
 * - `levers.json`: {@link LeversJson}.
 */
import type { Verdict } from '../experiments/lever-effects.js';
import type { VerdictCounts } from '../experiments/lever-summary.js';
import type { KeyIndicator } from '../model/metrics.js';
import type { BilingualJson } from './ensemble.js';

/** Columns of levers.csv, in order. */
export const LEVERS_CSV_COLUMNS = [
  'lever',
  'path',
  'variant',
  'indicator',
  'unit',
  'expected',
  'n',
  'difference',
  'ciLow',
  'ciHigh',
  'scenarioMean',
  'relative',
  'verdict',
] as const;

/** A paired difference (variant − scenario) over the runs in levers.json (`null` where undefined). */
export interface PairedDifferenceJson {
  n: number;
  difference: number | null;
  sd: number | null;
  ci95: (number | null)[];
  scenarioMean: number | null;
  relative: number | null;
  distinguishable: boolean;
}

/** One check of a lever: an indicator, the sign it should move and what it did. */
export interface LeverCheckJson extends PairedDifferenceJson {
  indicator: KeyIndicator;
  unit: string;
  expected: 1 | -1;
  verdict: Verdict;
}

/** One lever of levers.json: its checks and every key indicator's paired difference. */
export interface LeverJson {
  id: string;
  path: string;
  name: BilingualJson;
  variant: BilingualJson;
  checks: LeverCheckJson[];
  differences: Record<KeyIndicator, { unit: string } & PairedDifferenceJson>;
}

/** levers.json. */
export interface LeversJson {
  cogovVersion: string;
  scenario: { id: string; file: string; sha256: string; name: BilingualJson };
  keyYear: number;
  runs: number;
  seed: number;
  seedRule: string;
  command: string;
  /** What an effect is, in words. */
  effect: string;
  /** How the interval and the verdict are computed, in words. */
  ci95: string;
  summary: VerdictCounts;
  levers: LeverJson[];
  /** Levers of the catalogue that do not apply to the scenario (their instrument is off). */
  notApplicable: string[];
}
