/**
 * Seeded random streams. Every random number in a run comes from a stream derived from
 * (base seed, run index, purpose), so a run is reproducible on its own, independent of how
 * many workers run the ensemble or in what order runs finish. Model code never calls Math.random.
 */
import seedrandom from 'seedrandom';

/** A deterministic random source with the draws the model needs. */
export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform integer on [0, n). */
  int(n: number): number;
  /** Uniform on [lo, hi). */
  uniform(lo: number, hi: number): number;
  /** Normal draw (Box–Muller, one value per call). */
  normal(mean: number, sd: number): number;
  /** Lognormal draw parameterised by its arithmetic mean and coefficient of variation. */
  lognormalMeanCv(mean: number, cv: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** Poisson draw (Knuth for small means, normal approximation above 50). */
  poisson(mean: number): number;
  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** Shuffle a typed index array in place. */
  shuffleIndices(items: Int32Array | Uint32Array): void;
}

/** 32-bit FNV-1a hash of a string, used to mix seeds with stream purposes. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The seed of run `runIndex` of an ensemble with base seed `baseSeed`: a pure function of the two,
 * fixed before dispatch (rule: FNV-1a of "cogov-run:<base>:<index>", as an unsigned 32-bit integer).
 */
export function runSeed(baseSeed: number, runIndex: number): number {
  return hash32(`cogov-run:${baseSeed}:${runIndex}`);
}

/** The rule `runSeed` applies, stated for manifests. */
export const RUN_SEED_RULE = 'seed(run i) = FNV-1a-32("cogov-run:<base seed>:<i>")';

/** A stream for one purpose of one run: xor4096 seeded with "<run seed>/<purpose>". */
export function makeRng(seed: number, purpose: string): Rng {
  return wrap(seedrandom.xor4096(`${seed}/${purpose}`));
}

function wrap(prng: () => number): Rng {
  let spare = Number.NaN;
  const next = (): number => prng();
  const normal01 = (): number => {
    if (!Number.isNaN(spare)) {
      const s = spare;
      spare = Number.NaN;
      return s;
    }
    let u = 0;
    while (u <= Number.EPSILON) u = prng();
    const v = prng();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (n) => Math.floor(prng() * n),
    uniform: (lo, hi) => lo + (hi - lo) * prng(),
    normal: (mean, sd) => mean + sd * normal01(),
    lognormalMeanCv: (mean, cv) => {
      if (cv <= 0) return mean;
      const s2 = Math.log(1 + cv * cv);
      const mu = Math.log(mean) - s2 / 2;
      return Math.exp(mu + Math.sqrt(s2) * normal01());
    },
    chance: (p) => prng() < p,
    poisson: (mean) => {
      if (mean <= 0) return 0;
      if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal01()));
      const l = Math.exp(-mean);
      let k = 0;
      let p = 1;
      do {
        k++;
        p *= prng();
      } while (p > l);
      return k - 1;
    },
    shuffle: <T>(items: T[]): T[] => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(prng() * (i + 1));
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
      return items;
    },
    shuffleIndices: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(prng() * (i + 1));
        const t = items[i];
        items[i] = items[j];
        items[j] = t;
      }
    },
  };
}
