/**
 * Lever effects on paired seeds: the scenario and each lever's variant run on the same seeds (common
 * random numbers), and each check's paired difference `variant − scenario` gets a 95 % interval and a
 * verdict against its expected sign. Pure: the caller supplies the runner (in-process `runOne`, or a
 * worker pool that returns the same numbers).
 */
import { type Scenario, ScenarioSchema } from '../../scenarios/schema.js';
import { KEY_INDICATORS, type KeyIndicator } from '../model/metrics.js';
import type { Lever } from './levers.js';
import { deepMerge } from './patch.js';
import { type PairedDifference, pairedDifference } from '../analysis/paired.js';

/** What a paired difference says about an expected direction. */
export type Verdict = 'asExpected' | 'notDistinguishable' | 'opposite';

/** One lever check measured. */
export interface LeverEffect {
  lever: Lever;
  indicator: KeyIndicator;
  expected: 1 | -1;
  /** variant − scenario over the runs where both are defined. */
  difference: PairedDifference;
  verdict: Verdict;
}

/** The verdict of a paired difference against the expected sign. */
export function verdictOf(d: PairedDifference, expected: 1 | -1): Verdict {
  if (!d.distinguishable) return 'notDistinguishable';
  return Math.sign(d.mean) === expected ? 'asExpected' : 'opposite';
}

/** The validated scenario of a lever's variant. */
export function leverScenario(base: Scenario, lever: Lever): Scenario {
  return ScenarioSchema.parse(deepMerge(structuredClone(base), lever.patch(base)));
}

/** Key indicators of one run, in KEY_INDICATORS order. */
export type RunIndicators = Record<KeyIndicator, number>;

/**
 * The effects of `levers` on `base`: `runs[i]` are the indicators of the base scenario's runs and
 * `variantRuns[l][i]` those of lever l's variant on the same seeds.
 */
export function leverEffects(
  levers: readonly Lever[],
  runs: readonly RunIndicators[],
  variantRuns: readonly (readonly RunIndicators[])[],
): LeverEffect[] {
  const out: LeverEffect[] = [];
  levers.forEach((lever, l) => {
    for (const check of lever.checks) {
      const base = runs.map((r) => r[check.indicator]);
      const other = variantRuns[l].map((r) => r[check.indicator]);
      const difference = pairedDifference(base, other);
      out.push({
        lever,
        indicator: check.indicator,
        expected: check.expected,
        difference,
        verdict: verdictOf(difference, check.expected),
      });
    }
  });
  return out;
}

/** Every key indicator's paired difference for one lever (for the full table of a lever). */
export function allDifferences(
  runs: readonly RunIndicators[],
  variant: readonly RunIndicators[],
): Record<KeyIndicator, PairedDifference> {
  const out = {} as Record<KeyIndicator, PairedDifference>;
  for (const { name } of KEY_INDICATORS) {
    out[name] = pairedDifference(
      runs.map((r) => r[name]),
      variant.map((r) => r[name]),
    );
  }
  return out;
}
