/**
 * Area bundling (片区统筹), MODEL.md §7.3: a city tenders several communities together with
 * profitable assets (parking outside the communities, vacant buildings) so that the package pays
 * where single communities do not (linked renovation of adjacent communities, 相邻小区及周边地区联动改造,
 * State Council 2020; the forms and magnitudes below are assumed).
 *
 * Behavioural rule: a package is tendered when its first member reaches funding. Each active firm
 * with free capacity and cash for that member's outlay (as in `tender`) plus the assets'
 * refurbishment values the package with its existing valuation rule, summed over the parts:
 * V = Σ V(member) + V(assets), each V = E[NPV] − λ(E[NPV] − CVaR₁₀) at the firm's hurdle IRR
 * (members not yet funded, at their plan capex, or — without a plan yet — at the tendering member's
 * capex per household and cost multiplier; diversification across members is ignored, so V is
 * conservative). The bid b = −V is scored, selected and paid as in `tender` (second price in score,
 * within ±maxTopUpShare × the package capex), and the winner's payment is fixed per RMB of capex.
 * The winner refurbishes the vacant buildings at once and lets the assets for the concession term;
 * every member that passes its vote later joins the winner's concessions at funding on the package's
 * terms (payment per capex × its capex) without a tender, unless the winner has left the market or
 * cannot finance it, when the member is tendered alone. A package nobody bids for stays open: the
 * member is tendered alone and the next member to reach funding tenders the package again.
 *
 * Money: refurbishment enterprises → use:assetWorks; asset revenue (parking fees, rents)
 * src:tenants → enterprises; their operating cost → use:operations and taxes → use:taxes; every
 * flow is recorded in the firm's realised cash flows.
 */
import { irr } from '../sim/kernel/finance.js';
import { mean } from '../sim/kernel/stats.js';
import { cvar } from '../sim/kernel/finance.js';
import type { Rng } from '../sim/kernel/rng.js';
import type { Community, Enterprise, Package, World } from '../sim/world/state.js';
import { payFromFirm, payToFirm, recordFlow } from './enterprise-contract.js';
import { expectedMonthlyNet } from './enterprise-operations.js';
import {
  concessionMonths,
  debtServiceRmb,
  effectiveTaxRate,
  expectedDownturnCut,
  loanRate,
  outlay,
  overrunReserveRmb,
  round2,
} from './enterprise-terms.js';
import { valueBundle } from './enterprise-valuation.js';
import {
  mayBid,
  newTenderScores,
  scoreBid,
  secondPricePayment,
  type TenderResult,
  tender,
} from './enterprise.js';

/** States of a member whose project is not yet funded (the package still values it). */
const NOT_FUNDED = new Set(['unlisted', 'listed', 'consultation', 'vote', 'funding', 'stalled']);

/** Revenue of a package's assets per month at full letting, before noise (RMB/month). */
export function assetRevenueRmb(world: World): number {
  const a = world.scenario.enterprises.bundling.assets;
  const p = world.scenario.enterprises.bundle.parkingSpaces;
  return (
    a.parkingSpaces * p.feeRmbPerSpacePerMonth * p.occupancy + a.vacantBuildingM2 * a.rentRmbPerM2PerMonth
  );
}

/** Fixed operating cost of a package's assets: operatingCostShare × their revenue (RMB/month). */
export function assetCostRmb(world: World): number {
  return world.scenario.enterprises.bundling.assets.operatingCostShare * assetRevenueRmb(world);
}

/** Refurbishment of a package's vacant buildings, paid by the winner at the win (RMB). */
export function assetOutlayRmb(world: World): number {
  const a = world.scenario.enterprises.bundling.assets;
  return round2(a.vacantBuildingM2 * a.refurbishRmbPerM2);
}

/**
 * Firm e's risk-adjusted value of a package's assets (RMB at the tender): per sampled revenue level
 * f ~ N(1, revenueNoiseCv)⁺, NPV at the hurdle IRR of the monthly net (revenue × f × (1 − expected
 * downturn cut) × (1 − tax) − operating cost − debt service on the refurbishment) over the concession;
 * V = mean − λ(mean − CVaR₁₀). Draws `valuationDraws` numbers from `rng`.
 */
