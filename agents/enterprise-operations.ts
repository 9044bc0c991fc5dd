/**
 * Monthly operation of held concessions, MODEL.md §7.2: realised revenue with noise, collection rising
 * with resident satisfaction, downturns cutting revenue, volunteer points redeemed against fees, taxes,
 * the value-uplift share, the interest subsidy, disputes, the end of concessions and the exit of firms
 * whose cash falls below the exit threshold (or that cannot pay their bills), with the city taking
 * their projects over. Also the realised IRR and enterprise-health indicators of the metrics.
 *
 * Money of one operating month (amounts in whole fen; the firm pays only what it holds):
 * fees, parking and services src:residents → enterprises (fees as billed; the part settled with
 * volunteer points goes on to use:feeRelief, a cost to the operator), FAR rent src:tenants →
 * enterprises, operating cost → use:operations, taxes → use:taxes, value-uplift share →
 * communityFunds (the community's own part of it, which pays its elevators' maintenance and
 * its repairs: sim/model/phases.ts, agents/hazards.ts), interest subsidy of whitelisted firms cityFund →
 * enterprises (what the fund holds).
 * Reputation: each January a firm's reputation moves by η toward the mean satisfaction of the
 * communities it operates, and at the end of a concession toward that community's satisfaction.
 */
import { irr } from '../sim/kernel/finance.js';
import type { Account } from '../sim/world/ledger.js';
import type { Community, Enterprise, World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import {
  advanceDisputes,
  exitFirm,
  nudgeReputation,
  payFromFirm,
  payToFirm,
  recordFlow,
} from './enterprise-contract.js';
import {
  collectionRate,
  effectiveTaxRate,
  expectedDownturnCut,
  expectedSatisfaction,
  farRentRmb,
  feeRevenueRmb,
  interestSubsidyRmb,
  meanTrust,
  operatingCostRmb,
  outlay,
  round2,
  serviceRevenueRmb,
  upliftRmb,
} from './enterprise-terms.js';
import { redeemPoints } from './resident-money.js';

/** One bill of an operating month: where it goes (a community's part for `communityFunds`) and its amount (RMB). */
interface Bill {
  account: Account;
  rmb: number;
  community?: number;
}

/** Fee relief of c's households this month from volunteer points, fees at `feePerM2` (RMB). */
function feeRelief(world: World, c: Community, feePerM2: number): number {
  if (!world.scenario.residents.volunteerPoints.enabled || !(feePerM2 > 0)) return 0;
  const area = world.households.areaM2;
  let relief = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) relief += redeemPoints(world, h, feePerM2 * area[h]);
  return round2(relief);
}

/** One month of firm e operating community c; returns false when the firm could not pay its bills. */
function operate(world: World, c: Community, e: Enterprise): boolean {
  const s = world.scenario;
  const rng = world.streams.enterprises;
  const coll = collectionRate(s, c.satisfaction, meanTrust(world, c));
  let factor = Math.max(0, rng.normal(1, s.enterprises.bundle.revenueNoiseCv));
  if (world.government.downturn) factor *= 1 - s.shocks.downturn.revenueCut;
  const service = payToFirm(world, e, 'src:residents', serviceRevenueRmb(world, c, coll) * factor);
  const rent = payToFirm(world, e, 'src:tenants', farRentRmb(s, c) * factor);
  const revenue = service + rent;
  const subsidy = e.whitelisted
    ? payToFirm(world, e, 'cityFund', interestSubsidyRmb(s, e, outlay(s, c, c.capexRmb).totalRmb))
    : 0;
  const feePerM2 = (feeRevenueRmb(s, c, coll) * factor) / c.floorAreaM2;
  // The month's bills, in the order they are paid (RMB, whole fen).
  const bills: readonly Bill[] = [
    { account: 'use:operations', rmb: round2(operatingCostRmb(world, c)) },
    { account: 'use:taxes', rmb: round2(effectiveTaxRate(s) * revenue) },
    { account: 'use:feeRelief', rmb: feeRelief(world, c, feePerM2) },
    { account: 'communityFunds', rmb: round2(upliftRmb(s, c, revenue)), community: c.id },
  ];
  let paid = 0;
  let solvent = true;
  for (const bill of bills) {
    const p = payFromFirm(world, e, bill.account, bill.rmb, bill.community);
    paid += p;
    if (p < bill.rmb) solvent = false;
  }
  recordFlow(world, e, revenue + subsidy - paid);
  if (--c.concessionMonthsLeft <= 0) endConcession(world, c, e);
  return solvent;
}

