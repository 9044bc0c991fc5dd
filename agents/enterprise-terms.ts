/**
 * The economics of a PPP "renovation + operation" bundle (改建+运营), MODEL.md §7.2 and §7.6: the
 * firm's up-front outlay, its monthly operating revenue and costs, and the overrun and dispute terms.
 * Shared by the bid valuation (enterprise-valuation.ts) and by realised operations
 * (enterprise-operations.ts), so the firm values exactly the contract it then runs.
 *
 * Forms chosen here (all [assumed], parameters from `scenario.enterprises` and `scenario.government`):
 * - Operating revenue per month = property fee × floor area × collection rate + parking (spaces × fee
 *   × occupancy when spaces are limited, else a flat amount per household; halved when the plan has
 *   no revenue-generating item) + other services × households, plus the rent of FAR-bonus space
 *   (area bounded by the planning headroom and a cap per community). Collection rate = base +
 *   slope × (satisfaction − 0.5), clipped to [0, max].
 * - Operating cost is a fixed monthly amount, operatingCostShare × the reference revenue (collection at
 *   satisfaction 0.5, no noise, no FAR rent): costs are contracted for the plan, so revenue shortfalls
 *   (noise, downturns, dissatisfied residents) fall on the margin. FAR space is let on net leases
 *   (tenants bear its running costs), so it carries taxes but no operating cost.
 * - Taxes = taxRateOnRevenue × (1 − relief rate if tax relief is enabled) × all revenue.
 * - Value-uplift sharing (if enabled) = share × (revenue − pre-renovation fee level × area × base
 *   collection), when positive, paid to the community's public fund.
 * - The firm's outlay at funding = capexShare × its capex + FAR construction + its premium share, all
 *   financed by a loan at loanRatePerYear (minus the interest subsidy for whitelisted firms), repaid as
 *   a level monthly annuity (nominal rate / 12) over the concession.
 */
import type { Scenario } from '../scenarios/schema.js';
import type { Rng } from '../sim/kernel/rng.js';
import { annuityPayment } from '../sim/kernel/finance.js';
import type { Community, Enterprise, World } from '../sim/world/state.js';

/**
 * Share of the parking revenue a bundle earns when the plan has no revenue-generating item (0..1).
 * [assumed] Not in the schema yet: proposed as `enterprises.bundle.parkingShareWithoutRevenueItem`.
 */
export const PARKING_SHARE_WITHOUT_REVENUE_ITEM = 0.5;

/**
 * One-off cost of a city takeover, in months of the concession's operating cost (months).
 * [assumed] Not in the schema yet: proposed as `enterprises.takeoverCostMonths`.
 */
export const TAKEOVER_COST_MONTHS = 6;

/** Round to the fen (RMB with two decimals). */
export const round2 = (x: number): number => Math.round(x * 100) / 100;

const clip = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * Fee collection rate (0..max) at resident satisfaction `satisfaction` (0..1) and residents' mean
 * trust `trust` (0..1, default 0.5): base + satisfactionSlope × (S − 0.5) + trustSlope × (τ − 0.5).
 */
export function collectionRate(s: Scenario, satisfaction: number, trust = 0.5): number {
  const r = s.enterprises.bundle.collectionRate;
  return clip(r.base + r.satisfactionSlope * (satisfaction - 0.5) + r.trustSlope * (trust - 0.5), 0, r.max);
}

/** Mean trust of community c's households (0..1; 0.5 for an empty community). */
export function meanTrust(world: World, c: Community): number {
  const n = c.hhEnd - c.hhStart;
  if (n <= 0) return 0.5;
  let t = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) t += world.households.trust[h];
  return t / n;
}

/**
 * The change of c's property fee under the bundle as residents see it (RMB per m² per month): the
 * bundle's fee minus the fee before renovation, minus what value-uplift sharing is expected to return
 * to the community's fund per m² (at base collection, before noise), since that money pays the
 * community's own costs (增值收益共享, 按比例反哺小区公共资金; assumed form).
 */
export function netFeeChangeRmbPerM2(world: World, c: Community): number {
  const s = world.scenario;
  const fee = s.enterprises.bundle.propertyFeeRmbPerM2PerMonth - c.feeBeforeRmbPerM2;
  if (!s.enterprises.valueUplift.enabled || !(c.floorAreaM2 > 0)) return fee;
  const revenue = serviceRevenueRmb(world, c, s.enterprises.bundle.collectionRate.base) + farRentRmb(s, c);
  return fee - upliftRmb(s, c, revenue) / c.floorAreaM2;
}

/**
 * The satisfaction (0..1) a firm of quality `quality` expects residents of c to report after
 * completion: 0.5 + qualityWeight × (quality − 0.5) − feeIncreaseWeight × (net fee increase)⁺
 * ({@link netFeeChangeRmbPerM2}), the residents' own weights (`residents.satisfaction`), ignoring
 * construction delays.
 */
