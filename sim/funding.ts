/**
 * Funding a voted project (MODEL.md §7.1–7.3). The cost split of comprehensive renovation:
 * central transfer per household; in a PPP bundle the winning firm's capex share, the guidance fund's
 * co-investment and any top-up; owners' share of the plan (pre-financed by the city fund and repaid in
 * instalments, capped at a number of months of income, the excess waived); landlords of rented flats
 * pay their share at once; the city fund pays the rest, within the cost-share cap. Elevators: the
 * provincial and city subsidies, then owners' shares under the sharing rule, with the ground-floor
 * compensation fund paid out at once. All money goes to escrow and is paid to contractors on
 * completion. Nothing is committed unless the city fund holds the city's part (hard budget constraint).
 */
import {
  outlay,
  overrunReserveRmb,
  premiumRmb,
  recordFlow,
  startConcession,
  tender,
} from '../agents/enterprise.js';
import { type MonthMoney, PAYERS } from './metrics.js';
import type { Community, World } from './state.js';

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
 * Owners' share of capex the first plan proposes: the configured share, raised to cover what public
 * standards and the expected PPP private share leave uncovered (0..1).
 */
export function initialResidentShare(w: World, c: Community): number {
  const s = w.scenario;
  const capex = planCapex(w, c);
  if (capex <= 0) return s.renovation.residentCostShare;
  const std = publicStandards(w);
  let covered = (std.central + std.city) * c.households;
  if (s.enterprises.enabled && w.enterprises.some((e) => e.active)) {
    covered += s.enterprises.bundle.capexShare * capex;
    if (s.government.guidanceFund.enabled) covered += s.government.guidanceFund.coInvestShare * capex;
  }
  if (s.government.costShareCap.enabled) {
    const pub = (std.central + std.city) * c.households;
    covered -= pub - Math.min(pub, capex * s.government.costShareCap.maxPublicShare);
  }
  const gap = 1 - covered / capex;
  return Math.min(1, Math.max(s.renovation.residentCostShare, gap));
}

interface Split {
  capex: number;
  central: number;
  enterprise: number;
  guidance: number;
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
    e.cashRmb - e.reservedRmb >=
      outlay(w.scenario, c, firmCapex).totalRmb + overrunReserveRmb(w.scenario, firmCapex)
  );
}

/** Outcome of a funding attempt. */
export type FundingOutcome = 'committed' | 'wait' | 'gap';

/**
 * Try to commit funding for community c. 'wait': the city fund (or guidance fund) does not hold its
 * part yet; 'gap': the cost-share cap leaves part of the capex without a payer (the project stalls).
 * `cityNeedRmb` is what the city would have to pay now (for the unmet-need metric).
 */
