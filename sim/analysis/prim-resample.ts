/**
 * How stable a PRIM box is: PRIM re-run on random subsets of the cases (half of them by default, as
 * EMA Workbench's `resample` does), each box chosen by the same density threshold, and for every
 * input the share of the subsets whose box restricts it. A box whose inputs come back in most
 * subsets rests on the data, not on a few lucky cases. Subsets come from seeded streams
 * (sim/kernel/rng.ts), one per subset: the same seed gives the same shares. Pure.
 */
import { makeRng } from '../kernel/rng.js';
import { DiscoveryInputError, type DiscoveryInput } from './prim-box.js';
import { chooseStep, type PrimOptions, primTrajectory } from './prim.js';

/** Options of the resampling. */
export interface ResampleOptions extends PrimOptions {
  /** Subsets to draw (default 20). */
  resamples?: number;
  /** Share of the cases in each subset (default 0.5). */
  fraction?: number;
  /** Seed of the subsets. */
  seed: number;
  /** Density threshold that chooses each subset's box (as {@link chooseStep}). */
  threshold: number;
}

/** The resampling's result. */
export interface ResampleStability {
  /** Subsets drawn, and those PRIM could run on (some hold no case of interest, or only such cases). */
  resamples: number;
  usable: number;
  /** Per input (input order): share of the usable subsets whose box restricts it. */
  restrictedShare: number[];
  /** Share of the usable subsets whose box restricts exactly `reference` (the chosen box's inputs). */
  sameInputsShare: number;
}

/** Draw `count` of `n` row indices without replacement, returned in ascending order. */
function subset(n: number, count: number, seed: number, r: number): number[] {
  const rng = makeRng(seed, `prim-resample/${r}`);
  const idx = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + rng.int(n - i);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx.slice(0, count).sort((a, b) => a - b);
}

/**
 * Re-run PRIM on `resamples` seeded subsets and count how often each input is restricted in the
 * box each subset chooses; `reference` = the inputs restricted by the box of all the cases.
 */
export function primStability(
  inputs: readonly DiscoveryInput[],
  y: ArrayLike<number>,
  reference: readonly number[],
  options: ResampleOptions,
): ResampleStability {
  const R = options.resamples ?? 20;
  const count = Math.max(1, Math.round(y.length * (options.fraction ?? 0.5)));
  const hits = new Array<number>(inputs.length).fill(0);
  let usable = 0;
  let same = 0;
  const key = [...reference].sort((a, b) => a - b).join(',');
  for (let r = 0; r < R; r++) {
    const rows = subset(y.length, count, options.seed, r);
    const sub = inputs.map(
      (d): DiscoveryInput =>
        d.kind === 'numeric'
          ? { ...d, values: Float64Array.from(rows, (i) => d.values[i]) }
          : { ...d, values: rows.map((i) => d.values[i]) },
    );
    const ys = Float64Array.from(rows, (i) => y[i]);
    let restricted: number[];
    try {
      const t = primTrajectory(sub, ys, options);
      restricted = t.steps[chooseStep(t, options.threshold)].restricted;
    } catch (err) {
      if (err instanceof DiscoveryInputError) continue;
      throw err;
    }
    usable++;
    for (const j of restricted) hits[j]++;
    if (restricted.join(',') === key) same++;
  }
  return {
    resamples: R,
    usable,
    restrictedShare: hits.map((h) => (usable > 0 ? h / usable : Number.NaN)),
    sameInputsShare: usable > 0 ? same / usable : Number.NaN,
  };
}
