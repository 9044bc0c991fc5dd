/**
 * Funding a voted project (MODEL.md §7.1–7.3). The cost split of comprehensive renovation:
 * central money (per household or per project); in a PPP bundle the winning firm's capex share, the
 * guidance fund's co-investment and any top-up; pipeline utilities and former owning work units
 * (their rules in funding-channels.ts); owners' share of the plan, part of it from their housing
 * maintenance fund, the rest (pre-financed by the city fund and repaid in
 * instalments, capped at a number of months of income, the excess waived); landlords of rented flats
 * pay their share at once; the city fund pays the rest, within the cost-share cap. Elevators: the
 * provincial and city subsidies, then owners' shares under the sharing rule, with the ground-floor
 * compensation fund paid out at once. All money goes to escrow and is paid to contractors on
 * completion. Nothing is committed unless the city fund holds the city's part (hard budget constraint).
 */
import {
  outlay,
  overrunReserveRmb,
  payFromFirm,
  premiumRmb,
  recordFlow,
  startConcession,
} from '../../agents/enterprise.js';
import {
  centralForProject,
  maintenanceWithdrawal,
  utilitiesPayment,
  workUnitPayment,
} from './funding-channels.js';
import { ownersBaseShare } from '../../agents/fire-safety.js';
import { recordContent } from './content.js';
import { tenderWithPackages } from '../../agents/enterprise-package.js';
import { type MonthMoney, PAYERS } from './metrics.js';
import { escrowPart } from '../world/ledger.js';
import type { Community, World } from '../world/state.js';
import { logEvent, tracing } from '../world/trace.js';
import { totalBids, traceFunded, traceTender } from './trace-sites.js';

/** Renovation capex of a plan's items for community c at the firm's cost efficiency (RMB). */
export function planCapex(w: World, c: Community, efficiency = 1): number {
  if (!c.plan) return 0;
  let perHh = 0;
  for (const i of c.plan.items) perHh += w.items[i].costRmbPerHousehold;
  return Math.round(perHh * c.households * c.costMultiplier * efficiency);
}

/** Public funding per household this tick: central transfer and the city's funding standard (RMB). */
export function publicStandards(w: World): { central: number; city: number } {
  const g = w.scenario.government;
  return {
    central: g.upperTransfers.enabled ? w.policies.now.centralRmbPerHousehold : 0,
    city: g.householdSubsidy.enabled
      ? w.policies.now.householdSubsidyRmb * w.government.subsidyMultiplier
      : 0,
  };
}

/**
 * Expected share of capex that private partners bring when a PPP bundle is expected (some firm is
 * active): the firm's capexShare plus the private part of the guidance fund's co-investment (0..1).
 */
function expectedPrivateShare(w: World): number {
  const s = w.scenario;
  if (!s.enterprises.enabled || !w.enterprises.some((e) => e.active)) return 0;
  const gf = s.government.guidanceFund;
  const guidancePrivate = gf.enabled ? gf.coInvestShare * (gf.leverage / (1 + gf.leverage)) : 0;
  return s.enterprises.bundle.capexShare + guidancePrivate;
}

/**
 * The lowest owners' share of capex a plan may reach (0..1): the share that keeps public money within
 * the cost-share cap (owners ≥ 1 − maxPublicShare − expected private share); 0 without a cap.
 * Consultation revisions never cut below it.
 */
export function ownersShareFloor(w: World): number {
  const s = w.scenario;
  if (!s.government.costShareCap.enabled) return 0;
  const floor = 1 - s.government.costShareCap.maxPublicShare - expectedPrivateShare(w);
  return Math.min(1, Math.max(0, floor));
}

/**
 * Owners' share of capex the first plan proposes (0..1): what remains after the payers in front of
 * them — central transfer and the city's subsidy per household, and in an expected PPP bundle the
 * firm's capex share and the guidance fund's co-investment — bounded below by
 * renovation.residentCostShare (owners pay something, 谁受益谁出资) and {@link ownersShareFloor}.
 * So every yuan of subsidy lowers the owners' share until it reaches the floor (beyond which the
 * subsidy is not spent: the city pays only the remainder at funding).
 */
