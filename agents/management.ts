/**
 * Long-term management after renovation (长效管理), MODEL.md §7.11: property service, the trial service
 * "try before you buy" (先尝后买), owners' committees (业委会), community party-committee coordination
 * (社区大党委 + 三方联动, seed §2.2) and property-fee collection. Monthly, per community, in the
 * `management` phase, for the communities whose comprehensive renovation completed during the run.
 *
 * Rules [assumed forms; the guidance asks cities to set up long-term management after renovation,
 * with owners' committees and property services coordinated under the community party organisation:
 * State Council 2020]:
 * - Entry: a community whose renovation completes enters with its PPP operator as manager when it is
 *   in `operation`, else without management; with the trial instrument, a community without
 *   management starts a trial of `trialService.months` at once.
 * - Owners' committee: forms with monthly probability min(1, formationMonthly × (1 + perRepresentative
 *   × min(r, maxRepresentatives)) × (partyCommittee ? formationFactor : 1)), r the trained
 *   representatives living there (academy graduates, counted on entry and each January); it lasts.
 * - Take-up without management: a property company is hired with monthly probability
 *   min(1, takeUpMonthly × exp(a_S (S − 0.5) + a_τ (τ̄ − 0.5) + a_C [committee])), S the community's
 *   satisfaction, τ̄ its households' mean trust.
 * - Trial: owners pay feeShare of the fee (at the collection target below); the city fund pays the
 *   rest of the fee (the service's price) as far as it holds. At its end owners continue with
 *   probability clip(continueBase + satisfactionWeight (S − 0.5) + committeeBonus [committee], 0, 1),
 *   else the community is without management again (take-up may still come later).
 * - Property company: each month the collection rate moves driftMonthly of the way to its target
 *   clip(base + satisfactionSlope (S − 0.5) + committeeBonus [committee], 0, max), starting at the
 *   target; owners pay fee × floor area × collection.
 * - A PPP operator manages (and collects fees, agents/enterprise-operations.ts) until its concession
 *   ends or the city takes it over; the community is then without management.
 * Money: fees src:residents → use:propertyServices; trial subsidies cityFund → use:propertyServices.
 * Draws (management stream): every community in scope draws two numbers a month whatever its status,
 * so variants compare on common random numbers.
 */
import { MANAGEMENT_STATUS as ST } from '../sim/world/management.js';
import type { Community, World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import { payFromCity } from './enterprise-contract.js';

const clip = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round2 = (x: number) => Math.round(x * 100) / 100;

/** Trained representatives (academy graduates) living in community c. */
function representatives(w: World, c: Community): number {
  const leader = w.households.leader;
  let r = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) r += leader[h];
  return r;
}

/** Mean trust of community c's households (0..1; 0.5 when empty). */
function meanTrust(w: World, c: Community): number {
  const trust = w.households.trust;
  let t = 0;
  for (let h = c.hhStart; h < c.hhEnd; h++) t += trust[h];
  const n = c.hhEnd - c.hhStart;
  return n > 0 ? t / n : 0.5;
}

/** The collection rate a property company tends to in c (0..max). */
export function collectionTarget(w: World, c: Community): number {
  const f = w.scenario.management.feeCollection;
  const committee = w.management.committee[c.id];
  return clip(f.base + f.satisfactionSlope * (c.satisfaction - 0.5) + f.committeeBonus * committee, 0, f.max);
}

/** The property fee of c per month at full collection (RMB). */
function fullFeeRmb(w: World, c: Community): number {
  return w.scenario.management.propertyService.feeRmbPerM2PerMonth * c.floorAreaM2;
}

/** Owners of c pay `rmb` of property fees to the property company. */
function payFees(w: World, c: Community, rmb: number): void {
  const amount = round2(rmb);
  if (!(amount > 0)) return;
  w.ledger.transfer('src:residents', 'use:propertyServices', amount);
  w.management.totals.feesPaidRmb += amount;
  if (tracing(w, c.id)) w.trace!.feesYear[c.id] += amount;
}

const STATUS_NAMES = ['none', 'trial', 'company', 'operator'] as const;

/** Log c's management status (only when traced and changed). */
function traceStatus(w: World, c: Community): void {
  if (!tracing(w, c.id)) return;
  logEvent(w.trace!, w.clock.tick, c.id, {
    kind: 'management',
    status: STATUS_NAMES[w.management.status[c.id]],
  });
}

function startTrial(w: World, c: Community): void {
  const M = w.management;
  M.status[c.id] = ST.trial;
  M.trialMonthsLeft[c.id] = w.scenario.management.trialService.months;
  M.totals.trialsStarted++;
  traceStatus(w, c);
}

function hireCompany(w: World, c: Community): void {
  w.management.status[c.id] = ST.company;
  w.management.collection[c.id] = collectionTarget(w, c);
  traceStatus(w, c);
}

function leaveManagement(w: World, c: Community): void {
  w.management.status[c.id] = ST.none;
  w.management.collection[c.id] = Number.NaN;
  traceStatus(w, c);
}

