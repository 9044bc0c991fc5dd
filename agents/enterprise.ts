/**
 * Enterprises (social capital) in PPP "renovation + operation" bundles (改建+运营), MODEL.md §7.2.
 *
 * Behavioural rule: a firm bids for a tendered bundle (its share of the renovation capex plus the
 * operation rights: property fees, parking, other services, FAR-bonus space) when its risk-adjusted
 * NPV at its hurdle IRR, V = E[NPV] − λ·(E[NPV] − CVaR₁₀), plus the largest top-up subsidy the city
 * accepts is non-negative; among bidders the city picks the lowest weighted required subsidy minus
 * weighted quality (MODEL.md §7.2, §7.6; the mean–CVaR criterion after Rockafellar & Uryasev 2002).
 * Operating firms earn fees collected at a rate that rises with resident satisfaction, bear overruns
 * beyond insurance (disputing large ones), and leave the market when their cash falls below the exit
 * threshold, the city taking their projects over (MODEL.md §7.2; Sichuan problems list; Jinsong).
 *
 * This file holds the tender and re-exports the rest of the enterprise module:
 * enterprise-terms.ts (bundle economics), enterprise-valuation.ts (the bid valuation),
 * enterprise-contract.ts (equity, concession start, overruns, disputes, exit),
 * enterprise-operations.ts (the monthly phase and the indicators).
 */
import type { Community, World } from '../sim/world/state.js';
import { operatingCostRmb, outlay, overrunReserveRmb, round2 } from './enterprise-terms.js';

/** Months of a project's operating cost a bidding firm keeps as working capital [assumed]. */
export const WORKING_CAPITAL_MONTHS = 6;
import { valueBundle } from './enterprise-valuation.js';

export {
  advanceDisputes,
  capitaliseEnterprises,
  exitFirm,
  type OverrunSettlement,
  payFromFirm,
  recordFlow,
  settleOverrun,
  startConcession,
} from './enterprise-contract.js';
export { enterpriseHealth, enterprisePhase, realisedIrr } from './enterprise-operations.js';
export {
  interestSubsidyRmb,
  netFeeChangeRmbPerM2,
  outlay,
  overrunReserveRmb,
  PARKING_SHARE_WITHOUT_REVENUE_ITEM,
  premiumRmb,
  TAKEOVER_COST_MONTHS,
} from './enterprise-terms.js';
export { type BundleValue, valueBundle } from './enterprise-valuation.js';

/** The winning bid of a tender. */
export interface TenderResult {
  /** Id of the winning firm. */
  enterprise: number;
  /**
   * Public payment to the firm at funding (RMB, whole fen): > 0 a top-up subsidy the city pays,
   * < 0 an extra capex contribution the firm makes beyond its capexShare; within ±maxTopUpShare × capex.
   */
  paymentRmb: number;
}

/** Projects firm `id` holds between winning a tender and completing the works (its capacity in use). */
export function projectsUnderWay(world: World, id: number): number {
  let n = 0;
  for (const cid of world.enterprises[id].projects) {
    const st = world.communities[cid].state;
    if (st === 'funding' || st === 'approval' || st === 'construction') n++;
  }
  return n;
}

/**
 * Tender community c's bundle with plan capex `capexRmb` (RMB at reference cost).
 *
 * Who bids: every active firm with free capacity (fewer than `maxConcurrentProjects` projects between
 * tender and completion) whose cash covers its whole outlay (capex share at its efficiency, FAR
 * construction, premium share) plus a prudential reserve for the uninsured overrun
 * ({@link overrunReserveRmb}) and six months of the project's operating cost as working capital,
 * above its exit threshold and beyond the reserves it has already earmarked (`e.reservedRmb`), values
 * the bundle (id order, enterprises stream) and bids its break-even public payment b = −V (a top-up
 * when V < 0, an extra contribution when V > 0), if b ≤ maxTopUpShare × capex (e.bids++).
 *
 * Selection [assumed form]: the city scores each bid subsidyWeight × b / capex − qualityWeight ×
 * reputation (it sees a firm's record, not its true quality) and picks the lowest, ties to the lower id.
 * Payment (second price in score): the winner is paid the bid that would have tied the runner-up's
 * score, capped at 0 — the reference contract with no top-up — unless its own break-even needs a
 * top-up, which it is then paid. So a firm gains from bidding its break-even, a lone bidder gets the
 * reference contract, and competition turns the firms' surplus into extra contributions: instruments
 * that raise V (FAR bonus, tax relief, interest subsidy, insurance) lower the public cost through the
 * tender. Extra contributions are bounded by maxTopUpShare × capex. Null when nobody bids. Wins are
 * counted when the concession starts (`startConcession`).
 */
export function tender(world: World, c: Community, capexRmb: number): TenderResult | null {
  const s = world.scenario;
  if (!s.enterprises.enabled || !(capexRmb > 0)) return null;
  const sel = s.enterprises.selection;
  const maxTopUp = sel.maxTopUpShare * capexRmb;
  let best = -1;
  let bestBid = 0;
  let bestScore = Number.POSITIVE_INFINITY;
  let secondScore = Number.POSITIVE_INFINITY;
  for (const e of world.enterprises) {
    if (!e.active || projectsUnderWay(world, e.id) >= s.enterprises.maxConcurrentProjects) continue;
    const firmCapex = capexRmb * e.costEfficiency;
    const needed =
      outlay(s, c, firmCapex).totalRmb +
      overrunReserveRmb(s, firmCapex) +
      WORKING_CAPITAL_MONTHS * operatingCostRmb(world, c) +
      s.enterprises.exitCashRmb;
    if (world.ledger.firmCashRmb(e.id) - e.reservedRmb < needed) continue;
    const v = valueBundle(world, e, c, capexRmb, world.streams.enterprises);
    const bid = -v.value;
    if (!(bid <= maxTopUp)) continue;
    e.bids++;
    const score = (sel.subsidyWeight * bid) / capexRmb - sel.qualityWeight * e.reputation;
    if (score < bestScore) {
      secondScore = bestScore;
      bestScore = score;
      best = e.id;
      bestBid = bid;
    } else if (score < secondScore) secondScore = score;
  }
  if (best < 0) return null;
  let payment = Math.max(bestBid, 0);
  if (bestBid < 0 && Number.isFinite(secondScore) && sel.subsidyWeight > 0) {
    const tie =
      ((secondScore + sel.qualityWeight * world.enterprises[best].reputation) * capexRmb) / sel.subsidyWeight;
    payment = Math.max(bestBid, Math.min(0, tie), -maxTopUp);
  }
  return { enterprise: best, paymentRmb: round2(payment) };
}