export function initialResidentShare(w: World, c: Community): number {
  const s = w.scenario;
  const floor = Math.max(s.renovation.residentCostShare, ownersShareFloor(w));
  const capex = planCapex(w, c);
  if (capex <= 0) return floor;
  const std = publicStandards(w);
  let covered = centralForProject(w, c, capex) + std.city * c.households;
  covered += utilitiesPayment(w, c, capex) + workUnitPayment(w, c, capex);
  if (expectedPrivateShare(w) > 0) {
    covered += s.enterprises.bundle.capexShare * capex;
    if (s.government.guidanceFund.enabled) covered += s.government.guidanceFund.coInvestShare * capex;
  }
  return Math.min(1, Math.max(floor, 1 - covered / capex));
}

interface Split {
  capex: number;
  central: number;
  enterprise: number;
  /** The firm's extra contribution won in the tender (RMB, ≥ 0). */
  extra: number;
  guidance: number;
  /** Pipeline utilities' payment for the items on their networks (RMB). */
  utilities: number;
  /** The former owning work unit's contribution (RMB). */
  workUnit: number;
  /** Withdrawn from the owners' housing maintenance fund towards their share (RMB). */
  maintenanceFund: number;
  landlords: number;
  ownersOwed: number;
  ownersWaived: number;
  elevatorCost: number;
  provincial: number;
  elevatorCity: number;
  elevatorLandlords: number;
  elevatorOwners: number;
  compensation: number;
  /** Compensation added in consultation for ground-floor households, paid by the city (RMB). */
  planCompensation: number;
}

/** Whether firm `id` can still finance community c's bundle (active, cash beyond its earmarks). */
function canFinance(w: World, c: Community, id: number, capexRmb: number): boolean {
  const e = w.enterprises[id];
  const firmCapex = capexRmb * e.costEfficiency;
  return (
    e.active &&
    w.ledger.firmCashRmb(id) - e.reservedRmb >=
      outlay(w.scenario, c, firmCapex).totalRmb + overrunReserveRmb(w.scenario, firmCapex)
  );
}

/** Outcome of a funding attempt: committed, or waiting for the city fund to hold its part. */
export type FundingOutcome = 'committed' | 'wait';

const fen = (rmb: number): number => Math.round(rmb * 100);

/**
 * Try to commit funding for community c (state 'funding'). The renovation is paid, in this order, by
 * the central transfer, in a PPP bundle the firm (capex share and any extra contribution won in the
 * tender) and the guidance fund, pipeline utilities and the former owning work unit, then the owners'
 * voted share (of the items they pay for: not fire-safety items paid publicly under the fire-safety
 * target; first from their maintenance fund, as far as its cover goes; landlords of rented flats at once,
 * owners' part pre-financed by the city and repaid in instalments, capped at maxMonthsOfIncome months
 * of income per owner, the excess waived and borne by the city as hardship relief), and the city fund
 * pays what remains. Owners never pay for a surplus: when the others cover more than planned, their
 * share shrinks. Elevators: provincial and city subsidies, and the owners of the unit pay their shares
 * (with the ground-floor fund contributions) at once. 'wait': the city fund does not hold the city's
 * part; the project waits in the funding queue (this month's need counts as unmet need). Every amount
 * is in whole fen and the city's part is checked in fen, so a commitment never overdraws the fund.
 */
