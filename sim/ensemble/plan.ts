/**
 * The plan of an ensemble, fixed before anything runs: which run indices this invocation owns (all of
 * them, or one shard) and the seed of each, derived from (base seed, run index) alone. Nothing here
 * depends on the number of workers or on the order in which runs finish.
 */
import { runSeed } from '../kernel/rng.js';

/** Largest ensemble accepted (the scenario schema's bound on `ensemble.runs`). */
export const MAX_RUNS = 100_000;
/** Largest base seed (unsigned 32-bit). */
export const MAX_SEED = 4_294_967_295;

/** Shard k of n (1-based k). */
export interface Shard {
  k: number;
  n: number;
}

/** The run indices one invocation covers: the half-open range [first, end) of 0..runs-1. */
export interface RunRange {
  first: number;
  end: number;
}

/**
 * The run indices of shard k/n of an ensemble of `runs` runs: contiguous blocks,
 * [floor((k−1)·runs/n), floor(k·runs/n)). Blocks differ in size by at most one run and together
 * cover 0..runs−1 exactly once; with n = runs, shard k is run k−1 alone.
 */
export function shardRange(runs: number, shard: Shard | undefined): RunRange {
  if (!shard) return { first: 0, end: runs };
  return { first: Math.floor(((shard.k - 1) * runs) / shard.n), end: Math.floor((shard.k * runs) / shard.n) };
}

/** Parse "k/n" (1 ≤ k ≤ n); undefined when the text is not of that form. */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && n >= 1 && k <= n ? { k, n } : undefined;
}

/** "k/n". */
export function shardLabel(shard: Shard): string {
  return `${shard.k}/${shard.n}`;
}

/** One run to do: its index in the ensemble and its seed. */
export interface PlannedRun {
  index: number;
  seed: number;
}

/** The runs of `range` not yet done, in index order, each with its seed. */
export function planRuns(baseSeed: number, range: RunRange, done: (index: number) => boolean): PlannedRun[] {
  const todo: PlannedRun[] = [];
  for (let i = range.first; i < range.end; i++)
    if (!done(i)) todo.push({ index: i, seed: runSeed(baseSeed, i) });
  return todo;
}