/** Community c, just completed, enters long-term management. */
function enter(w: World, c: Community): void {
  const M = w.management;
  M.inScope.push(c.id);
  M.representatives[c.id] = representatives(w, c);
  if (c.state === 'operation') M.status[c.id] = ST.operator;
  else M.status[c.id] = ST.none;
  traceStatus(w, c);
  if (c.state !== 'operation' && w.scenario.management.trialService.enabled) startTrial(w, c);
}

/** One month of a trial in c: owners' share of the fee, the city's subsidy, the decision at its end. */
function trialMonth(w: World, c: Community, u: number): void {
  const M = w.management;
  const t = w.scenario.management.trialService;
  const fee = fullFeeRmb(w, c);
  payFees(w, c, t.feeShare * fee * collectionTarget(w, c));
  M.totals.trialSubsidyRmb += payFromCity(w, 'use:propertyServices', round2((1 - t.feeShare) * fee));
  if (--M.trialMonthsLeft[c.id] > 0) return;
  const p = clip(
    t.continueBase + t.satisfactionWeight * (c.satisfaction - 0.5) + t.committeeBonus * M.committee[c.id],
    0,
    1,
  );
  if (u < p) {
    M.totals.trialsContinued++;
    hireCompany(w, c);
  } else leaveManagement(w, c);
}

/** One month of long-term management in community c (in scope). */
function manage(w: World, c: Community): void {
  const m = w.scenario.management;
  const M = w.management;
  const rng = w.streams.management;
  const uCommittee = rng.next();
  const u = rng.next();
  const id = c.id;
  if (M.status[id] === ST.operator && c.state !== 'operation') leaveManagement(w, c);
  if (M.committee[id] === 0) {
    const oc = m.ownersCommittees;
    const reps = Math.min(M.representatives[id], oc.maxRepresentatives);
    const party = m.partyCommittee.enabled ? m.partyCommittee.formationFactor : 1;
    if (uCommittee < Math.min(1, oc.formationMonthly * (1 + oc.perRepresentative * reps) * party)) {
      M.committee[id] = 1;
      M.totals.committeesFormed++;
      if (tracing(w, id)) logEvent(w.trace!, w.clock.tick, id, { kind: 'committeeFormed' });
    }
  }
  switch (M.status[id]) {
    case ST.none: {
      const ps = m.propertyService;
      const rate =
        ps.takeUpMonthly *
        Math.exp(
          ps.satisfactionWeight * (c.satisfaction - 0.5) +
            ps.trustWeight * (meanTrust(w, c) - 0.5) +
            ps.committeeWeight * M.committee[id],
        );
      if (u < Math.min(1, rate)) hireCompany(w, c);
      break;
    }
    case ST.trial:
      trialMonth(w, c, u);
      break;
    case ST.company: {
      const col = M.collection[id];
      const next = col + m.feeCollection.driftMonthly * (collectionTarget(w, c) - col);
      M.collection[id] = next;
      payFees(w, c, fullFeeRmb(w, c) * next);
      break;
    }
    default:
      break;
  }
}

/**
 * The `management` phase (MODEL.md §3): communities whose comprehensive renovation completed enter
 * long-term management; each January their trained representatives are counted again; then every
 * community in scope, in the order it entered, runs one month. Nothing happens unless
 * `management.enabled`.
 */
export function managementPhase(w: World): void {
  if (!w.scenario.management.enabled) return;
  const M = w.management;
  for (const c of w.communities) {
    if (M.status[c.id] === ST.outOfScope && c.completedTick >= 0 && !c.renovatedAtStart) enter(w, c);
  }
  if (w.clock.month === 1) {
    for (const id of M.inScope) M.representatives[id] = representatives(w, w.communities[id]);
  }
  for (const id of M.inScope) manage(w, w.communities[id]);
}

/**
 * The share of a year's ageing community c undergoes (0..1): 1 − propertyService.ageingReduction while
 * it has professional management (trial, property company or PPP operator), else 1.
 */
export function ageingFactor(w: World, c: Community): number {
  if (!w.scenario.management.enabled) return 1;
  const st = w.management.status[c.id];
  const managed = st === ST.trial || st === ST.company || st === ST.operator;
  return managed ? 1 - w.scenario.management.propertyService.ageingReduction : 1;
}

/** Shares over the communities in scope (NaN when none is): managed, with an owners' committee; mean collection. */
export interface ManagementSnapshot {
  coverage: number;
  committees: number;
  collection: number;
}

/**
 * Management coverage (trial, property company or PPP operator), owners'-committee share and mean
 * fee collection of property-company communities, over the communities in scope (NaN when empty).
 */
export function managementSnapshot(w: World): ManagementSnapshot {
  const M = w.management;
  let managed = 0;
  let committees = 0;
  let col = 0;
  let colN = 0;
  for (const id of M.inScope) {
    const s = M.status[id];
    if (s === ST.trial || s === ST.company || s === ST.operator) managed++;
    committees += M.committee[id];
    if (s === ST.company) {
      col += M.collection[id];
      colN++;
    }
  }
  const n = M.inScope.length;
  return {
    coverage: n > 0 ? managed / n : Number.NaN,
    committees: n > 0 ? committees / n : Number.NaN,
    collection: colN > 0 ? col / colN : Number.NaN,
  };
}