export function commitFunding(w: World, c: Community, money: MonthMoney): FundingOutcome {
  const s = w.scenario;
  const L = w.ledger;
  const renovate = c.plan?.approved && c.plan.items.length > 0;
  let firm = -1;
  let payment = 0;
  let capex = renovate ? planCapex(w, c) : 0;
  if (renovate && s.enterprises.enabled && capex > 0) {
    const held = c.bid;
    const stillAble = held ? canFinance(w, c, held.enterprise, capex) : true;
    const fresh = held === undefined || !stillAble;
    const bidsBefore = fresh && tracing(w, c.id) ? totalBids(w) : 0;
    const bid = fresh ? tenderWithPackages(w, c, capex) : held;
    c.bid = bid;
    if (fresh && tracing(w, c.id)) traceTender(w, c, totalBids(w) - bidsBefore, bid, capex);
    if (bid) {
      firm = bid.enterprise;
      payment = bid.paymentRmb;
      capex = planCapex(w, c, w.enterprises[firm].costEfficiency);
    }
  }
  const topUp = Math.max(0, payment);
  const sp = computeSplit(w, c, capex, firm, Math.max(0, -payment));
  const premium = s.government.insurance.enabled && capex > 0 ? premiumRmb(s, capex) : null;
  const cityPremium = premium
    ? firm >= 0
      ? premium.governmentRmb
      : premium.governmentRmb + premium.firmRmb
    : 0;
  const firmShareFen = firm >= 0 ? fen(outlay(s, c, capex).shareRmb) : 0;
  const othersFen =
    fen(sp.central) +
    fen(sp.guidance) +
    fen(sp.utilities) +
    fen(sp.workUnit) +
    fen(sp.maintenanceFund) +
    fen(sp.landlords) +
    firmShareFen +
    fen(sp.extra);
  const remainderFen = Math.max(0, fen(capex) - othersFen);
  const cityNeedFen =
    remainderFen + fen(topUp) + fen(sp.elevatorCity) + fen(sp.planCompensation) + fen(cityPremium);
  if (L.fen('cityFund') < cityNeedFen || L.rmb('guidanceFund') < sp.guidance) {
    money.unmetRmb += cityNeedFen / 100;
    if (tracing(w, c.id) && (w.trace!.fundingWaiting[c.id] === 0 || w.clock.month === 1)) {
      w.trace!.fundingWaiting[c.id] = 1;
      logEvent(w.trace!, w.clock.tick, c.id, {
        kind: 'fundingWait',
        needRmb: cityNeedFen / 100,
        cityFundRmb: L.fen('cityFund') / 100,
      });
    }
    return 'wait';
  }
  const renovation = { to: escrowPart(c.id, 'renovation') };
  const elevator = { to: escrowPart(c.id, 'elevator') };
  L.transfer('src:central', 'escrow', sp.central, renovation);
  L.transfer('guidanceFund', 'escrow', sp.guidance, renovation);
  L.transfer('src:utilities', 'escrow', sp.utilities, renovation);
  L.transfer('src:workUnits', 'escrow', sp.workUnit, renovation);
  L.transfer('maintenanceFunds', 'escrow', sp.maintenanceFund, { from: c.id, to: renovation.to });
  L.transfer('src:residents', 'escrow', sp.landlords, renovation);
  let firmFen = 0;
  if (firm >= 0) {
    const e = w.enterprises[firm];
    if (topUp > 0) {
      L.transfer('cityFund', 'enterprises', topUp, { to: e.id });
      recordFlow(w, e, topUp);
    }
    const before = L.escrowFen(c.id, 'renovation');
    if (!startConcession(w, c, e, capex)) throw new Error(`firm ${e.id} won a tender it cannot finance`);
    if (sp.extra > 0) recordFlow(w, e, -payFromFirm(w, e, 'escrow', sp.extra, renovation.to));
    c.firmReserveRmb = overrunReserveRmb(s, capex);
    e.reservedRmb += c.firmReserveRmb;
    firmFen = L.escrowFen(c.id, 'renovation') - before;
  }
  // The city pays the remainder, so the renovation part of escrow holds exactly the capex.
  const cityRenFen = Math.max(0, fen(capex) - L.escrowFen(c.id, 'renovation'));
  L.transfer('cityFund', 'escrow', cityRenFen / 100, renovation);
  L.transfer('src:provincial', 'escrow', sp.provincial, elevator);
  L.transfer('cityFund', 'escrow', sp.elevatorCity, elevator);
  L.transfer('src:residents', 'escrow', sp.elevatorOwners + sp.elevatorLandlords, elevator);
  L.transfer('src:residents', 'use:compensation', sp.compensation);
  L.transfer('cityFund', 'use:compensation', sp.planCompensation);
  L.transfer('cityFund', 'use:insurancePremiums', cityPremium);
  assignOwed(w, c, sp);
  if (capex > 0) {
    w.totals.ownersPaymentRmb += sp.landlords + sp.ownersOwed;
    w.totals.fundedHouseholds += c.households;
  }
  if (firm >= 0) {
    w.totals.tenderPaymentRmb += topUp - sp.extra;
    w.totals.tenderHouseholds += c.households;
  }
  c.enterprise = firm;
  c.pppBundle = firm >= 0;
  c.capexRmb = capex;
  const gf = w.scenario.government.guidanceFund;
  const guidancePrivate = sp.guidance * (gf.leverage / (1 + gf.leverage));
  const cityPart =
    cityRenFen / 100 - sp.ownersOwed + topUp + sp.elevatorCity + sp.planCompensation + cityPremium;
  c.publicCommittedRmb = sp.central + sp.provincial + cityPart + sp.guidance - guidancePrivate;
  money.publicRmb += c.publicCommittedRmb;
  const by = money.byPayer;
  const residentsPart =
    sp.landlords + sp.ownersOwed + sp.elevatorOwners + sp.elevatorLandlords + sp.compensation;
  by[PAYERS.indexOf('central')] += sp.central;
  by[PAYERS.indexOf('provincial')] += sp.provincial;
  by[PAYERS.indexOf('cityFund')] += cityPart;
  by[PAYERS.indexOf('guidanceGovernment')] += sp.guidance - guidancePrivate;
  by[PAYERS.indexOf('guidancePrivate')] += guidancePrivate;
  by[PAYERS.indexOf('enterprise')] += firmFen / 100;
  by[PAYERS.indexOf('utilities')] += sp.utilities;
  by[PAYERS.indexOf('workUnits')] += sp.workUnit;
  by[PAYERS.indexOf('maintenanceFund')] += sp.maintenanceFund;
  by[PAYERS.indexOf('residents')] += residentsPart;
  const channels = sp.utilities + sp.workUnit + sp.maintenanceFund;
  money.privateRmb += firmFen / 100 + guidancePrivate + channels + residentsPart;
  if (renovate) recordContent(w, c, capex, money);
  if (tracing(w, c.id)) {
    traceFunded(w, c, capex, firm, sp.ownersWaived, {
      central: sp.central,
      provincial: sp.provincial,
      cityFund: cityPart,
      guidanceGovernment: sp.guidance - guidancePrivate,
      guidancePrivate,
      enterprise: firmFen / 100,
      utilities: sp.utilities,
      workUnits: sp.workUnit,
      maintenanceFund: sp.maintenanceFund,
      residents: residentsPart,
    });
  }
  c.overrunSettled = false;
  c.bid = undefined;
  return 'committed';
}

