/**
 * Residents' satisfaction and trust (MODEL.md §7.3, §7.6), and community means for the metrics.
 *
 * Rule: on completion, the community's satisfaction is
 *   S = clip(0.5 + qualityWeight·(quality − 0.5) − disruptionPenalty·delayMonths
 *            − feeIncreaseWeight·feeChange, 0, 1)
 * (feeChange in RMB/m²/month, signed: a fee cut raises S). Trust of its households moves
 * τ ← τ + η·(S − τ); every other household's trust moves by η′ × the community's mean change / the
 * number of communities (demonstration effect: over a run every household moves by η′ × the mean
 * change of the completed communities × the share completed, whatever the city's size; applied once
 * a month by applyTrustSpread; clipped to 0..1). Each month with an open dispute, the community's
 * households lose disputePenalty of trust (floored at 0).
 */
import type { CommunityMeans } from '../sim/world/scratch.js';
import type { Community, World } from '../sim/world/state.js';

export type { CommunityMeans } from '../sim/world/scratch.js';

const clip01 = (x: number) => Math.min(1, Math.max(0, x));

/**
 * Satisfaction and trust after community c's works are completed; sets c.satisfaction.
 *
 * @param quality work quality of the contractor (0..1)
 * @param delayMonths construction delay beyond the planned duration (months, ≥ 0)
 * @param feeChangeRmbPerM2 property fee after minus before (RMB per m² per month)
 * @returns the satisfaction S (0..1)
 */
export function onCompletion(
  world: World,
  c: Community,
  quality: number,
  delayMonths: number,
  feeChangeRmbPerM2: number,
): number {
  const R = world.scenario.residents;
  const S = clip01(
    0.5 +
      R.satisfaction.qualityWeight * (quality - 0.5) -
      R.satisfaction.disruptionPenalty * Math.max(0, delayMonths) -
      R.satisfaction.feeIncreaseWeight * feeChangeRmbPerM2,
  );
  c.satisfaction = S;
  const hh = world.households;
  const eta = R.trust.eta;
  let change = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    const t = clip01(hh.trust[h] + eta * (S - hh.trust[h]));
    change += t - hh.trust[h];
    hh.trust[h] = t;
  }
  const n = c.hhEnd - c.hhStart;
  const spread = n > 0 ? (R.trust.spread * change) / n / world.communities.length : 0;
  if (spread !== 0) {
    // The city-wide step is applied once a month (applyTrustSpread); the source community is
    // excluded by taking the step off its households now.
    world.trustSpreadPending += spread;
    for (let h = c.hhStart; h < c.hhEnd; h++) hh.trust[h] -= spread;
  }
  return S;
}

/**
 * Apply the month's demonstration effect: every household's trust moves by the sum of this month's
 * spreads (clipped to 0..1). One pass over households per month, however many projects completed.
 */
export function applyTrustSpread(world: World): void {
  const spread = world.trustSpreadPending;
  if (spread === 0) return;
  const trust = world.households.trust;
  for (let h = 0; h < trust.length; h++) trust[h] = clip01(trust[h] + spread);
  world.trustSpreadPending = 0;
}

/** One month of an open dispute in community c: its households lose trust.disputePenalty (≥ 0). */
export function disputeTrustPenalty(world: World, c: Community): void {
  const hh = world.households;
  const p = world.scenario.residents.trust.disputePenalty;
  for (let h = c.hhStart; h < c.hhEnd; h++) hh.trust[h] = Math.max(0, hh.trust[h] - p);
}

/**
 * Mean awareness, trust, opinion and participation of community c's households (0..1 each; 0 for
 * an empty community). Writes into `out` (by default the world's `scratch.means`, overwritten by the
 * next call: copy the numbers if they must be kept) and returns it; allocates nothing.
 */
export function communityMeans(
  world: World,
  c: Community,
  out: CommunityMeans = world.scratch.means,
): CommunityMeans {
  const hh = world.households;
  let a = 0;
  let t = 0;
  let o = 0;
  let p = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    a += hh.aware[h] === 1 ? 1 : 0;
    t += hh.trust[h];
    o += hh.opinion[h];
    p += hh.participating[h];
  }
  const n = c.hhEnd - c.hhStart;
  out.awareness = n > 0 ? a / n : 0;
  out.trust = n > 0 ? t / n : 0;
  out.opinion = n > 0 ? o / n : 0;
  out.participation = n > 0 ? p / n : 0;
  return out;
}
