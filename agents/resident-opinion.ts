/**
 * Residents' awareness of the plan and opinion exchange during consultation (MODEL.md §7.3, §7.6).
 *
 * Awareness: each month an unaware household learns of the current plan through independent
 * channels: the community planner (if any, plannerMonthly), the online survey (reachMonthly, times
 * elderlyFactor for elderly heads), the offline hearing in the first month of a round
 * (reachPerRound, times its elderly factor, capped at 1) and each aware tie (neighbourMonthly per
 * tie). The household becomes aware with 1 − Π(1 − p_channel); ties count if aware at the start of
 * the month, so the result does not depend on the order of households.
 *
 * Opinion: bounded confidence (Deffuant et al. 2000). In a random order, each aware household meets
 * `meetingsPerMonth` partners, each a uniformly drawn tie, or, where the community has a planner,
 * the planner with probability leaderWeight / (ties + leaderWeight). When |o_i − o_j| < ε_i, i moves
 * μ of the way toward j; an aware partner j moves toward i likewise when |o_i − o_j| < ε_j (an
 * unaware partner does not discuss the plan and keeps its latent opinion). Opinion leaders (trained
 * representatives, leader = 1, and the planner) are trusted further: the partner uses
 * ε + leaderEpsilonBonus and only the partner moves. Two leaders meet as ordinary households.
 */
import type { Community, World } from '../sim/world/state.js';
import { scratchInts } from '../sim/world/scratch.js';

/**
 * One month of awareness for the households of community c (residents stream).
 *
 * @param firstMonthOfRound whether the round's offline hearing happens this month
 * @returns households that became aware this month
 */
export function awarenessStep(world: World, c: Community, firstMonthOfRound: boolean): number {
  const hh = world.households;
  const A = world.scenario.residents.awareness;
  const rng = world.streams.residents;
  const online = A.onlineSurvey;
  const hearing = A.offlineHearing;
  const pPlanner = c.hasPlanner ? A.plannerMonthly : 0;
  const keepNeighbour = 1 - A.neighbourMonthly;
  let learned = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    if (hh.aware[h] !== 0) continue;
    const elderly = hh.elderly[h] === 1;
    let pNot = 1 - pPlanner;
    if (online.enabled) pNot *= 1 - Math.min(1, online.reachMonthly * (elderly ? online.elderlyFactor : 1));
    if (hearing.enabled && firstMonthOfRound) {
      pNot *= 1 - Math.min(1, hearing.reachPerRound * (elderly ? hearing.elderlyFactor : 1));
    }
    let awareTies = 0;
    for (let t = hh.tieStart[h]; t < hh.tieStart[h + 1]; t++) if (hh.aware[hh.tieIdx[t]] === 1) awareTies++;
    if (awareTies > 0) pNot *= keepNeighbour ** awareTies;
    if (rng.next() >= pNot) {
      hh.aware[h] = 2; // learned this month; counted as aware from next month on
      learned++;
    }
  }
  for (let h = c.hhStart; h < c.hhEnd; h++) if (hh.aware[h] === 2) hh.aware[h] = 1;
  return learned;
}

/**
 * One month of opinion exchange among the aware households of community c (residents stream).
 *
 * @param plannerOpinionValue the opinion the planner advocates (0..1); used only when c.hasPlanner
 */
export function exchangeOpinions(world: World, c: Community, plannerOpinionValue: number): void {
  const hh = world.households;
  const O = world.scenario.residents.opinion;
  const rng = world.streams.residents;
  const mu = O.mu;
  const bonus = O.leaderEpsilonBonus;
  const leaderWeight = world.scenario.ngos.planners.leaderWeight;
  const n = c.hhEnd - c.hhStart;
  if (n <= 0 || O.meetingsPerMonth === 0) return;
  const order = scratchInts(world.scratch, n);
  for (let k = 0; k < n; k++) order[k] = c.hhStart + k;
  for (let k = n - 1; k > 0; k--) {
    const r = rng.int(k + 1);
    const t = order[k];
    order[k] = order[r];
    order[r] = t;
  }
  const op = hh.opinion;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    if (hh.aware[i] !== 1) continue;
    const t0 = hh.tieStart[i];
    const deg = hh.tieStart[i + 1] - t0;
    const pPlanner = c.hasPlanner ? leaderWeight / (deg + leaderWeight) : 0;
    for (let m = 0; m < O.meetingsPerMonth; m++) {
      if (pPlanner > 0 && rng.next() < pPlanner) {
        const d = plannerOpinionValue - op[i];
        if (Math.abs(d) < hh.epsilon[i] + bonus) op[i] += mu * d;
        continue;
      }
      if (deg === 0) continue;
      const j = hh.tieIdx[t0 + rng.int(deg)];
      const d = op[j] - op[i];
      const ad = Math.abs(d);
      if (hh.aware[j] !== 1) {
        if (ad < hh.epsilon[i]) op[i] += mu * d;
        continue;
      }
      const li = hh.leader[i] === 1;
      const lj = hh.leader[j] === 1;
      if (lj && !li) {
        if (ad < hh.epsilon[i] + bonus) op[i] += mu * d;
      } else if (li && !lj) {
        if (ad < hh.epsilon[j] + bonus) op[j] -= mu * d;
      } else {
        if (ad < hh.epsilon[i]) op[i] += mu * d;
        if (ad < hh.epsilon[j]) op[j] -= mu * d;
      }
    }
  }
}