function computeSplit(w: World, c: Community, capex: number, firm: number, extraOffered: number): Split {
  const s = w.scenario;
  const hh = w.households;
  const ppp = firm >= 0;
  let central = centralForProject(w, c, capex);
  const enterprise = ppp ? outlay(s, c, capex).shareRmb : 0;
  let guidance =
    ppp && s.government.guidanceFund.enabled
      ? Math.min(Math.round(s.government.guidanceFund.coInvestShare * capex), w.ledger.rmb('guidanceFund'))
      : 0;
  // The extra contribution is paid after the firm's outlay, so it is bounded by the cash left then.
  const cashAfterOutlay = ppp ? w.ledger.firmCashRmb(firm) - outlay(s, c, capex).totalRmb : 0;
  let extra = ppp ? Math.max(0, Math.min(round2(extraOffered), round2(cashAfterOutlay))) : 0;
  let utilities = utilitiesPayment(w, c, capex);
  let workUnit = workUnitPayment(w, c, capex);
  // Other payers never cover more than the capex: trim the extra, the guidance fund, the work unit,
  // the utilities, then the central transfer.
  let excess = central + enterprise + guidance + extra + utilities + workUnit - capex;
  for (const trim of ['extra', 'guidance', 'workUnit', 'utilities', 'central'] as const) {
    if (excess <= 0) break;
    const held = { extra, guidance, workUnit, utilities, central }[trim];
    const cut = Math.min(excess, held);
    if (trim === 'extra') extra = round2(extra - cut);
    else if (trim === 'guidance') guidance -= cut;
    else if (trim === 'workUnit') workUnit -= cut;
    else if (trim === 'utilities') utilities -= cut;
    else central -= cut;
    excess -= cut;
  }
  const left = Math.max(0, capex - central - enterprise - guidance - extra - utilities - workUnit);
  const ownersShare = Math.min(left, (c.plan ? c.plan.residentShare : 0) * capex * ownersBaseShare(w, c));
  // The owners' maintenance fund pays its part of their share; they owe the rest by exclusive area.
  const maintenanceFund = maintenanceWithdrawal(w, c, ownersShare);
  const ownersTotal = ownersShare - maintenanceFund;
  let landlords = 0;
  let ownersOwed = 0;
  let ownersWaived = 0;
  const maxMonths = s.residents.contributions.maxMonthsOfIncome;
  if (capex > 0 && ownersTotal > 0) {
    const perM2 = ownersTotal / c.floorAreaM2;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      const due = perM2 * hh.areaM2[h];
      if (!hh.owner[h]) landlords += due;
      else {
        const can = Math.min(due, maxMonths * hh.incomeRmb[h]);
        ownersOwed += can;
        ownersWaived += due - can;
      }
    }
  }
  landlords = Math.round(landlords);
  ownersOwed = Math.round(ownersOwed);
  ownersWaived = Math.round(ownersWaived);
  // Elevators voted through in this community's units.
  let elevatorCost = 0;
  let provincial = 0;
  let elevatorCity = 0;
  let elevatorLandlords = 0;
  let elevatorResidents = 0;
  let compensation = 0;
  let planCompensation = 0;
  const added = c.plan ? c.plan.groundCompensationRmb : 0;
  for (let u = c.unitStart; u < c.unitEnd; u++) {
    const unit = w.units[u];
    if (unit.elevator !== 1 || !unit.elevatorShares) continue;
    elevatorCost += unit.elevatorCostRmb;
    let residentsPart = 0;
    for (let h = unit.hhStart; h < unit.hhEnd; h++) {
      const pay = unit.elevatorShares[h - unit.hhStart];
      residentsPart += pay;
      if (!hh.owner[h]) elevatorLandlords += pay;
      if (unit.elevatorCompensation) compensation += unit.elevatorCompensation[h - unit.hhStart];
      if (hh.floor[h] === 1 && hh.owner[h]) planCompensation += added;
    }
    elevatorResidents += residentsPart;
    const fund = compensationFund(unit.elevatorCompensation);
    const subsidies = unit.elevatorCostRmb - (residentsPart - fund);
    const prov = Math.min(
      subsidies,
      s.government.upperTransfers.enabled ? w.policies.now.provincialRmbPerElevator : 0,
    );
    provincial += prov;
    elevatorCity += subsidies - prov;
  }
  // Residents' elevator payments: the net shares into escrow, the fund contributions to compensation.
  compensation = round2(compensation);
  elevatorLandlords = round2(elevatorLandlords);
  const elevatorOwners = round2(elevatorResidents - elevatorLandlords - compensation);
  return {
    capex,
    central,
    enterprise,
    extra,
    guidance,
    utilities,
    workUnit,
    maintenanceFund,
    landlords,
    ownersOwed,
    ownersWaived,
    elevatorCost,
    provincial,
    elevatorCity,
    elevatorLandlords,
    elevatorOwners,
    compensation,
    planCompensation,
  };
}

