/**
 * The project state machine of each community (MODEL.md §3):
 * unlisted → listed → consultation → vote → funding → approval → construction → operation (PPP) → done,
 * with `stalled` (vote failed, funding gap) re-entering the library after a waiting time.
 * Consultation rounds are advanced by the residents (agents/resident.ts); this module runs the rest.
 */
import { acceptedQuality, acceptWorks } from '../../agents/acceptance.js';
import { holdVotes, onCompletion, startConsultation } from '../../agents/resident.js';
import { netFeeChangeRmbPerM2, settleOverrun } from '../../agents/enterprise.js';
import { initialResidentShare, ownersShareFloor, planCapex } from './cost-split.js';
import { commitFunding } from './funding.js';
import { maintenanceCover } from './funding-channels.js';
import { planElevators } from './elevator-plan.js';
import type { MonthMoney } from './metrics.js';
import { escrowPart } from '../world/ledger.js';
import { tickLabel } from '../kernel/calendar.js';
import type { Community, ProjectState, World } from '../world/state.js';
import { logEvent, tracing } from '../world/trace.js';
import { plannedElevators } from './trace-sites.js';

function moveTo(w: World, c: Community, state: ProjectState): void {
  c.state = state;
  c.stateSince = w.clock.tick;
}

/** Items a community's first plan proposes: components below the works' standard, at least minItems. */
function initialItems(w: World, c: Community): number[] {
  const min = w.scenario.renovation.minItems;
  const needed: number[] = [];
  const rest: number[] = [];
  w.items.forEach((it, i) => {
    (c.condition[it.component] < it.conditionAfter ? needed : rest).push(i);
  });
  rest.sort((a, b) => c.condition[w.items[a].component] - c.condition[w.items[b].component] || a - b);
  while (needed.length < Math.min(min, w.items.length)) needed.push(rest.shift()!);
  return needed.sort((a, b) => a - b);
}

/** Draw up the first plan for a listed community and open consultation. */
export function openConsultation(w: World, c: Community): void {
  c.plan = {
    items: initialItems(w, c),
    residentShare: 0,
    minResidentShare: ownersShareFloor(w),
    groundCompensationRmb: 0,
    round: 1,
    revisions: 0,
    approved: false,
  };
  c.plan.residentShare = initialResidentShare(w, c);
  c.maintenanceCover = maintenanceCover(w, c, planCapex(w, c));
  planElevators(w, c.id);
  c.delayMonths = 0;
  moveTo(w, c, 'consultation');
  startConsultation(w, c);
  if (tracing(w, c.id)) {
    logEvent(w.trace!, w.clock.tick, c.id, {
      kind: 'consultationOpened',
      items: c.plan.items.length,
      capexRmb: planCapex(w, c),
      residentShare: c.plan.residentShare,
      elevatorUnits: plannedElevators(w, c),
      maintenanceCover: c.maintenanceCover,
    });
  }
}

/** Approval duration: platform or baseline, plus inter-department friction (cut by joint meetings). */
export function approvalMonths(w: World): number {
  const a = w.scenario.government.approvals;
  const base = a.digitalPlatform.enabled ? a.digitalPlatform.months : a.baselineMonths;
  const friction = a.jointMeeting.enabled
    ? a.jointMeeting.frictionMonths * a.jointMeeting.delayFactor
    : a.jointMeeting.frictionMonths;
  return Math.max(1, Math.round(base + friction));
}

function stall(w: World, c: Community, cause: 'voteFailed' | 'elevatorsOnly'): void {
  for (let u = c.unitStart; u < c.unitEnd; u++) if (w.units[u].elevator === 1) w.units[u].elevator = 0;
  c.plan = null;
  c.bid = undefined;
  c.stalledUntil = w.clock.tick + w.scenario.government.projectLibrary.relistAfterStallMonths;
  moveTo(w, c, 'stalled');
  if (tracing(w, c.id)) {
    const relist = c.stalledUntil;
    logEvent(w.trace!, w.clock.tick, c.id, {
      kind: 'stalled',
      cause,
      relistTick: relist,
      relistDate: tickLabel(w.scenario.calendar.start, relist),
    });
  }
}

/** The firm's overrun earmark for c is released once the overrun is settled. */
function releaseReserve(w: World, c: Community): void {
  if (c.firmReserveRmb > 0 && c.enterprise >= 0) {
    const e = w.enterprises[c.enterprise];
    e.reservedRmb = Math.max(0, e.reservedRmb - c.firmReserveRmb);
  }
  c.firmReserveRmb = 0;
}

