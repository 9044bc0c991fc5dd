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
import type { Community, Enterprise, World } from '../sim/world/state.js';
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
 * Whether firm e may bid for community c's bundle at capex `capexRmb`: it is active, below its limit
 * of concurrent projects, and its cash beyond its earmarks covers the outlay, the overrun reserve,
 * working capital, `extraRmb` (e.g. a package's asset refurbishment) and its exit cash.
 */
export function mayBid(
  world: World,
  e: Enterprise,
  c: Community,
  capexRmb: number,
  extraRmb: number,
): boolean {
  const s = world.scenario;
  if (!e.active || projectsUnderWay(world, e.id) >= s.enterprises.maxConcurrentProjects) return false;
  const firmCapex = capexRmb * e.costEfficiency;
  const needed =
    outlay(s, c, firmCapex).totalRmb +
    overrunReserveRmb(s, firmCapex) +
    WORKING_CAPITAL_MONTHS * operatingCostRmb(world, c) +
    extraRmb +
    s.enterprises.exitCashRmb;
  return world.ledger.firmCashRmb(e.id) - e.reservedRmb >= needed;
}

/** The running state of a tender's scoring: the lowest score, its firm and bid, and the runner-up's score. */
export interface TenderScores {
  best: number;
  bestBid: number;
  bestScore: number;
  secondScore: number;
}

/** A tender before any bid. */
export function newTenderScores(): TenderScores {
  return {
    best: -1,
    bestBid: 0,
    bestScore: Number.POSITIVE_INFINITY,
    secondScore: Number.POSITIVE_INFINITY,
  };
}

/**
 * Score firm `id`'s bid (RMB of top-up, negative for an extra contribution) on `capexRmb`: subsidy
 * weight × bid per RMB of capex − quality weight × reputation; the lowest wins, ties to the lower id
 * (firms are scored in id order and only a strictly lower score replaces the best).
 */
export function scoreBid(world: World, t: TenderScores, id: number, bid: number, capexRmb: number): void {
  const sel = world.scenario.enterprises.selection;
  const score = (sel.subsidyWeight * bid) / capexRmb - sel.qualityWeight * world.enterprises[id].reputation;
  if (score < t.bestScore) {
    t.secondScore = t.bestScore;
    t.bestScore = score;
    t.best = id;
    t.bestBid = bid;
  } else if (score < t.secondScore) t.secondScore = score;
}

/**
 * The winner's payment (second price in score): the bid that would have tied the runner-up's score,
 * capped at 0, unless the winner's own break-even needs a top-up; extra contributions bounded by
 * `maxTopUp` (RMB). Call only when there is a winner.
 */
export function secondPricePayment(
  world: World,
  t: TenderScores,
  capexRmb: number,
  maxTopUp: number,
): number {
  const sel = world.scenario.enterprises.selection;
  let payment = Math.max(t.bestBid, 0);
  if (t.bestBid < 0 && Number.isFinite(t.secondScore) && sel.subsidyWeight > 0) {
    const tie =
      ((t.secondScore + sel.qualityWeight * world.enterprises[t.best].reputation) * capexRmb) /
      sel.subsidyWeight;
    payment = Math.max(t.bestBid, Math.min(0, tie), -maxTopUp);
  }
  return payment;
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
  const t = newTenderScores();
  for (const e of world.enterprises) {
    if (!mayBid(world, e, c, capexRmb, 0)) continue;
    const v = valueBundle(world, e, c, capexRmb, world.streams.enterprises);
    const bid = -v.value;
    if (!(bid <= maxTopUp)) continue;
    e.bids++;
    scoreBid(world, t, e.id, bid, capexRmb);
  }
  if (t.best < 0) return null;
  return { enterprise: t.best, paymentRmb: round2(secondPricePayment(world, t, capexRmb, maxTopUp)) };
}
