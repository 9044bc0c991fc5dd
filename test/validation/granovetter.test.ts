/**
 * Validation 2: Granovetter (1978) threshold tipping with the model's own participation cascade
 * (`agents/resident-participation.ts`, docs/VALIDATION.md §2). Thresholds θ ~ N(0.25, σ) clipped to
 * [0, 1] are drawn by `buildWorld` as in every run; households with θ = 0 act first (Granovetter's
 * instigators; the scenario's extra instigators are off, seedShare 0) and trust does not shift the
 * thresholds (trustWeight 0). On a complete graph of 400 households the participating share of one's
 * ties is the crowd's share, as in Granovetter's well-mixed model.
 *
 * Expected (Granovetter 1978; mean-field fixed point r = Φ((r − 0.25)/σ) computed below): the final
 * share stays near 0 for small σ, rises to about 5–6 % just below σ* ≈ 0.122, and jumps to 100 %
 * once σ crosses σ*.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { participationCascade, startRound } from '../../agents/resident-participation.js';
import { completeGraphWorld, median } from './fixtures.js';

const N = 400;
const SEEDS = 12;
const SIGMAS = [0.05, 0.08, 0.1, 0.11, 0.115, 0.12, 0.125, 0.13, 0.14, 0.15, 0.2];

/** Normal CDF via erf (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
function phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** Granovetter's equilibrium for an infinite crowd: iterate r ← F(r) from r = 0. */
function meanFieldShare(sigma: number): number {
  let r = 0;
  for (let i = 0; i < 100_000; i++) {
    const next = phi((r - 0.25) / sigma);
    if (Math.abs(next - r) < 1e-12) return next;
    r = next;
  }
  return r;
}

function finalShare(sigma: number, seed: number): number {
  const w = completeGraphWorld(N, seed, {
    participation: { threshold: { mean: 0.25, sd: sigma }, seedShare: 0, trustWeight: 0 },
  });
  const c = w.communities[0];
  startRound(w, c);
  return participationCascade(w, c) / w.households.count;
}

describe('validation 2: Granovetter tipping with the model’s participation cascade', () => {
  const medians = new Map<number, number>();
  let jump = Number.NaN;
  beforeAll(() => {
    for (const sigma of SIGMAS) {
      const shares = Array.from({ length: SEEDS }, (_, k) => finalShare(sigma, k + 1));
      medians.set(sigma, median(shares));
    }
    jump = SIGMAS.find((s) => medians.get(s)! > 0.5) ?? Number.NaN;
  });

  it('mean-field reference: the low equilibrium vanishes at σ* = 0.1222 (share just below ≈ 5.5 %)', () => {
    expect(meanFieldShare(0.122)).toBeGreaterThan(0.05);
    expect(meanFieldShare(0.122)).toBeLessThan(0.07);
    expect(meanFieldShare(0.1225)).toBeGreaterThan(0.99);
  });

  it('small σ: participation stays near zero (σ = 0.05: < 0.5 %; σ ≤ 0.11: < 7 %)', () => {
    expect(medians.get(0.05)!).toBeLessThan(0.005);
    for (const s of [0.08, 0.1, 0.11]) expect(medians.get(s)!).toBeLessThan(0.07);
  });

  it('the jump: the median final share first exceeds 50 % at σ in [0.115, 0.135] (measured 0.125)', () => {
    expect(jump).toBeGreaterThanOrEqual(0.115);
    expect(jump).toBeLessThanOrEqual(0.135);
    const before = SIGMAS[SIGMAS.indexOf(jump) - 1];
    // Just below the jump a few per cent take part (mean field 4–5.5 %; Granovetter's "about 6 %").
    expect(medians.get(before)!).toBeGreaterThan(0.01);
    expect(medians.get(before)!).toBeLessThan(0.07);
  });

  it('beyond the jump participation is about 100 % (σ ≥ 0.14: median ≥ 99 %)', () => {
    for (const s of [0.14, 0.15, 0.2]) expect(medians.get(s)!).toBeGreaterThanOrEqual(0.99);
  });
});