export function expectedSatisfaction(world: World, quality: number, c: Community): number {
  const w = world.scenario.residents.satisfaction;
  const feeUp = Math.max(0, netFeeChangeRmbPerM2(world, c));
  return clip(0.5 + w.qualityWeight * (quality - 0.5) - w.feeIncreaseWeight * feeUp, 0, 1);
}

/** True when c's plan includes a revenue-generating item (e.g. parking). */
export function hasRevenueItem(world: World, c: Community): boolean {
  if (!c.plan) return false;
  for (const i of c.plan.items) if (world.items[i].revenueGenerating) return true;
  return false;
}

/** Property fees billed in c per month at a collection rate (RMB per month). */
export function feeRevenueRmb(s: Scenario, c: Community, collection: number): number {
  return s.enterprises.bundle.propertyFeeRmbPerM2PerMonth * c.floorAreaM2 * collection;
}

/**
 * Parking spaces community c can offer (spaces, not rounded): the smaller of perHousehold ×
 * households and the site's usable share / m² per space (`enterprises.bundle.parkingSpaces`).
 */
export function parkingSpaces(s: Scenario, c: Community): number {
  const p = s.enterprises.bundle.parkingSpaces;
  return Math.min(p.perHousehold * c.households, (p.siteShare * c.siteAreaM2) / p.m2PerSpace);
}

/**
 * Parking revenue of c per month at full use of its plan, before noise (RMB/month): spaces × fee ×
 * occupancy when spaces are limited (`bundle.parkingSpaces.enabled`), else the flat amount per
 * household.
 */
export function parkingRevenueRmb(s: Scenario, c: Community): number {
  const b = s.enterprises.bundle;
  const p = b.parkingSpaces;
  return p.enabled
    ? parkingSpaces(s, c) * p.feeRmbPerSpacePerMonth * p.occupancy
    : b.parkingRmbPerHouseholdPerMonth * c.households;
}

/** Fees, parking and other services of c per month at a collection rate, before noise (RMB/month). */
export function serviceRevenueRmb(world: World, c: Community, collection: number): number {
  const b = world.scenario.enterprises.bundle;
  const parking = hasRevenueItem(world, c) ? 1 : PARKING_SHARE_WITHOUT_REVENUE_ITEM;
  return (
    feeRevenueRmb(world.scenario, c, collection) +
    parkingRevenueRmb(world.scenario, c) * parking +
    b.otherServicesRmbPerHouseholdPerMonth * c.households
  );
}

/**
 * FAR-bonus floor area built for c (m²; 0 when the FAR bonus is off): deltaFar × site area, bounded
 * by the planning headroom (maxFar × site area − current gross floor area, the gross area being the
 * households' exclusive area × grossPerExclusiveArea) and by maxM2PerCommunity.
 */
export function farAreaM2(s: Scenario, c: Community): number {
  const f = s.government.farBonus;
  if (!f.enabled) return 0;
  const headroom = f.maxFar * c.siteAreaM2 - f.grossPerExclusiveArea * c.floorAreaM2;
  return Math.max(0, Math.min(f.deltaFar * c.siteAreaM2, headroom, f.maxM2PerCommunity));
}

/** Cost of building c's FAR-bonus space (RMB). */
export function farCostRmb(s: Scenario, c: Community): number {
  return farAreaM2(s, c) * s.government.farBonus.buildCostRmbPerM2;
}

/** Rent of c's FAR-bonus space, before noise (RMB per month). */
export function farRentRmb(s: Scenario, c: Community): number {
  return farAreaM2(s, c) * s.government.farBonus.rentRmbPerM2PerMonth;
}

/** Fixed operating cost of c's concession: operatingCostShare × reference revenue (RMB per month). */
export function operatingCostRmb(world: World, c: Community): number {
  const base = world.scenario.enterprises.bundle.collectionRate.base;
  return world.scenario.enterprises.bundle.operatingCostShare * serviceRevenueRmb(world, c, base);
}

/** Tax and fee rate on operating revenue after relief (0..1). */
export function effectiveTaxRate(s: Scenario): number {
  const t = s.government.taxRelief;
  return t.taxRateOnRevenue * (t.enabled ? 1 - t.rate : 1);
}

/** Value-uplift share owed to c's community fund on a month's revenue (RMB; 0 when disabled). */
export function upliftRmb(s: Scenario, c: Community, revenueRmb: number): number {
  const u = s.enterprises.valueUplift;
  if (!u.enabled) return 0;
  const before = c.feeBeforeRmbPerM2 * c.floorAreaM2 * s.enterprises.bundle.collectionRate.base;
  return u.share * Math.max(0, revenueRmb - before);
}

/** Long-run share of months in a downturn times its revenue cut (0..1): the firm's expected cut. */
export function expectedDownturnCut(s: Scenario): number {
  const d = s.shocks.downturn;
  if (!d.enabled || d.enterMonthly + d.exitMonthly <= 0) return 0;
  return (d.enterMonthly / (d.enterMonthly + d.exitMonthly)) * d.revenueCut;
}