export function valueAssets(world: World, e: Enterprise, rng: Rng): number {
  const s = world.scenario;
  const n = s.enterprises.valuationDraws;
  if (world.scratch.valuationDraws.length !== n) world.scratch.valuationDraws = new Float64Array(n);
  const draws = world.scratch.valuationDraws;
  const months = concessionMonths(s);
  const g = (1 + e.hurdleIrr) ** (1 / 12);
  const annuity = g === 1 ? months : (1 - g ** -months) / (g - 1);
  const out = assetOutlayRmb(world);
  const debt = out > 0 ? debtServiceRmb(s, out, loanRate(s, e)) : 0;
  const rev0 = assetRevenueRmb(world) * (1 - expectedDownturnCut(s));
  const tax = effectiveTaxRate(s);
  const cost = assetCostRmb(world);
  for (let k = 0; k < n; k++) {
    const f = Math.max(0, rng.normal(1, s.enterprises.bundle.revenueNoiseCv));
    draws[k] = (rev0 * f * (1 - tax) - cost - debt) * annuity;
  }
  const m = mean(draws);
  return m - e.riskAversion * (m - cvar(draws, 0.1));
}

/** Capex a package expects for member m (RMB at reference cost), given the tendering member c's. */
function memberCapex(world: World, m: Community, c: Community, capexC: number): number {
  if (m === c) return capexC;
  if (m.plan && m.plan.items.length > 0) {
    let perHh = 0;
    for (const i of m.plan.items) perHh += world.items[i].costRmbPerHousehold;
    return Math.round(perHh * m.households * m.costMultiplier);
  }
  return Math.round((capexC / (c.households * c.costMultiplier)) * m.households * m.costMultiplier);
}

/**
 * Tender package p when its member c (in funding, plan capex `capexRmb`) is the first to reach
 * funding, or again after a tender nobody bid for. On a win, sets the package's firm and terms and
 * starts its assets; returns c's contract on the package's terms, or null when nobody bid.
 */
export function tenderPackage(world: World, p: Package, c: Community, capexRmb: number): TenderResult | null {
  const s = world.scenario;
  const sel = s.enterprises.selection;
  const members: Community[] = [];
  const capex: number[] = [];
  let total = 0;
  for (const id of p.communities) {
    const m = world.communities[id];
    if (m !== c && (!NOT_FUNDED.has(m.state) || m.bid !== undefined)) continue;
    const x = memberCapex(world, m, c, capexRmb);
    if (!(x > 0)) continue;
    members.push(m);
    capex.push(x);
    total += x;
  }
  p.tenders++;
  if (!(total > 0)) return null;
  const maxTopUp = sel.maxTopUpShare * total;
  const assetOut = assetOutlayRmb(world);
  const t = newTenderScores();
  for (const e of world.enterprises) {
    if (!mayBid(world, e, c, capexRmb, assetOut)) continue;
    let v = valueAssets(world, e, world.streams.enterprises);
    for (let k = 0; k < members.length; k++) {
      v += valueBundle(world, e, members[k], capex[k], world.streams.enterprises).value;
    }
    const bid = -v;
    if (!(bid <= maxTopUp)) continue;
    e.bids++;
    scoreBid(world, t, e.id, bid, total);
  }
  if (t.best < 0) return null;
  const payment = secondPricePayment(world, t, total, maxTopUp);
  const e = world.enterprises[t.best];
  p.enterprise = t.best;
  p.paymentPerCapex = payment / total;
  const paid = payFromFirm(world, e, 'use:assetWorks', assetOut);
  recordFlow(world, e, -paid);
  p.assetMonthsLeft = concessionMonths(s);
  return { enterprise: t.best, paymentRmb: round2(p.paymentPerCapex * capexRmb) };
}

/** Whether firm e can still finance community c's outlay and overrun reserve at capex `capexRmb`. */
function canFinance(world: World, e: Enterprise, c: Community, capexRmb: number): boolean {
  const firmCapex = capexRmb * e.costEfficiency;
  return (
    e.active &&
    world.ledger.firmCashRmb(e.id) - e.reservedRmb >=
      outlay(world.scenario, c, firmCapex).totalRmb + overrunReserveRmb(world.scenario, firmCapex)
  );
}

/**
 * The contract for community c entering funding with plan capex `capexRmb`: a member of a package
 * won by a firm that can finance it joins that firm on the package's terms; a member of a package
 * not yet won tenders the package; otherwise (no package, no package bid, the winner gone or short of
 * cash) c is tendered alone (`tender`).
 */
export function tenderWithPackages(world: World, c: Community, capexRmb: number): TenderResult | null {
  const p = c.package >= 0 ? world.packages[c.package] : undefined;
  if (!p) return tender(world, c, capexRmb);
  if (p.enterprise < 0) return tenderPackage(world, p, c, capexRmb) ?? tender(world, c, capexRmb);
  const e = world.enterprises[p.enterprise];
  if (canFinance(world, e, c, capexRmb)) {
    return { enterprise: e.id, paymentRmb: round2(p.paymentPerCapex * capexRmb) };
  }
  return tender(world, c, capexRmb);
}

