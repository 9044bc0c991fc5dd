/**
 * The tally of a lever table: how many checks moved as expected, were not distinguishable from zero
 * or moved the opposite way. Pure.
 */
import type { Verdict } from './lever-effects.js';

/** Every verdict, in the order tables and summaries list them. */
export const VERDICTS: readonly Verdict[] = ['asExpected', 'notDistinguishable', 'opposite'];

/** Counts of a lever table's verdicts. */
export interface VerdictCounts {
  checks: number;
  asExpected: number;
  notDistinguishable: number;
  opposite: number;
}

/** Count the verdicts of `effects`. */
export function countVerdicts(effects: readonly { verdict: Verdict }[]): VerdictCounts {
  const out: VerdictCounts = { checks: effects.length, asExpected: 0, notDistinguishable: 0, opposite: 0 };
  for (const e of effects) out[e.verdict]++;
  return out;
}