export function commitFunding(w: World, c: Community, money: MonthMoney): FundingOutcome {
  const s = w.scenario;
  const L = w.ledger;
  const renovate = c.plan?.approved && c.plan.items.length > 0;
  let firm = -1;
  let topUp = 0;
  let capex = renovate ? planCapex(w, c) : 0;
  if (renovate && s.enterprises.enabled && capex > 0) {
    const held = c.bid;
    const stillAble = held ? canFinance(w, c, held.enterprise, capex) : true;
    const bid = held === undefined || !stillAble ? tender(w, c, capex) : held;
    c.bid = bid;
    if (bid) {
      firm = bid.enterprise;
      topUp = Math.round(bid.topUpRmb);
      capex = planCapex(w, c, w.enterprises[firm].costEfficiency);
    }
  }
  const sp = computeSplit(w, c, capex, firm);
  // Other payers never cover more than the capex: trim the guidance fund, then the central transfer.
  let excess = sp.central + sp.enterprise + sp.guidance + sp.landlords - capex;
  if (excess > 0) {
    const g = Math.min(sp.guidance, excess);
    sp.guidance -= g;
    excess -= g;
    sp.central -= Math.min(sp.central, excess);
  }
  const cityRenovation = Math.max(0, capex - sp.central - sp.enterprise - sp.guidance - sp.landlords);
  const cap = s.government.costShareCap;
  const cityPublic = cityRenovation - sp.ownersOwed;
  if (cap.enabled && capex > 0 && sp.central + cityPublic + topUp > cap.maxPublicShare * capex + 0.5) {
    return 'gap';
  }
  const premium = s.government.insurance.enabled && capex > 0 ? premiumRmb(s, capex) : null;
  const cityPremium = premium
    ? firm >= 0
      ? premium.governmentRmb
      : premium.governmentRmb + premium.firmRmb
    : 0;
  const cityNeed =
    cityRenovation +
    topUp +
    sp.elevatorCity +
    sp.elevatorOwners +
    sp.compensation +
    sp.planCompensation +
    cityPremium;
  if (L.rmb('cityFund') < cityNeed || L.rmb('guidanceFund') < sp.guidance) {
    money.unmetRmb += cityNeed;
    return 'wait';
  }
  let renFen = 0;
  let firmFen = 0;
  renFen += L.transfer('src:central', 'escrow', sp.central);
  renFen += L.transfer('guidanceFund', 'escrow', sp.guidance);
  renFen += L.transfer('src:residents', 'escrow', sp.landlords);
  if (firm >= 0) {
    const e = w.enterprises[firm];
    if (topUp > 0) {
      e.cashRmb += L.transfer('cityFund', 'enterprises', topUp) / 100;
      recordFlow(w, e, topUp);
    }
    const before = L.rmb('escrow');
    if (!startConcession(w, c, e, capex)) throw new Error(`firm ${e.id} won a tender it cannot finance`);
    c.firmReserveRmb = overrunReserveRmb(s, capex);
    e.reservedRmb += c.firmReserveRmb;
    firmFen = Math.round((L.rmb('escrow') - before) * 100);
    renFen += firmFen;
  }
  // The city pays the remainder, so escrow holds exactly the capex.
  const remainderFen = Math.max(0, Math.round(capex * 100) - renFen);
  renFen += L.transfer('cityFund', 'escrow', remainderFen / 100);
  let elevFen = 0;
  elevFen += L.transfer('src:provincial', 'escrow', sp.provincial);
  elevFen += L.transfer('cityFund', 'escrow', sp.elevatorCity + sp.elevatorOwners);
  elevFen += L.transfer('src:residents', 'escrow', sp.elevatorLandlords);
  L.transfer('cityFund', 'use:compensation', sp.compensation + sp.planCompensation);
  L.transfer('cityFund', 'use:insurancePremiums', cityPremium);
  assignOwed(w, c, renovate ? capex : 0);
  c.enterprise = firm;
  c.pppBundle = firm >= 0;
  c.capexRmb = capex;
  c.escrowRenovationFen = renFen;
  c.escrowElevatorFen = elevFen;
  const gf = w.scenario.government.guidanceFund;
  const guidancePrivate = sp.guidance * (gf.leverage / (1 + gf.leverage));
  c.publicCommittedRmb =
    sp.central +
    (remainderFen / 100 - sp.ownersOwed) +
    topUp +
    sp.provincial +
    sp.elevatorCity +
    sp.planCompensation +
    cityPremium +
    sp.guidance -
    guidancePrivate;
  money.publicRmb += c.publicCommittedRmb;
  const by = money.byPayer;
  const cityPart =
    remainderFen / 100 - sp.ownersOwed + topUp + sp.elevatorCity + sp.planCompensation + cityPremium;
  by[PAYERS.indexOf('central')] += sp.central;
  by[PAYERS.indexOf('provincial')] += sp.provincial;
  by[PAYERS.indexOf('cityFund')] += cityPart;
  by[PAYERS.indexOf('guidanceGovernment')] += sp.guidance - guidancePrivate;
  by[PAYERS.indexOf('guidancePrivate')] += guidancePrivate;
  by[PAYERS.indexOf('enterprise')] += firmFen / 100;
  by[PAYERS.indexOf('residents')] += sp.landlords + sp.ownersOwed + sp.elevatorOwners + sp.elevatorLandlords;
  money.privateRmb +=
    firmFen / 100 + guidancePrivate + sp.landlords + sp.ownersOwed + sp.elevatorOwners + sp.elevatorLandlords;
  c.overrunSettled = false;
  c.bid = undefined;
  return 'committed';
}

