/**
 * Funding a voted project (MODEL.md §7.1–7.3): the tender (single or with its area package), the
 * cost split of sim/model/cost-split.ts turned into ledger transfers into escrow (central, firm and
 * guidance fund, utilities, work unit, maintenance fund, landlords at once, owners' instalments
 * pre-financed by the city fund, elevator subsidies and shares, the city fund for the rest), the
 * owners' obligations, and the funding events of the trace. All money goes to escrow and is paid to
 * contractors on completion. Nothing is committed unless the city fund holds the city's part (hard
 * budget constraint).
 */
import {
  outlay,
  overrunReserveRmb,
  payFromFirm,
  premiumRmb,
  recordFlow,
  startConcession,
} from '../../agents/enterprise.js';
import { recordContent } from './content.js';
import { tenderWithPackages } from '../../agents/enterprise-package.js';
import { computeSplit, planCapex, type Split } from './cost-split.js';
import { type MonthMoney, PAYERS } from './metrics.js';
import { escrowPart } from '../world/ledger.js';
import type { Community, World } from '../world/state.js';
import { logEvent, tracing } from '../world/trace.js';
import { totalBids, traceFunded, traceTender } from './trace-sites.js';

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