/** Cost-overrun premium on a capex, split between firm and government (RMB; 0 when uninsured). */
export function premiumRmb(s: Scenario, capexRmb: number): { firmRmb: number; governmentRmb: number } {
  const ins = s.government.insurance;
  if (!ins.enabled) return { firmRmb: 0, governmentRmb: 0 };
  const total = ins.premiumRate * capexRmb;
  return {
    firmRmb: total * (1 - ins.governmentPremiumShare),
    governmentRmb: total * ins.governmentPremiumShare,
  };
}

/** Annual borrowing rate of firm e: loan rate minus the interest subsidy if whitelisted (≥ 0). */
export function loanRate(s: Scenario, e: Enterprise, subsidised = true): number {
  const sub = s.government.interestSubsidy;
  const cut = subsidised && sub.enabled && e.whitelisted ? sub.pointsPerYear : 0;
  return Math.max(0, s.enterprises.loanRatePerYear - cut);
}

/** The firm's outlay at funding for c, given its capex at its own efficiency (RMB, whole fen). */
export interface Outlay {
  shareRmb: number;
  farRmb: number;
  premiumRmb: number;
  totalRmb: number;
}

/** Firm e's outlay at funding for community c whose works cost the firm `firmCapexRmb` (RMB). */
export function outlay(s: Scenario, c: Community, firmCapexRmb: number): Outlay {
  const shareRmb = round2(s.enterprises.bundle.capexShare * firmCapexRmb);
  const farRmb = round2(farCostRmb(s, c));
  const prem = round2(premiumRmb(s, firmCapexRmb).firmRmb);
  return { shareRmb, farRmb, premiumRmb: prem, totalRmb: round2(shareRmb + farRmb + prem) };
}

/**
 * Prudential reserve a firm keeps for a project's overrun (RMB): the part of the overrun at the
 * mean + 2 sd multiplier that insurance would not pay. Firms bid only when their cash covers the
 * outlay plus this reserve above their exit threshold [assumed], so a winning firm can absorb a bad
 * overrun instead of defaulting on it.
 */
export function overrunReserveRmb(s: Scenario, firmCapexRmb: number): number {
  const o = s.enterprises.overrun;
  const over = Math.max(0, o.mean * (1 + 2 * o.cv) - 1);
  const ins = s.government.insurance;
  const uninsured = ins.enabled
    ? Math.min(over, ins.deductibleShare) + (1 - ins.coverage) * Math.max(0, over - ins.deductibleShare)
    : over;
  return round2(uninsured * firmCapexRmb);
}

/** Concession length (months). */
export function concessionMonths(s: Scenario): number {
  return s.enterprises.bundle.concessionYears * 12;
}

/** Level monthly debt service on `principalRmb` at annual rate `rate` over the concession (RMB/month). */
export function debtServiceRmb(s: Scenario, principalRmb: number, rate: number): number {
  return annuityPayment(principalRmb, rate / 12, concessionMonths(s));
}

/**
 * Monthly interest subsidy the city pays a whitelisted firm on its loan of `principalRmb`: the
 * difference between the level payments at the market and the subsidised rate (RMB per month).
 */
export function interestSubsidyRmb(s: Scenario, e: Enterprise, principalRmb: number): number {
  if (principalRmb <= 0) return 0;
  const market = debtServiceRmb(s, principalRmb, loanRate(s, e, false));
  return Math.max(0, market - debtServiceRmb(s, principalRmb, loanRate(s, e, true)));
}

/** Overrun of a capex at multiplier m: total, the insurer's part and the rest (RMB, whole fen). */
export function splitOverrun(
  s: Scenario,
  m: number,
  capexRmb: number,
): { overrunRmb: number; insuredRmb: number; restRmb: number } {
  const ins = s.government.insurance;
  const overrunRmb = round2(Math.max(0, m - 1) * capexRmb);
  const insuredRmb = ins.enabled
    ? Math.min(overrunRmb, round2(ins.coverage * Math.max(0, overrunRmb - ins.deductibleShare * capexRmb)))
    : 0;
  return { overrunRmb, insuredRmb, restRmb: round2(overrunRmb - insuredRmb) };
}

/**
 * Dispute duration (months): fast track days / 30, else uniform on `disputes.defaultMonths`
 * (its midpoint when `rng` is null), × the joint-meeting delay factor and the mediation duration
 * factor when those are enabled. Not rounded.
 */
export function disputeMonths(s: Scenario, rng: Rng | null): number {
  const d = s.enterprises.disputes;
  let months = d.fastTrack.enabled
    ? d.fastTrack.days / 30
    : rng
      ? rng.uniform(d.defaultMonths.min, d.defaultMonths.max)
      : 0.5 * (d.defaultMonths.min + d.defaultMonths.max);
  const jm = s.government.approvals.jointMeeting;
  if (jm.enabled) months *= jm.delayFactor;
  if (s.ngos.mediation.enabled) months *= s.ngos.mediation.durationFactor;
  return months;
}
