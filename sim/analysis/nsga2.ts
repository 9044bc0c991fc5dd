/**
 * NSGA-II (Deb, Pratap, Agarwal & Meyarivan 2002, IEEE TEC 6(2)) over mixed genes: real and integer
 * genes by simulated binary crossover (SBX, Deb & Agrawal 1995, bounded form of Deb's reference
 * code: per pair with probability `crossoverProbability`, per gene with probability ½) and
 * polynomial mutation (bounded form, per gene with probability `mutationProbability`, default 1/n);
 * integer genes are rounded after both. Boolean and categorical genes: uniform crossover (swap with
 * probability ½) and mutation by flipping / drawing another value. Parents are chosen by binary
 * tournament on the crowded comparison (rank, then crowding distance). Survivor selection and
 * ranking are in pareto.ts. All randomness comes from the one stream passed in, so a seed fixes the
 * whole search.
 *
 * The search is split into steps (`initialGenes`, `offspring`, `rankPoints`, `selectSurvivors`) so
 * that a driver may evaluate candidates however it likes (cogov runs them on worker threads);
 * {@link minimise} is the plain loop over a function, for test problems.
 */
import type { Rng } from '../kernel/rng.js';
import { crowdedCompare, type Ranking, type RankedPoint, rankPoints, selectSurvivors } from './pareto.js';

/** One gene: a real or integer value within bounds, a boolean (0/1), or a category index (0..k−1). */
export type GeneSpec =
  | { type: 'real'; lo: number; hi: number }
  | { type: 'integer'; lo: number; hi: number }
  | { type: 'boolean' }
  | { type: 'categorical'; count: number };

/** Variation settings; Deb's standard values by default. */
export interface VariationParams {
  /** SBX distribution index η_c (default 15). */
  crossoverEta: number;
  /** Probability that a pair of parents is crossed (default 0.9). */
  crossoverProbability: number;
  /** Polynomial mutation distribution index η_m (default 20). */
  mutationEta: number;
  /** Per-gene mutation probability (default 1/n). */
  mutationProbability: number;
}

/** Default variation settings for `n` genes. */
export function defaultVariation(n: number): VariationParams {
  return {
    crossoverEta: 15,
    crossoverProbability: 0.9,
    mutationEta: 20,
    mutationProbability: 1 / Math.max(1, n),
  };
}

/** `n` random gene vectors, each gene uniform over its domain. */
export function initialGenes(specs: readonly GeneSpec[], n: number, rng: Rng): number[][] {
  return Array.from({ length: n }, () =>
    specs.map((s) => {
      switch (s.type) {
        case 'real':
          return rng.uniform(s.lo, s.hi);
        case 'integer':
          return Math.min(s.hi, Math.max(s.lo, Math.round(rng.uniform(s.lo - 0.5, s.hi + 0.5))));
        case 'boolean':
          return rng.int(2);
        default:
          return rng.int(s.count);
      }
    }),
  );
}

/** Binary tournament on the crowded comparison: the index of the winner among the population. */
function tournament(ranking: Ranking, size: number, rng: Rng): number {
  const a = rng.int(size);
  const b = rng.int(size);
  return crowdedCompare(ranking, a, b) <= 0 ? a : b;
}

/** SBX of two values within [lo, hi] (Deb's bounded form); returns the two children. */
function sbx(x1: number, x2: number, lo: number, hi: number, eta: number, rng: Rng): [number, number] {
  if (Math.abs(x1 - x2) <= 1e-14) return [x1, x2];
  const y1 = Math.min(x1, x2);
  const y2 = Math.max(x1, x2);
  const u = rng.next();
  const betaq = (beta: number) => {
    const alpha = 2 - beta ** -(eta + 1);
    return u <= 1 / alpha ? (u * alpha) ** (1 / (eta + 1)) : (1 / (2 - u * alpha)) ** (1 / (eta + 1));
  };
  const c1 = 0.5 * (y1 + y2 - betaq(1 + (2 * (y1 - lo)) / (y2 - y1)) * (y2 - y1));
  const c2 = 0.5 * (y1 + y2 + betaq(1 + (2 * (hi - y2)) / (y2 - y1)) * (y2 - y1));
  const a = Math.min(hi, Math.max(lo, c1));
  const b = Math.min(hi, Math.max(lo, c2));
  return rng.next() < 0.5 ? [b, a] : [a, b];
}

