/**
 * A firm's risk-adjusted value of a tendered bundle, MODEL.md §7.2 and §7.6:
 * V = E[NPV] − λ·(E[NPV] − CVaR₁₀[NPV]) at the firm's hurdle IRR, over sampled scenarios of the
 * overrun multiplier and the revenue level.
 *
 * Cash flows of one sampled scenario, in months from funding (month 0), concession months 1..N:
 * - month 0: the uninsured overrun (the firm bears it; the outlay itself is loan-financed, so the
 *   loan and the outlay cancel at month 0; construction time is not discounted);
 * - months 1..N: revenue × (1 − tax rate) − fixed operating cost − value-uplift share − debt
 *   service on the loan (subsidised rate for whitelisted firms);
 * - the month the dispute is expected to end: the government's settlement share of a disputed
 *   overrun (uninsured overrun above the dispute threshold), at the mean dispute duration.
 * Revenue = expected revenue (collection at the firm's expected satisfaction, FAR rent, expected
 * downturn cut) × a level factor f ~ N(1, revenueNoiseCv)⁺ per scenario: the firm is uncertain about
 * the level of the concession's revenue. (Monthly i.i.d. noise of that cv, which operations draw,
 * would average out over a concession and barely move the NPV.)
 * An up-front subsidy shifts every scenario's NPV by its amount, so V is linear in it: the top-up
 * that brings V to 0 is −V. The flows of a scenario are level over the concession except in month 0
 * and the settlement month, so its NPV is computed in closed form ({@link levelNpv}, equal to
 * discounting the monthly vector with `npv`): a tender costs O(firms × draws), not × months.
 */
import { cvar } from '../sim/kernel/finance.js';
import { mean } from '../sim/kernel/stats.js';
import type { Rng } from '../sim/kernel/rng.js';
import type { Community, Enterprise, World } from '../sim/world/state.js';
import {
  collectionRate,
  concessionMonths,
  debtServiceRmb,
  disputeMonths,
  effectiveTaxRate,
  expectedDownturnCut,
  expectedSatisfaction,
  farRentRmb,
  loanRate,
  meanTrust,
  operatingCostRmb,
  outlay,
  serviceRevenueRmb,
  splitOverrun,
  upliftRmb,
} from './enterprise-terms.js';

/** A firm's valuation of a bundle. */
export interface BundleValue {
  /** Risk-adjusted value V = mean − λ(mean − CVaR₁₀) (RMB at funding). */
  value: number;
  /** Mean NPV over the sampled scenarios (RMB at funding). */
  meanNpv: number;
  /** CVaR₁₀ of the NPV: mean of the worst 10 % of scenarios (RMB at funding). */
  cvarNpv: number;
  /** Up-front subsidy that brings V to 0: max(0, −V) (RMB). */
  topUpRmb: number;
  /** Project IRR of the mean scenario without financing (annual; NaN when undefined). */
  irr: number;
}

/**
 * NPV (RMB) at the annual rate `rate` of flows that are `c0` in month 0, `level` in each month
 * 1..`months`, plus `extra` in month `atMonth`: exactly `npv(rate, flows, 'month')` of that vector,
 * in closed form (annuity factor with monthly growth (1 + rate)^(1/12)).
 */
export function levelNpv(
  rate: number,
  c0: number,
  level: number,
  months: number,
  extra = 0,
  atMonth = 1,
): number {
  const g = (1 + rate) ** (1 / 12);
  const annuity = g === 1 ? months : (1 - g ** -months) / (g - 1);
  return c0 + level * annuity + extra * g ** -atMonth;
}

/**
 * IRR (annual) of the level flows of {@link levelNpv} when c0 < 0 ≤ level and extra ≥ 0 (the NPV then
 * falls monotonically with the rate, so the root is unique and equals `irr` of the vector):
 * bisection on (−0.999, 1000). NaN otherwise (e.g. an operating loss: the project never pays back).
 */
