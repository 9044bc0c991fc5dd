/**
 * Reusable work arrays for the residents' per-community loops, so the hot paths allocate nothing
 * per household per tick. Arrays grow to the largest size asked for and are then reused; callers
 * use only the first n entries and must not hold them across calls. The engine is single-threaded
 * per run (workers run whole runs), so module-level buffers are safe.
 */
import type { World } from '../sim/world/state.js';

let ints = new Int32Array(0);
let floats = new Float64Array(0);

/** A work Int32Array of at least n entries (contents undefined). */
export function scratchInts(n: number): Int32Array {
  if (ints.length < n) ints = new Int32Array(Math.max(n, 2 * ints.length));
  return ints;
}

/** A work Float64Array of at least n entries (contents undefined). */
export function scratchFloats(n: number): Float64Array {
  if (floats.length < n) floats = new Float64Array(Math.max(n, 2 * floats.length));
  return floats;
}

const seedFlags = new WeakMap<World, Uint8Array>();

/**
 * Per-household "instigator this round" flags of a world (1 = takes part in the current
 * consultation round regardless of its threshold), kept beside the world rather than in its state.
 */
export function roundSeeds(world: World): Uint8Array {
  let s = seedFlags.get(world);
  if (s === undefined || s.length !== world.households.count) {
    s = new Uint8Array(world.households.count);
    seedFlags.set(world, s);
  }
  return s;
}
