/**
 * The ongoing elevator programme (既有住宅加装电梯, MODEL.md §7.9), one phase of the month after the
 * projects: independent of the one-time renovation, building units apply, vote, wait for the year's
 * subsidy quota, are built and installed. It runs in communities renovated before the start too.
 *
 * Order within the month: (1) construction counts down and finished elevators are installed (their
 * escrow paid to `use:elevatorWorks`); (2) the quota queue, first come first served (by the month
 * the vote passed, ties by unit id), commits the money of each unit while the year's quota lasts and
 * the city fund holds the city's part; (3) eligible units apply and vote (units passing this month
 * join the queue and are funded next month at the earliest).
 *
 * Money (whole fen): the provincial subsidy (`src:provincial`), the city subsidy (`cityFund`), the
 * owners' shares (`src:residents`, and `src:providentFund` for what owners withdraw from their
 * provident fund) go into the unit's part of `unitEscrow`, which then holds exactly the elevator's
 * cost; the upper floors' ground-floor fund contributions go to `use:compensation`. The provident
 * fund is the owners' own savings: a private, residents' payer.
 */
import {
  applicationRate,
  providentWithdrawal,
  staticApplicationLogOdds,
  unitElevatorVote,
} from '../../agents/elevator-programme.js';
import {
  type ElevatorProgramme,
  PROGRAMME_BUILDING,
  PROGRAMME_IDLE,
  PROGRAMME_QUEUED,
} from '../world/elevator-programme.js';
import type { Community, World } from '../world/state.js';
import { failedThresholds, logEvent, tracing } from '../world/trace.js';
import { computeShares } from './elevator-plan.js';
import { type MonthMoney, PAYERS } from './metrics.js';

/** States of the renovation pipeline (listed to construction): their units go through the plan. */
export function inRenovationPipeline(c: Community): boolean {
  const s = c.state;
  return (
    s === 'listed' ||
    s === 'consultation' ||
    s === 'vote' ||
    s === 'funding' ||
    s === 'approval' ||
    s === 'construction'
  );
}

/** One month of the programme (MODEL.md §7.9); nothing when it or elevator retrofits are off. */
export function elevatorProgrammePhase(w: World, money: MonthMoney): void {
  const P = w.elevatorProgramme;
  P.applications = 0;
  P.votesHeld = 0;
  P.votesPassed = 0;
  const s = w.scenario;
  if (!s.renovation.elevatorProgramme.enabled || !s.renovation.elevator.enabled) return;
  if (w.clock.tick === 0 || w.clock.month === 1) newYear(w, P);
  build(w, P);
  fundQueue(w, P, money);
  applyAndVote(w, P);
}

/**
 * January and tick 0: the year's quota (at tick 0 the part of the year left, rounded down; quota not
 * used lapses) and each unit's monthly chance of applying (mean trust of its households, share of
 * its community's units with an elevator).
 */
function newYear(w: World, P: ElevatorProgramme): void {
  const cfg = w.scenario.renovation.elevatorProgramme;
  const months = w.clock.tick === 0 ? 13 - w.clock.month : 12;
  P.quotaLeft = Math.floor((cfg.quotaPerYear * months) / 12);
  const hh = w.households;
  for (const c of w.communities) {
    let withElevator = 0;
    for (let u = c.unitStart; u < c.unitEnd; u++) if (w.units[u].elevator === 2) withElevator++;
    const neighbours = c.unitEnd > c.unitStart ? withElevator / (c.unitEnd - c.unitStart) : 0;
    for (let u = c.unitStart; u < c.unitEnd; u++) {
      const unit = w.units[u];
      if (Number.isNaN(P.staticLogOdds[u])) P.staticLogOdds[u] = staticApplicationLogOdds(w, unit);
      let trust = 0;
      for (let h = unit.hhStart; h < unit.hhEnd; h++) trust += hh.trust[h];
      const n = unit.hhEnd - unit.hhStart;
      P.rate[u] = applicationRate(w, P.staticLogOdds[u], n > 0 ? trust / n : 0.5, neighbours);
    }
  }
}

