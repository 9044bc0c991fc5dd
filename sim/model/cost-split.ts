/**
 * Who pays what of a renovation (MODEL.md §7.1–7.3): the owners' share the consultation starts from
 * and its floor, the public funding standards, the plan's capex, and the cost split of a voted
 * project among central money, the PPP firm and guidance fund, pipeline utilities, the former
 * owning work unit, the owners (their maintenance fund first, landlords at once, owners in
 * instalments capped by income, the excess waived), the elevator subsidies and shares, and the city
 * fund for the rest. Pure arithmetic over the world's state: sim/model/funding.ts commits the money.
 */
import { outlay } from '../../agents/enterprise.js';
import { ownersBaseShare } from '../../agents/fire-safety.js';
import {
  centralForProject,
  maintenanceWithdrawal,
  utilitiesPayment,
  workUnitPayment,
} from './funding-channels.js';
import type { Community, World } from '../world/state.js';

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

/** Who pays what of a project: the cost split of MODEL.md §7.1–7.3 (RMB). */
export interface Split {
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

/** The cost split of community c's plan (capex at the winning firm's efficiency; firm −1: no PPP). */
export function computeSplit(
  w: World,
  c: Community,
  capex: number,
  firm: number,
  extraOffered: number,
): Split {
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

const round2 = (x: number): number => Math.round(x * 100) / 100;