/**
 * One month of every won package's assets (id order, enterprises stream), before the firms' own
 * operations: revenue at a noise factor N(1, revenueNoiseCv)⁺ (cut in a downturn) from src:tenants,
 * then the fixed operating cost and the taxes, each paid as far as the firm's cash goes. Assets of a
 * firm that has left the market stop (the city does not run them).
 */
export function operatePackageAssets(world: World): void {
  const s = world.scenario;
  for (const p of world.packages) {
    if (p.assetMonthsLeft <= 0) continue;
    const e = world.enterprises[p.enterprise];
    if (!e.active) {
      p.assetMonthsLeft = 0;
      continue;
    }
    let factor = Math.max(0, world.streams.enterprises.normal(1, s.enterprises.bundle.revenueNoiseCv));
    if (world.government.downturn) factor *= 1 - s.shocks.downturn.revenueCut;
    const revenue = payToFirm(world, e, 'src:tenants', assetRevenueRmb(world) * factor);
    const paid =
      payFromFirm(world, e, 'use:operations', round2(assetCostRmb(world))) +
      payFromFirm(world, e, 'use:taxes', round2(effectiveTaxRate(s) * revenue));
    recordFlow(world, e, revenue - paid);
    p.assetMonthsLeft--;
  }
}

/** Expected net monthly flow of a package's assets (RMB per month), for projecting held assets. */
function expectedAssetNet(world: World): number {
  const rev = assetRevenueRmb(world) * (1 - expectedDownturnCut(world.scenario));
  return rev * (1 - effectiveTaxRate(world.scenario)) - assetCostRmb(world);
}

/**
 * Realised IRR (annual) of the firms that won a package: their pooled realised cash flows, with their
 * concessions and package assets still held extended to their end at the expected monthly net (as
 * `realisedIrr`). NaN when no package was won or the flows do not change sign.
 */
export function packageFirmsIrr(world: World): number {
  const winners = new Set<number>();
  for (const p of world.packages) if (p.enterprise >= 0) winners.add(p.enterprise);
  if (winners.size === 0) return Number.NaN;
  const tick = world.clock.tick;
  let len = 0;
  for (const id of winners) len = Math.max(len, world.enterprises[id].flows.length);
  for (const c of world.communities) {
    if (winners.has(c.enterprise) && world.enterprises[c.enterprise].active) {
      len = Math.max(len, tick + 1 + c.concessionMonthsLeft);
    }
  }
  for (const p of world.packages)
    if (p.assetMonthsLeft > 0) len = Math.max(len, tick + 1 + p.assetMonthsLeft);
  const pooled = new Float64Array(len);
  for (const id of winners) {
    const f = world.enterprises[id].flows;
    for (let t = 0; t < f.length; t++) pooled[t] += f[t];
  }
  for (const c of world.communities) {
    if (!winners.has(c.enterprise) || !world.enterprises[c.enterprise].active) continue;
    const net = expectedMonthlyNet(world, c, world.enterprises[c.enterprise]);
    for (let k = 1; k <= c.concessionMonthsLeft; k++) pooled[tick + k] += net;
  }
  const assetNet = expectedAssetNet(world);
  for (const p of world.packages) for (let k = 1; k <= p.assetMonthsLeft; k++) pooled[tick + k] += assetNet;
  return irr(pooled, 'month');
}

/** Households and households renovated of the communities pending at the start, in won packages or not. */
export interface BundleOutcomes {
  bundledHouseholds: number;
  bundledRenovated: number;
  unbundledHouseholds: number;
  unbundledRenovated: number;
}

/** Renovation outcomes of communities in won packages against the other pending communities. */
export function bundleOutcomes(world: World): BundleOutcomes {
  const o = { bundledHouseholds: 0, bundledRenovated: 0, unbundledHouseholds: 0, unbundledRenovated: 0 };
  for (const c of world.communities) {
    if (c.renovatedAtStart) continue;
    const done = c.completedTick >= 0 ? c.households : 0;
    if (c.package >= 0 && world.packages[c.package].enterprise >= 0) {
      o.bundledHouseholds += c.households;
      o.bundledRenovated += done;
    } else {
      o.unbundledHouseholds += c.households;
      o.unbundledRenovated += done;
    }
  }
  return o;
}