function computeSplit(w: World, c: Community, capex: number, firm: number): Split {
  const s = w.scenario;
  const hh = w.households;
  const std = publicStandards(w);
  const ppp = firm >= 0;
  const central = Math.min(capex, std.central * c.households);
  const enterprise = ppp ? Math.round(s.enterprises.bundle.capexShare * capex) : 0;
  const guidance =
    ppp && s.government.guidanceFund.enabled
      ? Math.min(Math.round(s.government.guidanceFund.coInvestShare * capex), w.ledger.rmb('guidanceFund'))
      : 0;
  const ownersShare = c.plan ? c.plan.residentShare : 0;
  let landlords = 0;
  let ownersOwed = 0;
  let ownersWaived = 0;
  const maxMonths = s.residents.contributions.maxMonthsOfIncome;
  if (capex > 0 && ownersShare > 0) {
    const perM2 = (ownersShare * capex) / c.floorAreaM2;
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
  let elevatorOwners = 0;
  let compensation = 0;
  let planCompensation = 0;
  const extra = c.plan ? c.plan.groundCompensationRmb : 0;
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
      if (hh.floor[h] === 1 && hh.owner[h]) planCompensation += extra;
    }
    const fund = compensationFund(unit.elevatorCompensation);
    const subsidies = unit.elevatorCostRmb - (residentsPart - fund);
    const prov = Math.min(
      subsidies,
      s.government.upperTransfers.enabled ? w.policies.now.provincialRmbPerElevator : 0,
    );
    provincial += prov;
    elevatorCity += subsidies - prov;
  }
  elevatorLandlords = Math.round(elevatorLandlords * 100) / 100;
  const elevatorResidentsTotal = elevatorCost - provincial - elevatorCity + compensation;
  elevatorOwners = Math.round((elevatorResidentsTotal - elevatorLandlords - compensation) * 100) / 100;
  return {
    capex,
    central,
    enterprise,
    guidance,
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

/** Owners' obligations: renovation share (capped) and elevator payments, as instalments. */
function assignOwed(w: World, c: Community, capex: number): void {
  const s = w.scenario;
  const hh = w.households;
  const ownersShare = c.plan ? c.plan.residentShare : 0;
  const perM2 = capex > 0 ? (ownersShare * capex) / c.floorAreaM2 : 0;
  const months = s.residents.contributions.instalmentMonths;
  const maxMonths = s.residents.contributions.maxMonthsOfIncome;
  for (let h = c.hhStart; h < c.hhEnd; h++) {
    if (!hh.owner[h]) continue;
    let owed = Math.min(perM2 * hh.areaM2[h], maxMonths * hh.incomeRmb[h]);
    const unit = w.units[hh.unit[h]];
    if (unit.elevator === 1 && unit.elevatorShares) {
      owed += unit.elevatorShares[h - unit.hhStart];
      if (unit.elevatorCompensation) hh.compensationRmb[h] += unit.elevatorCompensation[h - unit.hhStart];
      if (hh.floor[h] === 1 && c.plan) hh.compensationRmb[h] += c.plan.groundCompensationRmb;
    }
    owed = Math.round(owed * 100) / 100;
    hh.owedRmb[h] += owed;
    hh.instalmentRmb[h] = Math.round((hh.owedRmb[h] / months) * 100) / 100;
  }
}
