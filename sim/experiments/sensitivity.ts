/**
 * Sensitivity analysis of a finished Morris or Sobol experiment: for each indicator analysed, the
 * model output at a design point is the mean of the indicator over its replicates (the expectation the
 * stochastic model estimates; common random numbers across points keep the noise in differences
 * small). Morris gives μ, μ*, σ and a bootstrap interval of μ* per factor; Sobol gives S1 and ST with
 * bootstrap intervals. Each indicator carries warnings when the design is too small for stable indices
 * and when the top of its ranking is not established (overlapping intervals, sim/analysis/ranking.ts).
 */
import { makeRng } from '../kernel/rng.js';
import { KEY_INDICATORS } from '../model/metrics.js';
import { MORRIS_MIN_TRAJECTORIES, type MorrisIndex, morrisIndices } from '../analysis/morris.js';
import { type ExperimentPlan, type PointRow, pointMeans } from './plan.js';
import { type SobolIndex, sobolIndices } from '../analysis/sobol.js';
import { type SensitivityWarning, warningText } from '../analysis/warnings.js';
import { rankingWarnings } from '../analysis/ranking.js';

/** Bootstrap resamples of μ*'s interval. */
export const MORRIS_BOOTSTRAP = 1000;

/** The indices of one indicator. */
export interface IndicatorSensitivity {
  indicator: string;
  unit: string;
  /** Per factor, in factor order (Morris designs). */
  morris?: MorrisIndex[];
  /** Per factor, in factor order (Sobol designs). */
  sobol?: SobolIndex[];
  /** Variance of the output over the A and B rows (Sobol designs). */
  variance?: number;
  /** The warnings in English (the texts of {@link IndicatorSensitivity.warningCodes}). */
  warnings: string[];
  /** The warnings as codes and values, to render in another language. */
  warningCodes: SensitivityWarning[];
}

/** Sensitivity indices of every analysed indicator. */
export interface SensitivityReport {
  design: 'morris' | 'sobol';
  factors: string[];
  indicators: IndicatorSensitivity[];
}

/**
 * Analyse `rows` (every run of the plan, any order) for the named indicators. Throws when the design
 * is neither Morris nor Sobol, or when runs are missing.
 */
export function analyseSensitivity(
  plan: ExperimentPlan,
  rows: readonly PointRow[],
  indicators: readonly string[],
): SensitivityReport {
  const { design } = plan;
  if (design.type !== 'morris' && design.type !== 'sobol') {
    throw new Error(`sensitivity indices need a morris or sobol design, not ${design.type}`);
  }
  const ordered = [...rows].sort((a, b) => a.run - b.run);
  const missing = plan.runs - new Set(ordered.map((r) => r.run)).size;
  if (missing > 0) throw new Error(`${missing} of ${plan.runs} runs of the experiment are missing`);
  const points = design.points.length;
  const out: IndicatorSensitivity[] = indicators.map((name) => {
    const k = KEY_INDICATORS.findIndex((d) => d.name === name);
    if (k < 0) throw new Error(`unknown indicator "${name}"`);
    const y = pointMeans(points, ordered, k);
    const rng = makeRng(plan.seed, `experiment:bootstrap:${name}`);
    const base = { indicator: name, unit: KEY_INDICATORS[k].unit };
    if (design.morris) {
      const morris = morrisIndices(design.morris, y, MORRIS_BOOTSTRAP, rng);
      const warningCodes: SensitivityWarning[] = [];
      const { trajectories } = design.morris;
      if (trajectories < MORRIS_MIN_TRAJECTORIES) {
        warningCodes.push({ code: 'morrisTooSmall', vars: { trajectories, min: MORRIS_MIN_TRAJECTORIES } });
      }
      if (morris.every((m) => m.muStar === 0)) warningCodes.push({ code: 'morrisConstant', vars: {} });
      else {
        const scored = morris.map((m, i) => ({
          factor: plan.factors[i].name,
          score: m.muStar,
          ci: m.muStarCi,
        }));
        warningCodes.push(...rankingWarnings(scored, 'μ*'));
      }
      const warnings = warningCodes.map((w) => warningText('en', w));
      return { ...base, morris, warnings, warningCodes };
    }
    const bootstrap = design.spec.type === 'sobol' ? design.spec.bootstrap : 0;
    const sobol = sobolIndices(design.sobol!, y, bootstrap, rng);
    const scored = sobol.indices.map((x, i) => ({ factor: plan.factors[i].name, score: x.st, ci: x.stCi }));
    const warningCodes = [...sobol.warningCodes, ...rankingWarnings(scored, 'ST')];
    const warnings = warningCodes.map((w) => warningText('en', w));
    return { ...base, sobol: sobol.indices, variance: sobol.variance, warnings, warningCodes };
  });
  return { design: design.type, factors: plan.factors.map((f) => f.name), indicators: out };
}