function endConcession(world: World, c: Community, e: Enterprise): void {
  if (tracing(world, c.id)) {
    logEvent(world.trace!, world.clock.tick, c.id, {
      kind: 'concessionEnded',
      enterprise: e.id,
      takeover: false,
    });
  }
  c.enterprise = -1;
  c.concessionMonthsLeft = 0;
  c.state = 'done';
  c.stateSince = world.clock.tick;
  const i = e.projects.indexOf(c.id);
  if (i >= 0) e.projects.splice(i, 1);
  nudgeReputation(world, e, c.satisfaction);
}

function januaryReputation(world: World): void {
  for (const e of world.enterprises) {
    if (!e.active) continue;
    let sum = 0;
    let n = 0;
    for (const id of e.projects) {
      const c = world.communities[id];
      if (c.state === 'operation' && c.enterprise === e.id) {
        sum += c.satisfaction;
        n++;
      }
    }
    if (n > 0) nudgeReputation(world, e, sum / n);
  }
}

/**
 * The enterprises' phase of a tick (MODEL.md §3, phase 5): count down disputes (settling those that
 * end), operate every concession in state 'operation' in id order (enterprises stream), end
 * concessions whose term is over (c → 'done'), update reputations in January, and let firms exit
 * (in id order) whose cash is below `enterprises.exitCashRmb` or that could not pay a bill.
 */
export function enterprisePhase(world: World): void {
  advanceDisputes(world);
  const defaulted = new Set<number>();
  for (const c of world.communities) {
    if (c.state !== 'operation' || c.enterprise < 0) continue;
    const e = world.enterprises[c.enterprise];
    if (!e.active) continue;
    if (!operate(world, c, e)) defaulted.add(e.id);
  }
  if (world.clock.month === 1) januaryReputation(world);
  const exitCash = world.scenario.enterprises.exitCashRmb;
  for (const e of world.enterprises) {
    if (e.active && (world.ledger.firmCashRmb(e.id) < exitCash || defaulted.has(e.id))) exitFirm(world, e);
  }
}

/** Expected net monthly flow of firm e on community c at current conditions (RMB per month). */
export function expectedMonthlyNet(world: World, c: Community, e: Enterprise): number {
  const s = world.scenario;
  const sat = c.completedTick >= 0 ? c.satisfaction : expectedSatisfaction(world, e.quality, c);
  const revenue =
    (serviceRevenueRmb(world, c, collectionRate(s, sat, meanTrust(world, c))) + farRentRmb(s, c)) *
    (1 - expectedDownturnCut(s));
  const subsidy = e.whitelisted ? interestSubsidyRmb(s, e, outlay(s, c, c.capexRmb).totalRmb) : 0;
  return (
    revenue * (1 - effectiveTaxRate(s)) - operatingCostRmb(world, c) - upliftRmb(s, c, revenue) + subsidy
  );
}

/**
 * IRR (annual) of all firms' pooled realised monthly cash flows (outlays, overruns, operating net,
 * settlements, subsidies; top-ups when the caller records them with `recordFlow`). With
 * `projectRemaining` (default), concessions still held are extended to their end at their expected
 * monthly net under current conditions (those not yet operating as if operating from next month), so
 * the horizon does not truncate them; without it the flows stop at the current tick. NaN when undefined (no flows, or no sign change).
 */
export function realisedIrr(world: World, projectRemaining = true): number {
  const tick = world.clock.tick;
  let len = 0;
  for (const e of world.enterprises) len = Math.max(len, e.flows.length);
  const held = projectRemaining
    ? world.communities.filter((c) => c.enterprise >= 0 && world.enterprises[c.enterprise].active)
    : [];
  for (const c of held) len = Math.max(len, tick + 1 + c.concessionMonthsLeft);
  const pooled = new Float64Array(len);
  for (const e of world.enterprises) for (let t = 0; t < e.flows.length; t++) pooled[t] += e.flows[t];
  for (const c of held) {
    const net = expectedMonthlyNet(world, c, world.enterprises[c.enterprise]);
    for (let k = 1; k <= c.concessionMonthsLeft; k++) pooled[tick + k] += net;
  }
  return irr(pooled, 'month');
}

/**
 * Enterprise health for the economic resilience dimension (0..1): the share of the firm pool that is
 * still active with cash at or above the exit threshold. NaN when there are no firms.
 */
export function enterpriseHealth(world: World): number {
  const n = world.enterprises.length;
  if (n === 0) return Number.NaN;
  const exitCash = world.scenario.enterprises.exitCashRmb;
  let ok = 0;
  for (const e of world.enterprises) if (e.active && world.ledger.firmCashRmb(e.id) >= exitCash) ok++;
  return ok / n;
}