function complete(w: World, c: Community): void {
  const L = w.ledger;
  const renovation = { from: escrowPart(c.id, 'renovation') };
  const elevator = { from: escrowPart(c.id, 'elevator') };
  L.transfer('escrow', 'use:renovationWorks', L.escrowFen(c.id, 'renovation') / 100, renovation);
  L.transfer('escrow', 'use:elevatorWorks', L.escrowFen(c.id, 'elevator') / 100, elevator);
  const renovated = c.plan?.approved && c.plan.items.length > 0;
  if (renovated && c.plan) {
    for (const i of c.plan.items) {
      const it = w.items[i];
      c.condition[it.component] = Math.max(c.condition[it.component], it.conditionAfter);
    }
    w.totals.householdsRenovated += c.households;
    w.month.householdsBenefited += c.households;
  }
  let elevators = 0;
  for (let u = c.unitStart; u < c.unitEnd; u++) {
    const unit = w.units[u];
    if (unit.elevator !== 1) continue;
    elevators++;
    if (tracing(w, c.id)) {
      logEvent(w.trace!, w.clock.tick, c.id, { kind: 'elevatorInstalled', unit: unit.id, programme: false });
    }
    unit.elevator = 2;
    w.totals.elevatorsInstalled++;
    w.month.elevatorsInstalled++;
    if (!renovated) w.month.householdsBenefited += unit.hhEnd - unit.hhStart;
  }
  if (!renovated && !c.renovatedAtStart && c.completedTick < 0) {
    if (tracing(w, c.id)) {
      logEvent(w.trace!, w.clock.tick, c.id, {
        kind: 'completed',
        renovated: false,
        households: c.households,
        elevators,
        quality: Number.NaN,
        delayMonths: c.delayMonths,
        feeChangeRmbPerM2: Number.NaN,
        satisfaction: Number.NaN,
        operator: -1,
      });
    }
    // Elevators only (the renovation vote failed): the renovation is still pending, so the community
    // returns to the library after the stall wait instead of closing for good.
    stall(w, c, 'elevatorsOnly');
    return;
  }
  c.completedTick = w.clock.tick;
  if (renovated) w.totals.renovationsCompleted++;
  else w.totals.elevatorOnlyProjects++;
  w.government.completedThisYear++;
  const firm = c.enterprise >= 0 ? w.enterprises[c.enterprise] : null;
  const quality = acceptedQuality(w, c, firm ? firm.quality : w.scenario.renovation.publicWorksQuality);
  const feeChange = firm ? netFeeChangeRmbPerM2(w, c) : 0;
  const satisfaction = onCompletion(w, c, quality, c.delayMonths, feeChange);
  moveTo(w, c, firm ? 'operation' : 'done');
  if (tracing(w, c.id)) {
    logEvent(w.trace!, w.clock.tick, c.id, {
      kind: 'completed',
      renovated: !!renovated,
      households: c.households,
      elevators: elevators,
      quality,
      delayMonths: c.delayMonths,
      feeChangeRmbPerM2: feeChange,
      satisfaction,
      operator: firm ? firm.id : -1,
    });
  }
}

/**
 * The funding queue of this month: communities in 'funding' since before this tick, first come first
 * served (by the tick they entered funding, ties by id). Each is tried in turn; one the city fund
 * cannot pay waits (its delay grows) and later ones may still be funded if they need less.
 */
function fundQueue(w: World, money: MonthMoney): void {
  const tick = w.clock.tick;
  const queue = w.communities.filter((c) => c.state === 'funding' && c.stateSince < tick);
  queue.sort((a, b) => a.stateSince - b.stateSince || a.id - b.id);
  for (const c of queue) {
    if (commitFunding(w, c, money) === 'committed') {
      c.monthsLeft = approvalMonths(w);
      w.government.approvalMonthsSum += c.monthsLeft;
      w.government.approvals++;
      moveTo(w, c, 'approval');
    } else c.delayMonths++;
  }
}

/**
 * Advance every community's project by one month: every state but funding in id order, then the
 * funding queue in order of arrival (a community that reached funding this month waits for next).
 */
export function projectsPhase(w: World, money: MonthMoney): void {
  const tick = w.clock.tick;
  for (const c of w.communities) {
    switch (c.state) {
      case 'listed':
        if (c.stateSince < tick) openConsultation(w, c);
        break;
      case 'vote': {
        const r = holdVotes(w, c);
        w.government.votesThisYear++;
        if (r.renovationPassed) w.government.votesPassedThisYear++;
        if (c.plan) c.plan.approved = r.renovationPassed;
        const elevators = r.elevatorUnitsPassed.length > 0;
        if (r.renovationPassed || elevators) moveTo(w, c, 'funding');
        else stall(w, c, 'voteFailed');
        break;
      }
      case 'approval':
        if (--c.monthsLeft <= 0) {
          c.monthsLeft = w.scenario.renovation.constructionMonths;
          if (tracing(w, c.id)) {
            logEvent(w.trace!, tick, c.id, {
              kind: 'constructionStarted',
              months: c.monthsLeft,
              approvalMonths: tick - c.stateSince,
            });
          }
          moveTo(w, c, 'construction');
        }
        break;
      case 'construction':
        if (c.disputeMonthsLeft > 0) {
          c.delayMonths++;
          break;
        }
        if (c.monthsLeft > 0) c.monthsLeft--;
        if (c.monthsLeft > 0) break;
        if (!c.overrunSettled) {
          c.overrunSettled = true;
          const o = settleOverrun(w, c, c.capexRmb, c.enterprise >= 0);
          if (tracing(w, c.id)) {
            logEvent(w.trace!, tick, c.id, {
              kind: 'overrun',
              overrunRmb: o.overrunRmb,
              insuredRmb: o.insuredRmb,
              unpaidRmb: o.unpaidRmb,
              disputeOpened: o.disputeOpened,
            });
            if (o.disputeOpened) {
              logEvent(w.trace!, tick, c.id, {
                kind: 'disputeOpened',
                amountRmb: c.disputedRmb,
                months: c.disputeMonthsLeft,
                enterprise: c.enterprise,
              });
            }
          }
          releaseReserve(w, c);
          if (o.unpaidRmb > 0) money.unmetRmb += o.unpaidRmb;
          if (c.disputeMonthsLeft > 0) break;
        }
        {
          // Completion acceptance (agents/acceptance.ts): a failed residents' evaluation means rework.
          const a = acceptWorks(w, c);
          money.unmetRmb += a.unpaidRmb;
          if (!a.accepted) break;
        }
        complete(w, c);
        break;
      default:
        break;
    }
  }
  fundQueue(w, money);
}