export function levelIrr(c0: number, level: number, months: number, extra = 0, atMonth = 1): number {
  if (!(c0 < 0) || !(level >= 0) || !(extra >= 0)) return Number.NaN;
  const f = (r: number): number => levelNpv(r, c0, level, months, extra, atMonth);
  let lo = -0.999;
  let hi = 1000;
  if (f(lo) < 0 || f(hi) > 0) return Number.NaN;
  for (let i = 0; i < 200 && hi - lo > 1e-10; i++) {
    const mid = 0.5 * (lo + hi);
    if (f(mid) > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/**
 * Firm e's valuation of the bundle for community c. `capexRmb` is the plan's renovation capex at
 * reference cost (efficiency 1); the firm's works cost `capexRmb × e.costEfficiency`, of which it
 * finances `capexShare`. Draws `2 × valuationDraws` numbers from `rng` (the enterprises stream).
 */
export function valueBundle(
  world: World,
  e: Enterprise,
  c: Community,
  capexRmb: number,
  rng: Rng,
): BundleValue {
  const s = world.scenario;
  const ent = s.enterprises;
  const months = concessionMonths(s);
  const nDraws = ent.valuationDraws;
  // The world's buffer of scenario NPVs, resized only if the number of draws changed.
  if (world.scratch.valuationDraws.length !== nDraws) world.scratch.valuationDraws = new Float64Array(nDraws);
  const draws = world.scratch.valuationDraws;
  const firmCapex = capexRmb * e.costEfficiency;
  const out = outlay(s, c, firmCapex);
  const collection = collectionRate(s, expectedSatisfaction(world, e.quality, c), meanTrust(world, c));
  const service = serviceRevenueRmb(world, c, collection);
  const revenue0 = (service + farRentRmb(s, c)) * (1 - expectedDownturnCut(s));
  const cost = operatingCostRmb(world, c);
  const tax = effectiveTaxRate(s);
  const debt = out.totalRmb > 0 ? debtServiceRmb(s, out.totalRmb, loanRate(s, e)) : 0;
  const dMonth = Math.min(months, Math.max(1, Math.round(disputeMonths(s, null))));
  const threshold = ent.disputes.overrunThreshold * firmCapex;
  const settleShare = ent.disputes.governmentShareOfSettlement;
  const annuity = levelNpv(e.hurdleIrr, 0, 1, months);
  const atD = levelNpv(e.hurdleIrr, 0, 0, months, 1, dMonth);
  let sumRest = 0;
  let sumRecovery = 0;
  for (let k = 0; k < nDraws; k++) {
    const m = rng.lognormalMeanCv(ent.overrun.mean, ent.overrun.cv);
    const f = Math.max(0, rng.normal(1, ent.bundle.revenueNoiseCv));
    const rest = splitOverrun(s, m, firmCapex).restRmb;
    const recovery = rest > threshold ? settleShare * rest : 0;
    const rev = revenue0 * f;
    const net = rev * (1 - tax) - cost - upliftRmb(s, c, rev) - debt;
    draws[k] = -rest + net * annuity + recovery * atD;
    sumRest += rest;
    sumRecovery += recovery;
  }
  // V = mean − λ(mean − CVaR₁₀), as riskAdjustedValue, with mean and CVaR computed once.
  const meanNpv = mean(draws);
  const cvarNpv = cvar(draws, 0.1);
  const value = meanNpv - e.riskAversion * (meanNpv - cvarNpv);
  // Project IRR of the mean scenario, before financing: outlay and mean overrun at month 0. A
  // root search, so it is computed only when read (tenders do not need it).
  const net0 = revenue0 * (1 - tax) - cost - upliftRmb(s, c, revenue0);
  const c0 = -(out.totalRmb + sumRest / nDraws);
  const meanRecovery = sumRecovery / nDraws;
  let projectIrr: number | undefined;
  return {
    value,
    meanNpv,
    cvarNpv,
    topUpRmb: Math.max(0, -value),
    get irr() {
      projectIrr ??= levelIrr(c0, net0, months, meanRecovery, dMonth);
      return projectIrr;
    },
  };
}