function compensationFund(comp: Float64Array | null): number {
  if (!comp) return 0;
  let t = 0;
  for (const x of comp) t += x;
  return t;
}

/**
 * Owners' renovation obligations as instalments (capped at maxMonthsOfIncome months of income each):
 * the split's ownersOwed spread over owners by exclusive area. Elevator shares are paid at once at
 * funding (not owed); ground-floor households' compensation is recorded.
 */
function assignOwed(w: World, c: Community, sp: Split): void {
  const s = w.scenario;
  const hh = w.households;
  const ownersTotal = sp.ownersOwed + sp.ownersWaived + sp.landlords;
  const perM2 = sp.capex > 0 ? ownersTotal / c.floorAreaM2 : 0;
  const months = s.residents.contributions.instalmentMonths;
  const maxMonths = s.residents.contributions.maxMonthsOfIncome;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    if (!hh.owner[h]) continue;
    const unit = w.units[hh.unit[h]];
    if (unit.elevator === 1 && unit.elevatorShares) {
      if (unit.elevatorCompensation) hh.compensationRmb[h] += unit.elevatorCompensation[h - unit.hhStart];
      if (hh.floor[h] === 1 && c.plan) hh.compensationRmb[h] += c.plan.groundCompensationRmb;
    }
    const owed = Math.round(Math.min(perM2 * hh.areaM2[h], maxMonths * hh.incomeRmb[h]) * 100) / 100;
    if (!(owed > 0)) continue;
    hh.owedRmb[h] += owed;
    hh.instalmentRmb[h] = Math.round((hh.owedRmb[h] / months) * 100) / 100;
  }
}

const round2 = (x: number): number => Math.round(x * 100) / 100;
