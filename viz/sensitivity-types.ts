/**
 * What the sensitivity report shows, as plain values (parsed from sensitivity.json and manifest.json
 * by viz/sensitivity.ts; drawn by it, viz/sensitivity-plane.ts and viz/sensitivity-headline.ts).
 */
import type { SensitivityWarning } from '../sim/analysis/warnings.js';

/** One factor's indices for one indicator (NaN where absent). */
export interface FactorIndices {
  factor: string;
  muStar: number;
  sigma: number;
  muStarCi: [number, number];
  s1: number;
  s1Ci: [number, number];
  st: number;
  stCi: [number, number];
}

/** One indicator's analysis. */
export interface IndicatorIndices {
  indicator: string;
  unit: string;
  /** The warnings in English, as sensitivity.json holds them. */
  warnings: string[];
  /** The same warnings as codes and values, when sensitivity.json has them (older files do not). */
  warningCodes?: SensitivityWarning[];
  factors: FactorIndices[];
}

/** Everything the sensitivity report shows. */
export interface SensitivityData {
  design: 'morris' | 'sobol';
  experiment: string | null;
  runs: number | null;
  seed: number | null;
  methods: string | null;
  version: string | null;
  command: string | null;
  factors: string[];
  indicators: IndicatorIndices[];
  /** Bootstrap resamples behind the intervals (null: not recorded, files of older versions). */
  bootstrap: number | null;
  /** The scenario's calendar (null: not recorded). */
  calendar: { start: string; end: string; keyYear: number | null } | null;
  /** What the manifest says of the design (null: no manifest). */
  plan: SensitivityPlan | null;
}

/** The design as manifest.json records it, for the headline. */
export interface SensitivityPlan {
  scenarioFile: string | null;
  /** Morris: trajectories and levels; Sobol: n and sampler (NaN / null where absent). */
  trajectories: number;
  levels: number;
  n: number;
  sampler: string | null;
  designPoints: number;
  replicates: number;
  factors: { name: string; range: [number, number] | null; values: string[] | null }[];
}