/** Construction counts down; a finished elevator is paid from its escrow and installed. */
function build(w: World, P: ElevatorProgramme): void {
  for (let u = 0; u < w.units.length; u++) {
    if (P.stage[u] !== PROGRAMME_BUILDING || --P.monthsLeft[u] > 0) continue;
    const unit = w.units[u];
    w.ledger.transfer('unitEscrow', 'use:elevatorWorks', w.ledger.parts.unitEscrow[u] / 100, { from: u });
    P.stage[u] = PROGRAMME_IDLE;
    unit.elevator = 2;
    if (tracing(w, unit.community)) {
      logEvent(w.trace!, w.clock.tick, unit.community, {
        kind: 'elevatorInstalled',
        unit: u,
        programme: true,
      });
    }
    w.totals.elevatorsInstalled++;
    w.month.elevatorsInstalled++;
    w.month.householdsBenefited += unit.hhEnd - unit.hhStart;
    P.installed++;
    if (w.communities[unit.community].renovatedAtStart) P.installedPreRenovated++;
  }
}

/**
 * The quota queue, first come first served: each unit in turn is funded while quota is left; one
 * whose city part the city fund does not hold waits (its need counts as unmet) and later ones may
 * still be funded.
 */
function fundQueue(w: World, P: ElevatorProgramme, money: MonthMoney): void {
  if (P.queue.length === 0) return;
  const waiting: number[] = [];
  for (const u of P.queue) {
    if (P.quotaLeft <= 0 || !commit(w, P, u, money)) {
      waiting.push(u);
      const community = w.units[u].community;
      if (tracing(w, community)) {
        const cause = P.quotaLeft <= 0 ? 'quota' : 'cityFund';
        if (w.trace!.unitWaiting.get(u) !== cause) {
          w.trace!.unitWaiting.set(u, cause);
          logEvent(w.trace!, w.clock.tick, community, { kind: 'elevatorWait', unit: u, cause });
        }
      }
    } else {
      P.quotaLeft--;
      P.stage[u] = PROGRAMME_BUILDING;
      P.monthsLeft[u] = w.scenario.renovation.elevatorProgramme.constructionMonths;
    }
  }
  P.queue = waiting;
}

/** Commit unit u's money into its escrow (false: the city fund does not hold the city's part). */
function commit(w: World, P: ElevatorProgramme, u: number, money: MonthMoney): boolean {
  const s = w.scenario;
  const L = w.ledger;
  const hh = w.households;
  const unit = w.units[u];
  const shares = unit.elevatorShares!;
  const comp = unit.elevatorCompensation;
  let payFen = 0;
  let fundFen = 0;
  for (let k = 0; k < shares.length; k++) {
    payFen += Math.round(shares[k] * 100);
    if (comp) fundFen += Math.round(comp[k] * 100);
  }
  const costFen = Math.round(unit.elevatorCostRmb * 100);
  const sharesFen = payFen - fundFen;
  const subsidyFen = Math.max(0, costFen - sharesFen);
  const provincialCap = s.government.upperTransfers.enabled ? w.policies.now.provincialRmbPerElevator : 0;
  const provincialFen = Math.min(subsidyFen, Math.round(provincialCap * 100));
  const cityFen = subsidyFen - provincialFen;
  if (L.fen('cityFund') < cityFen) {
    money.unmetRmb += cityFen / 100;
    return false;
  }
  let providentFen = 0;
  for (let h = unit.hhStart; h < unit.hhEnd; h++) {
    const k = h - unit.hhStart;
    providentFen += Math.round(providentWithdrawal(w, P.account, h, shares[k]) * 100);
    if (comp && hh.owner[h] === 1) hh.compensationRmb[h] += comp[k];
  }
  const providentToEscrowFen = Math.min(providentFen, sharesFen);
  const to = { to: u };
  L.transfer('src:provincial', 'unitEscrow', provincialFen / 100, to);
  L.transfer('cityFund', 'unitEscrow', cityFen / 100, to);
  L.transfer('src:providentFund', 'unitEscrow', providentToEscrowFen / 100, to);
  L.transfer('src:residents', 'unitEscrow', (sharesFen - providentToEscrowFen) / 100, to);
  L.transfer('src:providentFund', 'use:compensation', (providentFen - providentToEscrowFen) / 100);
  L.transfer('src:residents', 'use:compensation', (fundFen - (providentFen - providentToEscrowFen)) / 100);
  P.providentRmb += providentFen / 100;
  const by = money.byPayer;
  by[PAYERS.indexOf('provincial')] += provincialFen / 100;
  by[PAYERS.indexOf('cityFund')] += cityFen / 100;
  by[PAYERS.indexOf('residents')] += (payFen - providentFen) / 100;
  by[PAYERS.indexOf('providentFund')] += providentFen / 100;
  money.publicRmb += (provincialFen + cityFen) / 100;
  money.privateRmb += payFen / 100;
  if (tracing(w, unit.community)) {
    w.trace!.unitWaiting.delete(u);
    logEvent(w.trace!, w.clock.tick, unit.community, {
      kind: 'elevatorFunded',
      unit: u,
      provincialRmb: provincialFen / 100,
      cityRmb: cityFen / 100,
      residentsRmb: (payFen - providentFen) / 100,
      providentRmb: providentFen / 100,
    });
  }
  return true;
}