/** Polynomial mutation of a value within [lo, hi] (Deb's bounded form). */
function polynomialMutation(y: number, lo: number, hi: number, eta: number, rng: Rng): number {
  if (!(hi > lo)) return y;
  const d1 = (y - lo) / (hi - lo);
  const d2 = (hi - y) / (hi - lo);
  const u = rng.next();
  const pow = 1 / (eta + 1);
  let dq: number;
  if (u < 0.5) {
    const v = 2 * u + (1 - 2 * u) * (1 - d1) ** (eta + 1);
    dq = v ** pow - 1;
  } else {
    const v = 2 * (1 - u) + 2 * (u - 0.5) * (1 - d2) ** (eta + 1);
    dq = 1 - v ** pow;
  }
  return Math.min(hi, Math.max(lo, y + dq * (hi - lo)));
}

function mutate(genes: number[], specs: readonly GeneSpec[], p: VariationParams, rng: Rng): void {
  specs.forEach((s, j) => {
    if (!rng.chance(p.mutationProbability)) return;
    switch (s.type) {
      case 'real':
        genes[j] = polynomialMutation(genes[j], s.lo, s.hi, p.mutationEta, rng);
        break;
      case 'integer':
        // Mutate over [lo − ½, hi + ½] so the end values are as reachable as the inner ones.
        genes[j] = Math.min(
          s.hi,
          Math.max(
            s.lo,
            Math.round(polynomialMutation(genes[j], s.lo - 0.5, s.hi + 0.5, p.mutationEta, rng)),
          ),
        );
        break;
      case 'boolean':
        genes[j] = 1 - genes[j];
        break;
      case 'categorical':
        if (s.count > 1) genes[j] = (genes[j] + 1 + rng.int(s.count - 1)) % s.count;
        break;
    }
  });
}

/**
 * `n` children of the population `genes` (ranked by `ranking`): pairs of tournament winners,
 * crossed and mutated.
 */
export function offspring(
  genes: readonly (readonly number[])[],
  ranking: Ranking,
  specs: readonly GeneSpec[],
  n: number,
  p: VariationParams,
  rng: Rng,
): number[][] {
  const out: number[][] = [];
  while (out.length < n) {
    const a = [...genes[tournament(ranking, genes.length, rng)]];
    const b = [...genes[tournament(ranking, genes.length, rng)]];
    if (rng.chance(p.crossoverProbability)) {
      specs.forEach((s, j) => {
        if (!rng.chance(0.5)) return;
        if (s.type === 'real' || s.type === 'integer') {
          const lo = s.type === 'integer' ? s.lo - 0.5 : s.lo;
          const hi = s.type === 'integer' ? s.hi + 0.5 : s.hi;
          const [c1, c2] = sbx(a[j], b[j], lo, hi, p.crossoverEta, rng);
          const fix = (v: number) =>
            s.type === 'integer' ? Math.min(s.hi, Math.max(s.lo, Math.round(v))) : v;
          a[j] = fix(c1);
          b[j] = fix(c2);
        } else {
          const t = a[j];
          a[j] = b[j];
          b[j] = t;
        }
      });
    }
    mutate(a, specs, p, rng);
    mutate(b, specs, p, rng);
    out.push(a);
    if (out.length < n) out.push(b);
  }
  return out;
}

/** A test problem: genes → objective values (minimised) and total constraint violation. */
export type Problem = (x: readonly number[]) => RankedPoint;

/** Settings of {@link minimise}. */
export interface MinimiseOptions {
  population: number;
  generations: number;
  variation?: Partial<VariationParams>;
}

/** The final population of {@link minimise}: genes, points and ranking. */
export interface MinimiseResult {
  genes: number[][];
  points: RankedPoint[];
  ranking: Ranking;
  evaluations: number;
}

/** NSGA-II on a function: the plain loop (initial population, then generations of μ + λ selection). */
export function minimise(
  problem: Problem,
  specs: readonly GeneSpec[],
  opts: MinimiseOptions,
  rng: Rng,
): MinimiseResult {
  const p = { ...defaultVariation(specs.length), ...opts.variation };
  let genes = initialGenes(specs, opts.population, rng);
  let points = genes.map(problem);
  let ranking = rankPoints(points);
  let evaluations = genes.length;
  for (let g = 0; g < opts.generations; g++) {
    const kids = offspring(genes, ranking, specs, opts.population, p, rng);
    const allGenes = [...genes, ...kids];
    const all = [...points, ...kids.map(problem)];
    evaluations += kids.length;
    const keep = selectSurvivors(rankPoints(all), opts.population);
    genes = keep.map((i) => allGenes[i]);
    points = keep.map((i) => all[i]);
    ranking = rankPoints(points);
  }
  return { genes, points, ranking, evaluations };
}
