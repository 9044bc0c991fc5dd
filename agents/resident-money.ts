/**
 * Residents' money: contributions, arrears and volunteer points (MODEL.md §7.3).
 *
 * Contributions: the city pre-finances owners' shares, and each owner repays what it owes
 * (owedRmb) in monthly instalments (instalmentRmb, set by the lead). Each month a liable household
 * pays with probability 1 − arrearsProbability (otherwise the instalment joins its arrears); a
 * payment covers the instalment plus up to one more instalment of arrears, never more than is owed.
 * Amounts are whole fen; the month's payments move once from src:residents to cityFund.
 *
 * Volunteer points (志愿者积分): where the scheme exists, households enrolled as volunteers
 * (at the start of their community's consultation) give hoursPerMonth while their community is in
 * consultation or later (not unlisted, listed or stalled), earn pointsPerHour points per hour and
 * gain trustGainPerHour trust per hour (social capital, capped at 1). Points redeem against
 * property fees at rmbPerPoint; the enterprise module moves the money.
 */
import type { World } from '../sim/world/state.js';

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Collect this month's contributions of all liable households (residents stream) and move them
 * from 'src:residents' to 'cityFund'. Updates owedRmb, paidRmb and arrearsRmb.
 *
 * @returns RMB paid this month (whole fen)
 */
export function residentMoney(world: World): number {
  const hh = world.households;
  const rng = world.streams.residents;
  const pMiss = world.scenario.residents.contributions.arrearsProbability;
  let paidFen = 0;
  for (let h = 0; h < hh.count; h++) {
    const owed = hh.owedRmb[h];
    if (!(owed > 0)) continue;
    const inst = hh.instalmentRmb[h] > 0 ? hh.instalmentRmb[h] : owed;
    if (rng.next() < pMiss) {
      hh.arrearsRmb[h] = Math.min(owed, round2(hh.arrearsRmb[h] + Math.min(inst, owed)));
      continue;
    }
    const regular = Math.min(inst, owed);
    const catchUp = Math.min(hh.arrearsRmb[h], inst, owed - regular);
    const pay = round2(regular + catchUp);
    const left = round2(owed - pay);
    hh.owedRmb[h] = Math.max(0, left);
    hh.paidRmb[h] = round2(hh.paidRmb[h] + pay);
    hh.arrearsRmb[h] = Math.max(0, Math.min(round2(hh.arrearsRmb[h] - catchUp), hh.owedRmb[h]));
    paidFen += Math.round(pay * 100);
  }
  if (paidFen > 0) world.ledger.transfer('src:residents', 'cityFund', paidFen / 100);
  return paidFen / 100;
}

/**
 * One month of volunteering (no-op unless residents.volunteerPoints.enabled): volunteers of
 * communities in consultation or later earn points and trust; adds the hours to
 * world.month.volunteerHours. Called by {@link residentsPhase}.
 */
export function volunteerMonth(world: World): void {
  const vp = world.scenario.residents.volunteerPoints;
  if (!vp.enabled || vp.hoursPerMonth <= 0) return;
  const hh = world.households;
  const hours = vp.hoursPerMonth;
  const points = hours * vp.pointsPerHour;
  const gain = hours * vp.trustGainPerHour;
  for (const c of world.communities) {
    if (c.state === 'unlisted' || c.state === 'listed' || c.state === 'stalled') continue;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      if (hh.volunteer[h] !== 1) continue;
      hh.points[h] += points;
      hh.trust[h] = Math.min(1, hh.trust[h] + gain);
      world.month.volunteerHours += hours;
    }
  }
}

/**
 * Redeem household h's volunteer points against at most `maxRmb` of fees. Reduces h's points and
 * returns the fee relief in RMB (whole fen, ≤ maxRmb, ≤ points × rmbPerPoint); moves no money.
 */
export function redeemPoints(world: World, h: number, maxRmb: number): number {
  const rate = world.scenario.residents.volunteerPoints.rmbPerPoint;
  const hh = world.households;
  if (!(rate > 0) || !(maxRmb > 0) || !(hh.points[h] > 0)) return 0;
  const relief = Math.floor(Math.min(hh.points[h] * rate, maxRmb) * 100) / 100;
  hh.points[h] = Math.max(0, hh.points[h] - relief / rate);
  return relief;
}
