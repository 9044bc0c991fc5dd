/**
 * Is a sensitivity ranking established? Factors are ranked by their index (Morris μ* or Sobol ST),
 * largest first; two neighbouring ranks are told apart only when their 95 % intervals do not
 * overlap. A run of ranks whose intervals overlap one another (a connected chain) is a tie: their
 * order is not established. Ties starting within the top {@link RANKING_TOP} ranks are reported,
 * as is a top-ranked factor whose interval reaches 0 (its influence itself is not established).
 * Factors without a finite index or interval are left out (nothing can be said of them), as are
 * factors with no effect at all (index and interval exactly 0).
 *
 * Pure (no `node:*`, no I/O).
 */
import type { SensitivityWarning } from './warnings.js';

/** Ranks (from the first) at which a tie may start and still be reported. */
export const RANKING_TOP = 3;

/** One factor's index and its 95 % interval (NaN where not computed). */
export interface ScoredFactor {
  factor: string;
  score: number;
  ci: readonly [number, number];
}

/** Ranks `from`..`to` (1 = largest index) whose intervals overlap: their order is not established. */
export interface RankTie {
  from: number;
  to: number;
  factors: string[];
}

const finiteCi = (f: ScoredFactor) => Number.isFinite(f.ci[0]) && Number.isFinite(f.ci[1]);

/**
 * The factors with a finite index and interval, largest index first (ties of the index keep the
 * factors' order, so the ranking is deterministic).
 */
export function rankFactors(factors: readonly ScoredFactor[]): ScoredFactor[] {
  return factors
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => Number.isFinite(f.score) && finiteCi(f))
    .sort((a, b) => b.f.score - a.f.score || a.i - b.i)
    .map(({ f }) => f);
}

/** The ties among the ranked factors that start within the first `top` ranks. */
export function rankingTies(factors: readonly ScoredFactor[], top = RANKING_TOP): RankTie[] {
  // Factors with no effect at all (index and interval exactly 0) have no order to establish.
  const ranked = rankFactors(factors).filter((f) => !(f.score === 0 && f.ci[0] === 0 && f.ci[1] === 0));
  const ties: RankTie[] = [];
  let r = 0;
  while (r < Math.min(top, ranked.length - 1)) {
    // The chain's union is one interval [lo, hi] because its members overlap pairwise in sequence.
    let lo = Math.min(ranked[r].ci[0], ranked[r].ci[1]);
    let hi = Math.max(ranked[r].ci[0], ranked[r].ci[1]);
    let j = r;
    while (j + 1 < ranked.length) {
      const [a, b] = ranked[j + 1].ci;
      if (Math.min(a, b) > hi || Math.max(a, b) < lo) break;
      lo = Math.min(lo, a, b);
      hi = Math.max(hi, a, b);
      j++;
    }
    if (j > r) ties.push({ from: r + 1, to: j + 1, factors: ranked.slice(r, j + 1).map((f) => f.factor) });
    r = j + 1;
  }
  return ties;
}

/**
 * The ranking warnings of one indicator: one `rankingNotSeparated` per tie, and `topIncludesZero`
 * when the top-ranked factor's interval reaches 0; none when no index is above 0. `measure` names the
 * index ("μ*", "ST").
 */
export function rankingWarnings(factors: readonly ScoredFactor[], measure: string): SensitivityWarning[] {
  // An output that does not vary has its own warning; its all-zero "ranking" is no tie.
  if (!factors.some((f) => f.score > 0)) return [];
  const out: SensitivityWarning[] = rankingTies(factors).map((t) => ({
    code: 'rankingNotSeparated',
    vars: { measure, factors: t.factors.join(' / '), from: t.from, to: t.to },
  }));
  const first = rankFactors(factors)[0];
  if (first && first.score > 0 && Math.min(first.ci[0], first.ci[1]) <= 0) {
    out.push({ code: 'topIncludesZero', vars: { measure, factor: first.factor } });
  }
  return out;
}
