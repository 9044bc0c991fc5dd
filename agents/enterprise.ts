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
import type { Community, World } from '../sim/state.js';
import { operatingCostRmb, outlay, overrunReserveRmb, round2 } from './enterprise-terms.js';

/** Months of a project's operating cost a bidding firm keeps as working capital [assumed]. */
const WORKING_CAPITAL_MONTHS = 6;
import { valueBundle } from './enterprise-valuation.js';

export {
  advanceDisputes,
  capitaliseEnterprises,
  exitFirm,
  type OverrunSettlement,
  recordFlow,
  settleOverrun,
  startConcession,
} from './enterprise-contract.js';
export { enterpriseHealth, enterprisePhase, realisedIrr } from './enterprise-operations.js';
export {
  interestSubsidyRmb,
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
  /** Up-front top-up subsidy the firm requires (RMB, whole fen; 0..maxTopUpShare × capex). */
  topUpRmb: number;
}

/**
 * Tender community c's bundle with plan capex `capexRmb` (RMB at reference cost). Every active firm
 * whose cash covers its whole outlay (capex share at its efficiency, FAR construction, premium share)
 * plus a prudential reserve for the uninsured overrun ({@link overrunReserveRmb}) and six months of
 * the project's operating cost as working capital, above its exit threshold and beyond the reserves it
 * has already earmarked for projects under construction (`e.reservedRmb`), values the bundle in id order (enterprises stream); it bids (e.bids++) when V + maxTopUpShare ×
 * capex ≥ 0, requiring the top-up max(0, −V). The city picks the lowest score
 * subsidyWeight × topUp / capex − qualityWeight × quality, ties to the lower id. Null when nobody
 * bids. Wins are counted when the concession starts (`startConcession`).
 */
export function tender(world: World, c: Community, capexRmb: number): TenderResult | null {
  const s = world.scenario;
  if (!s.enterprises.enabled || !(capexRmb > 0)) return null;
  const sel = s.enterprises.selection;
  const maxTopUp = sel.maxTopUpShare * capexRmb;
  let best: TenderResult | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const e of world.enterprises) {
    const firmCapex = capexRmb * e.costEfficiency;
    const needed =
      outlay(s, c, firmCapex).totalRmb +
      overrunReserveRmb(s, firmCapex) +
      WORKING_CAPITAL_MONTHS * operatingCostRmb(world, c) +
      s.enterprises.exitCashRmb;
    if (!e.active || e.cashRmb - e.reservedRmb < needed) continue;
    const v = valueBundle(world, e, c, capexRmb, world.streams.enterprises);
    if (!(v.value + maxTopUp >= 0)) continue;
    e.bids++;
    const score = (sel.subsidyWeight * v.topUpRmb) / capexRmb - sel.qualityWeight * e.quality;
    if (score < bestScore) {
      bestScore = score;
      best = { enterprise: e.id, topUpRmb: round2(v.topUpRmb) };
    }
  }
  return best;
}
