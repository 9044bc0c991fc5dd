/**
 * Well-mixed agent-based mode of the tripartite game: three populations of N agents each
 * (governments active/passive, enterprises participate/stay out, residents support/oppose).
 *
 * Revision protocol: pairwise proportional imitation (Helbing 1992; Schlag 1998) with random
 * sequential (asynchronous) updating. A step is N revision rounds; in each round one uniformly drawn
 * agent of each population (governments, then enterprises, then residents) draws a uniformly drawn
 * peer of its own population. When the two play different strategies, the one playing the
 * cooperative strategy (active, participate, support) plays an encounter with a uniformly drawn
 * member of each other population, at their current strategies, and earns the payoff difference Δ of
 * its population at that pure profile; the other earns 0 (only differences matter to imitation, so
 * the other strategy is the reference). The reviser adopts the peer's strategy with probability
 * max(0, π_peer − π_own) / K, K = the largest |Δ| over pure profiles ({@link payoffBound}).
 *
 * Time scaling: the expected change of a cooperative share x per revision is x(1−x)·E[Δ]/(K·N), and
 * E[Δ] = Δ(y, z) because Δ is multilinear and the encounter draws are independent. So one step
 * (N revisions per population, i.e. one revision per agent on average) is 1/K units of ODE time,
 * and as N → ∞ the shares follow the replicator ODE itself (Kurtz 1970; Sandholm 2010, ch. 10).
 * A synchronous update (every agent revising at once) would instead follow the Euler map of step
 * 1/K, which for the default parameters strays up to 0.047 from the ODE path.
 * Random numbers come from one seeded stream per run (`sim/kernel/rng.ts`, purpose "game").
 *
 * Mutation (exploration), rate μ (default 0): before each revision the reviser, with probability μ,
 * ignores its peer and takes a strategy drawn uniformly from its two (so with probability μ/2 it
 * switches). In a finite population imitation alone never brings back a strategy that nobody plays:
 * once a share reaches 0 or 1 it stays there, even at a corner that is not an ESS. With μ > 0 the
 * mean-field drift becomes (1−μ)·x(1−x)·Δ/K + μ(1/2 − x) per revision, so the shares hover near,
 * not at, a stable corner (about μK/(2|λ|) away, λ its eigenvalue). μ = 0 draws no extra random
 * numbers, so runs without mutation are those of earlier versions, draw for draw.
 */
import { makeRng, runSeed } from '../kernel/rng.js';
import { type Deltas, type Path, payoffBound, renewalDeltas } from './replicator.js';
import type { Payoffs, Start } from './schema.js';

/** Options of an agent-based run. */
export interface AbmOptions {
  /** Agents per population. */
  agents: number;
  /** Steps to run (ODE time = steps / K). */
  steps: number;
  /** Seed of the run's stream (purpose "game"). */
  seed: number;
  /** Mutation (exploration) rate μ in [0, 1]: chance a revision takes a uniformly random strategy. */
  mutation?: number;
}

/** Set round(share·n) agents to the cooperative strategy (1), the rest to 0. */
function initial(n: number, share: number): Uint8Array {
  const s = new Uint8Array(n);
  s.fill(1, 0, Math.round(share * n));
  return s;
}

function count(s: Uint8Array): number {
  let c = 0;
  for (let i = 0; i < s.length; i++) c += s[i];
  return c;
}

/**
 * One seeded agent-based run from `start` (round(share·N) cooperators per population): the shares
 * (x, y, z) after each step; record 0 is the start, record k is at ODE time k/K. Deterministic for a
 * given seed.
 */
export function runAbm(p: Payoffs, start: Start, opts: AbmOptions): Path {
  return runAbmDeltas(renewalDeltas(p), payoffBound(p), start, opts);
}

/**
 * {@link runAbm} for any payoff differences `d` whose largest |Δ| over pure profiles is `K` (the
 * imitation probabilities' scale; one step = 1/K ODE time).
 */
export function runAbmDeltas(d: Deltas, K: number, start: Start, opts: AbmOptions): Path {
  const n = opts.agents;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`agents must be an integer ≥ 1, got ${n}`);
  const mu = opts.mutation ?? 0;
  if (!(mu >= 0 && mu <= 1)) throw new RangeError(`mutation must be in [0, 1], got ${mu}`);
  const rng = makeRng(opts.seed, 'game');
  const pop = [initial(n, start[0]), initial(n, start[1]), initial(n, start[2])];
  const on = [count(pop[0]), count(pop[1]), count(pop[2])];
  const steps = opts.steps;
  const path: Path = {
    t: new Float64Array(steps + 1),
    x: new Float64Array(steps + 1),
    y: new Float64Array(steps + 1),
    z: new Float64Array(steps + 1),
  };
  const record = (k: number) => {
    path.t[k] = K > 0 ? k / K : 0;
    path.x[k] = on[0] / n;
    path.y[k] = on[1] / n;
    path.z[k] = on[2] / n;
  };
  // Payoff of a cooperator of population q in one encounter (the other two drawn at random).
  const encounter = (q: number): number => {
    if (q === 0) return d.dx(pop[1][rng.int(n)], pop[2][rng.int(n)]);
    if (q === 1) return d.dy(pop[0][rng.int(n)], pop[2][rng.int(n)]);
    return d.dz(pop[0][rng.int(n)], pop[1][rng.int(n)]);
  };
  record(0);
  if (K > 0 || mu > 0) {
    for (let k = 1; k <= steps; k++) {
      for (let m = 0; m < n; m++) {
        for (let q = 0; q < 3; q++) {
          const s = pop[q];
          const i = rng.int(n);
          if (mu > 0 && rng.next() < mu) {
            const v = rng.int(2);
            on[q] += v - s[i];
            s[i] = v;
            continue;
          }
          const j = rng.int(n);
          if (s[i] === s[j]) continue;
          const a = encounter(q);
          // The cooperator earns a, the other 0: gain of the reviser i from imitating j.
          const gain = s[j] === 1 ? a : -a;
          if (gain > 0 && K > 0 && rng.next() * K < gain) {
            s[i] = s[j];
            on[q] += s[j] === 1 ? 1 : -1;
          }
        }
      }
      record(k);
    }
  } else {
    for (let k = 1; k <= steps; k++) record(k);
  }
  return path;
}

/**
 * The mean path of `runs` seeded runs (run r uses seed runSeed(baseSeed, r)): what the validation
 * compares with the ODE.
 */
export function meanAbm(
  p: Payoffs,
  start: Start,
  opts: { agents: number; steps: number; runs: number; baseSeed: number },
): Path {
  let mean: Path | undefined;
  for (let r = 0; r < opts.runs; r++) {
    const one = runAbm(p, start, { agents: opts.agents, steps: opts.steps, seed: runSeed(opts.baseSeed, r) });
    if (!mean) {
      mean = one;
      continue;
    }
    for (let k = 0; k < one.t.length; k++) {
      mean.x[k] += one.x[k];
      mean.y[k] += one.y[k];
      mean.z[k] += one.z[k];
    }
  }
  if (!mean) throw new RangeError(`runs must be ≥ 1, got ${opts.runs}`);
  for (let k = 0; k < mean.t.length; k++) {
    mean.x[k] /= opts.runs;
    mean.y[k] /= opts.runs;
    mean.z[k] /= opts.runs;
  }
  return mean;
}
