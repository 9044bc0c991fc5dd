/**
 * Residents' participation in a consultation round (MODEL.md §7.3, §7.6; Granovetter 1978).
 *
 * Rule: an aware household takes part in the current round when the participating share of its ties
 * (over all its ties, aware or not) is at least θ_i − β·(trust_i − 0.5), β = participation.trustWeight;
 * a household without ties takes part only when that effective threshold is ≤ 0. At the start of each
 * round a `seedShare` of households is drawn as instigators, who take part as soon as they are aware;
 * trained resident representatives (leader = 1, the renewal academy's graduates) instigate every round.
 * Participation, once taken, lasts for the round. Each month the threshold cascade runs to its fixed
 * point: the rule is monotone, so the least fixed point above the current participants is unique and
 * independent of update order; a work list of households whose ties just joined reaches it in
 * O(households + ties).
 */
import { scratchInts } from '../sim/world/scratch.js';
import type { Community, World } from '../sim/world/state.js';

/**
 * Start a round for community c: clear `participating` and draw each household's instigator flag
 * with probability participation.seedShare (residents stream).
 */
export function startRound(world: World, c: Community): void {
  const hh = world.households;
  const seeds = world.scratch.roundSeeds;
  const rng = world.streams.residents;
  const p = world.scenario.residents.participation.seedShare;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    hh.participating[h] = 0;
    // Trained representatives (academy graduates) instigate every round; the draw is made anyway so
    // the residents stream is the same with or without them.
    seeds[h] = rng.next() < p || hh.leader[h] === 1 ? 1 : 0;
  }
}

function joins(world: World, h: number, seed: number): boolean {
  const hh = world.households;
  if (hh.aware[h] !== 1 || hh.participating[h] === 1) return false;
  if (seed === 1) return true;
  const beta = world.scenario.residents.participation.trustWeight;
  const theta = hh.threshold[h] - beta * (hh.trust[h] - 0.5);
  const t0 = hh.tieStart[h];
  const deg = hh.tieStart[h + 1] - t0;
  if (deg === 0) return theta <= 0;
  let on = 0;
  for (let t = t0; t < t0 + deg; t++) on += hh.participating[hh.tieIdx[t]];
  return on >= theta * deg;
}

/**
 * Run the threshold cascade of community c to its fixed point (deterministic, no random draws).
 *
 * @returns participating households of c after the cascade
 */
export function participationCascade(world: World, c: Community): number {
  const hh = world.households;
  const seeds = world.scratch.roundSeeds;
  const tieCount = hh.tieStart[c.hhEnd] - hh.tieStart[c.hhStart];
  const stack = scratchInts(world.scratch, c.hhEnd - c.hhStart + tieCount);
  let top = 0;
  for (let h = c.hhEnd - 1; h >= c.hhStart; h--) stack[top++] = h;
  while (top > 0) {
    const h = stack[--top];
    if (!joins(world, h, seeds[h])) continue;
    hh.participating[h] = 1;
    for (let t = hh.tieStart[h]; t < hh.tieStart[h + 1]; t++) {
      const j = hh.tieIdx[t];
      if (hh.participating[j] === 0 && hh.aware[j] === 1) stack[top++] = j;
    }
  }
  let count = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) count += hh.participating[h];
  return count;
}
