/**
 * Morris elementary effects (Morris 1991; μ* of Campolongo, Cariboni & Saltelli 2007): r random
 * one-at-a-time trajectories on a p-level grid of the unit hypercube, step Δ = p / (2(p − 1)). Each
 * trajectory starts at a random grid point whose coordinates all leave room for a step of Δ, visits
 * the factors in a random order and moves each once, up or down by Δ, so it has k + 1 points. The
 * elementary effect of factor i is ΔY / (±Δ) in unit coordinates (the change of the output over the
 * factor's whole range, were the model linear); μ is their mean, μ* the mean of their absolute
 * values (importance) and σ their sample sd (non-linearity or interactions).
 */
import type { Rng } from '../kernel/rng.js';
import { mean, percentile, sampleSd } from '../kernel/stats.js';

/** The points of a Morris design and which factor each step moves. */
export interface MorrisLayout {
  factors: number;
  trajectories: number;
  levels: number;
  /** Δ in unit coordinates. */
  delta: number;
  /** Unit coordinates, row-major, (factors + 1) × trajectories rows of `factors` values. */
  unit: Float64Array;
  /** Factor moved by step s (trajectory t, step j = 1..k is s = t·k + j − 1). */
  stepFactor: Int32Array;
  /** Signed change of that factor (+Δ or −Δ). */
  stepDelta: Float64Array;
}

/** Morris's step for p levels: Δ = p / (2(p − 1)). */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** Sample r trajectories for k factors on a p-level grid (p even, ≥ 2). */
export function morrisSample(k: number, r: number, p: number, rng: Rng): MorrisLayout {
  if (p < 2 || p % 2 !== 0) throw new RangeError(`Morris levels must be even and ≥ 2, got ${p}`);
  const delta = morrisDelta(p);
  const unit = new Float64Array((k + 1) * r * k);
  const stepFactor = new Int32Array(r * k);
  const stepDelta = new Float64Array(r * k);
  const x = new Float64Array(k);
  const dir = new Int8Array(k);
  const order = new Int32Array(k);
  for (let t = 0; t < r; t++) {
    for (let i = 0; i < k; i++) {
      const base = rng.int(p / 2) / (p - 1);
      dir[i] = rng.chance(0.5) ? 1 : -1;
      x[i] = dir[i] > 0 ? base : base + delta;
      order[i] = i;
    }
    rng.shuffleIndices(order);
    const row0 = t * (k + 1);
    unit.set(x, row0 * k);
    for (let j = 1; j <= k; j++) {
      const i = order[j - 1];
      x[i] = clampUnit(x[i] + dir[i] * delta);
      unit.set(x, (row0 + j) * k);
      stepFactor[t * k + j - 1] = i;
      stepDelta[t * k + j - 1] = dir[i] * delta;
    }
  }
  return { factors: k, trajectories: r, levels: p, delta, unit, stepFactor, stepDelta };
}

function clampUnit(v: number): number {
  // k/(p − 1) ± Δ can land a rounding error outside [0, 1].
  return Math.min(1, Math.max(0, Math.abs(v) < 1e-12 ? 0 : Math.abs(v - 1) < 1e-12 ? 1 : v));
}

/** Morris indices of one factor for one output. */
export interface MorrisIndex {
  /** Mean elementary effect (output units per unit-range of the factor). */
  mu: number;
  /** Mean absolute elementary effect. */
  muStar: number;
  /** Sample sd of the elementary effects. */
  sigma: number;
  /** Bootstrap 95 % interval of μ* (percentile; NaN without bootstrap). */
  muStarCi: [number, number];
  /** Elementary effects used (finite outputs at both ends). */
  n: number;
}

/**
 * Morris indices per factor from the outputs `y` (one per design point, in layout order). Steps with
 * a non-finite output at either end are skipped. `bootstrap` resamples of the trajectories (seeded by
 * `rng`) give the interval of μ*.
 */
export function morrisIndices(
  layout: MorrisLayout,
  y: ArrayLike<number>,
  bootstrap = 0,
  rng?: Rng,
): MorrisIndex[] {
  const { factors: k, trajectories: r } = layout;
  // ee[i][t]: the elementary effect of factor i in trajectory t (NaN when skipped).
  const ee = Array.from({ length: k }, () => new Float64Array(r).fill(Number.NaN));
  for (let t = 0; t < r; t++) {
    for (let j = 1; j <= k; j++) {
      const s = t * k + j - 1;
      const a = y[t * (k + 1) + j - 1];
      const b = y[t * (k + 1) + j];
      if (Number.isFinite(a) && Number.isFinite(b))
        ee[layout.stepFactor[s]][t] = (b - a) / layout.stepDelta[s];
    }
  }
  return ee.map((effects) => {
    const fin = effects.filter(Number.isFinite);
    const abs = fin.map(Math.abs);
    let ci: [number, number] = [Number.NaN, Number.NaN];
    if (bootstrap > 0 && rng && fin.length > 1) {
      const stats = new Float64Array(bootstrap);
      for (let b = 0; b < bootstrap; b++) {
        let s = 0;
        for (let i = 0; i < abs.length; i++) s += abs[rng.int(abs.length)];
        stats[b] = s / abs.length;
      }
      ci = [percentile(stats, 0.025), percentile(stats, 0.975)];
    }
    return { mu: mean(fin), muStar: mean(abs), sigma: sampleSd(fin), muStarCi: ci, n: fin.length };
  });
}

/** Trajectories below which Morris rankings are usually unstable (Campolongo et al. 2007 use 10–20). */
export const MORRIS_MIN_TRAJECTORIES = 10;
