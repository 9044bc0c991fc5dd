/**
 * Variance-based sensitivity: Sobol' first-order (S1) and total (ST) indices from Saltelli sampling.
 * Two independent n × k matrices A and B come from one 2k-dimensional base sample (the Sobol' sequence
 * with a seeded random digital shift, or seeded pseudo-random numbers); A_B^i is A with column i taken
 * from B. The model runs n(k + 2) times, in blocks of k + 2 rows per base row j: A_j, A_B^1_j …
 * A_B^k_j, B_j. Estimators (Saltelli et al. 2010, Table 2): S1_i = mean(f(B)(f(A_B^i) − f(A))) / V
 * (Saltelli 2010) and ST_i = mean((f(A) − f(A_B^i))²) / (2V) (Jansen 1999), with V the variance of
 * the 2n outputs of A and B. Bootstrap intervals resample the base rows (seeded).
 */
import type { Rng } from '../kernel/rng.js';
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from './sobol-sequence.js';
import { percentile, populationVariance } from '../kernel/stats.js';
import { type SensitivityWarning, warningText } from './warnings.js';

/** Largest factor count of a Sobol'-sequence base sample (2k dimensions). */
export const SOBOL_MAX_FACTORS = Math.floor(SOBOL_MAX_DIMENSIONS / 2);

/** Base samples below which indices are usually unstable (Saltelli et al. 2010 use 500 and more). */
export const SOBOL_MIN_N = 512;
/** Bootstrap interval width beyond which an index is reported as unstable. */
export const SOBOL_MAX_CI_WIDTH = 0.2;

/** A Saltelli design: n base rows of k + 2 points each. */
export interface SaltelliLayout {
  factors: number;
  n: number;
  sampler: 'sobol' | 'random';
  /** Unit coordinates, row-major: n(k + 2) rows of k values. */
  unit: Float64Array;
}

/** Sample a Saltelli design for k factors and n base rows. */
export function saltelliSample(k: number, n: number, sampler: 'sobol' | 'random', rng: Rng): SaltelliLayout {
  const dims = 2 * k;
  let base: Float64Array;
  if (sampler === 'sobol') {
    if (k > SOBOL_MAX_FACTORS) {
      throw new RangeError(`a Sobol'-sequence base sample supports at most ${SOBOL_MAX_FACTORS} factors`);
    }
    const shift = Array.from({ length: dims }, () => Math.floor(rng.next() * 2 ** 32) >>> 0);
    base = sobolPoints(n, dims, shift);
  } else {
    base = new Float64Array(n * dims);
    for (let i = 0; i < base.length; i++) base[i] = rng.next();
  }
  const rows = k + 2;
  const unit = new Float64Array(n * rows * k);
  for (let j = 0; j < n; j++) {
    const a = base.subarray(j * dims, j * dims + k);
    const b = base.subarray(j * dims + k, (j + 1) * dims);
    const at = (m: number) => (j * rows + m) * k;
    unit.set(a, at(0));
    for (let i = 0; i < k; i++) {
      unit.set(a, at(1 + i));
      unit[at(1 + i) + i] = b[i];
    }
    unit.set(b, at(k + 1));
  }
  return { factors: k, n, sampler, unit };
}

/** Sobol' indices of one factor for one output, with bootstrap 95 % intervals (percentile). */
export interface SobolIndex {
  s1: number;
  s1Ci: [number, number];
  st: number;
  stCi: [number, number];
}

/** Indices of every factor for one output, the output variance and warnings about stability. */
export interface SobolResult {
  indices: SobolIndex[];
  variance: number;
  /** Base rows used (those whose k + 2 outputs are all finite). */
  n: number;
  /** The warnings in English (the texts of {@link SobolResult.warningCodes}). */
  warnings: string[];
  /** The warnings as codes and values, to render in another language. */
  warningCodes: SensitivityWarning[];
}

/**
 * Sobol' indices from the outputs `y` (one per design point, in layout order). Base rows with any
 * non-finite output are dropped. `bootstrap` resamples (seeded by `rng`) give the intervals.
 */
