/**
 * Work buffers of one world (`world.scratch`), so the agents' hot loops allocate nothing per tick
 * and two worlds in one thread never share a buffer. Buffers hold no state between calls unless
 * their comment says so (`roundSeeds`); callers use only the first n entries of a growing buffer
 * and must not hold it across calls.
 */

/** Means over a community's households, each in 0..1 (agents/resident-trust.ts `communityMeans`). */
export interface CommunityMeans {
  awareness: number;
  trust: number;
  opinion: number;
  participation: number;
}

/** The work buffers of a world, created by {@link newScratch} when the world is built. */
export interface Scratch {
  /** Int32 work array for one community's households (opinion order, participation work list). */
  ints: Int32Array;
  /** Float64 work array for one community's households (valuations before a plan revision). */
  floats: Float64Array;
  /**
   * Per household, 1 = instigator of the current consultation round (drawn at the round's start,
   * read by every month's cascade of that round): state kept across ticks, not a work array.
   */
  roundSeeds: Uint8Array;
  /** Per community id: elevators installed (monthly maintenance). */
  installed: Int32Array;
  /** Damaged community ids in triage order (recovery), first n entries used. */
  recoveryOrder: Int32Array;
  /** Per community id: functionality deficit Σ before this month's repairs (recovery). */
  recoveryDeficit: Float64Array;
  /** Sampled NPVs of one bundle valuation (length = enterprises.valuationDraws). */
  valuationDraws: Float64Array;
  /** Default output of `communityMeans`, overwritten by its next call. */
  means: CommunityMeans;
}

/** Buffers for a world of `households` households and `communities` communities. */
export function newScratch(households: number, communities: number, valuationDraws: number): Scratch {
  return {
    ints: new Int32Array(0),
    floats: new Float64Array(0),
    roundSeeds: new Uint8Array(households),
    installed: new Int32Array(communities),
    recoveryOrder: new Int32Array(communities),
    recoveryDeficit: new Float64Array(communities),
    valuationDraws: new Float64Array(valuationDraws),
    means: { awareness: 0, trust: 0, opinion: 0, participation: 0 },
  };
}

/** `scratch.ints` with at least n entries (grown, never shrunk; contents undefined). */
export function scratchInts(scratch: Scratch, n: number): Int32Array {
  if (scratch.ints.length < n) scratch.ints = new Int32Array(Math.max(n, 2 * scratch.ints.length));
  return scratch.ints;
}

/** `scratch.floats` with at least n entries (grown, never shrunk; contents undefined). */
export function scratchFloats(scratch: Scratch, n: number): Float64Array {
  if (scratch.floats.length < n) scratch.floats = new Float64Array(Math.max(n, 2 * scratch.floats.length));
  return scratch.floats;
}