/**
 * Eligible units (idle in the programme, at least minStoreys storeys, no elevator installed or in a
 * plan, no failed vote in the last retryAfterMonths, community outside the renovation pipeline)
 * apply with their monthly chance; an application draws the elevator's cost, computes the shares and
 * holds the owners' vote. Passed: the unit joins the quota queue (unit.elevator = 4); failed: it
 * may apply again after retryAfterMonths (unit.elevator = 3). A unit whose renovation-plan elevator
 * was voted down waits retryAfterMonths from the month the programme first sees the rejection.
 */
function applyAndVote(w: World, P: ElevatorProgramme): void {
  const s = w.scenario;
  const e = s.renovation.elevator;
  const retry = s.renovation.elevatorProgramme.retryAfterMonths;
  const tick = w.clock.tick;
  const rng = w.streams.elevatorProgramme;
  for (const c of w.communities) {
    if (inRenovationPipeline(c)) {
      // A rejection met in the pipeline counts from the month the community leaves it.
      for (let u = c.unitStart; u < c.unitEnd; u++) P.rejectedUntil[u] = -1;
      continue;
    }
    for (let u = c.unitStart; u < c.unitEnd; u++) {
      const unit = w.units[u];
      if (unit.elevator !== 3) P.rejectedUntil[u] = -1;
      else if (P.rejectedUntil[u] < 0) P.rejectedUntil[u] = tick + retry;
      if (P.stage[u] !== PROGRAMME_IDLE || unit.storeys < e.minStoreys) continue;
      if (unit.elevator !== 0 && !(unit.elevator === 3 && P.rejectedUntil[u] <= tick)) continue;
      if (!(rng.next() < P.rate[u])) continue;
      P.applications++;
      unit.elevatorCostRmb = Math.round(rng.uniform(e.costRmb.min, e.costRmb.max));
      computeShares(w, unit);
      P.votesHeld++;
      w.month.elevatorVotesHeld++;
      const vote = unitElevatorVote(w, unit, P.account);
      if (tracing(w, c.id)) {
        logEvent(w.trace!, tick, c.id, {
          kind: 'elevatorApplied',
          unit: u,
          costRmb: unit.elevatorCostRmb,
          yesAreaShare: vote.yesAreaShare,
          yesHeadShare: vote.yesHeadShare,
          passed: vote.passed,
          failed: failedThresholds(vote),
        });
      }
      if (vote.passed) {
        P.votesPassed++;
        w.month.elevatorVotesPassed++;
        unit.elevator = 4;
        P.stage[u] = PROGRAMME_QUEUED;
        P.queue.push(u);
      } else {
        unit.elevator = 3;
        P.rejectedUntil[u] = tick + retry;
      }
    }
  }
}