export function sobolIndices(
  layout: SaltelliLayout,
  y: ArrayLike<number>,
  bootstrap: number,
  rng: Rng,
): SobolResult {
  const { factors: k } = layout;
  const rows = k + 2;
  const keep: number[] = [];
  for (let j = 0; j < layout.n; j++) {
    let ok = true;
    for (let m = 0; m < rows; m++) ok &&= Number.isFinite(y[j * rows + m]);
    if (ok) keep.push(j);
  }
  const n = keep.length;
  const fA = new Float64Array(n);
  const fB = new Float64Array(n);
  const fAB = Array.from({ length: k }, () => new Float64Array(n));
  keep.forEach((j, r) => {
    fA[r] = y[j * rows];
    fB[r] = y[j * rows + k + 1];
    for (let i = 0; i < k; i++) fAB[i][r] = y[j * rows + 1 + i];
  });

  const estimate = (pick: (r: number) => number) => {
    const all = new Float64Array(2 * n);
    for (let r = 0; r < n; r++) {
      all[r] = fA[pick(r)];
      all[n + r] = fB[pick(r)];
    }
    const v = populationVariance(all);
    const s1 = new Float64Array(k);
    const st = new Float64Array(k);
    for (let i = 0; i < k; i++) {
      let first = 0;
      let total = 0;
      for (let r = 0; r < n; r++) {
        const q = pick(r);
        first += fB[q] * (fAB[i][q] - fA[q]);
        total += (fA[q] - fAB[i][q]) ** 2;
      }
      s1[i] = v > 0 ? first / n / v : Number.NaN;
      st[i] = v > 0 ? total / (2 * n) / v : Number.NaN;
    }
    return { v, s1, st };
  };

  const point = estimate((r) => r);
  const bootS1 = Array.from({ length: k }, () => new Float64Array(bootstrap));
  const bootSt = Array.from({ length: k }, () => new Float64Array(bootstrap));
  if (n > 1) {
    const idx = new Int32Array(n);
    for (let b = 0; b < bootstrap; b++) {
      for (let r = 0; r < n; r++) idx[r] = rng.int(n);
      const e = estimate((r) => idx[r]);
      for (let i = 0; i < k; i++) {
        bootS1[i][b] = e.s1[i];
        bootSt[i][b] = e.st[i];
      }
    }
  }
  const ci = (xs: Float64Array): [number, number] => {
    const fin = xs.filter(Number.isFinite);
    return bootstrap > 0 && n > 1 && fin.length > 0
      ? [percentile(fin, 0.025), percentile(fin, 0.975)]
      : [Number.NaN, Number.NaN];
  };
  const indices = Array.from({ length: k }, (_, i) => ({
    s1: point.s1[i],
    s1Ci: ci(bootS1[i]),
    st: point.st[i],
    stCi: ci(bootSt[i]),
  }));
  const warningCodes = sobolWarnings(indices, point.v, n, layout.n);
  const warnings = warningCodes.map((w) => warningText('en', w));
  return { indices, variance: point.v, n, warnings, warningCodes };
}

function sobolWarnings(indices: SobolIndex[], v: number, n: number, planned: number): SensitivityWarning[] {
  const w: SensitivityWarning[] = [];
  if (!(v > 0)) {
    w.push({ code: 'sobolConstant', vars: {} });
    return w;
  }
  if (n < planned) w.push({ code: 'sobolRowsDropped', vars: { dropped: planned - n, planned } });
  if (n < SOBOL_MIN_N) w.push({ code: 'sobolTooSmall', vars: { n, min: SOBOL_MIN_N } });
  const wide = indices.filter(
    (s) => s.s1Ci[1] - s.s1Ci[0] > SOBOL_MAX_CI_WIDTH || s.stCi[1] - s.stCi[0] > SOBOL_MAX_CI_WIDTH,
  ).length;
  if (wide > 0) w.push({ code: 'sobolWideIntervals', vars: { wide, width: SOBOL_MAX_CI_WIDTH } });
  return w;
}
