/**
 * Event builders of the event log (sim/world/trace.ts) whose fields take a few lines to gather,
 * kept out of the model files they observe. Call only when `tracing(w, c.id)` is true.
 */
import type { TenderResult } from '../../agents/enterprise.js';
import type { Community, World } from '../world/state.js';
import { logEvent } from '../world/trace.js';

/** Bids made so far by all firms (a tender's bidders are the difference across it). */
export function totalBids(w: World): number {
  let n = 0;
  for (const e of w.enterprises) n += e.bids;
  return n;
}

/** Units of c with an elevator in the current plan. */
export function plannedElevators(w: World, c: Community): number {
  let n = 0;
  for (let u = c.unitStart; u < c.unitEnd; u++) if (w.units[u].elevator === 1) n++;
  return n;
}

/** Log the tender of c's bundle: `bidders` bids, the winning bid or null. */
export function traceTender(
  w: World,
  c: Community,
  bidders: number,
  bid: TenderResult | null,
  capexRmb: number,
): void {
  logEvent(w.trace!, w.clock.tick, c.id, {
    kind: 'tender',
    bidders,
    winner: bid ? bid.enterprise : -1,
    paymentRmb: bid ? bid.paymentRmb : Number.NaN,
    capexRmb,
    package: c.package,
  });
}

/** Log the funding committed to c (payers keyed as PAYERS, RMB); it entered funding at c.stateSince. */
export function traceFunded(
  w: World,
  c: Community,
  capexRmb: number,
  firm: number,
  ownersWaivedRmb: number,
  payers: Record<string, number>,
): void {
  w.trace!.fundingWaiting[c.id] = 0;
  logEvent(w.trace!, w.clock.tick, c.id, {
    kind: 'funded',
    capexRmb,
    ppp: firm >= 0,
    enterprise: firm,
    payers,
    ownersWaivedRmb,
    elevatorUnits: plannedElevators(w, c),
    waitedMonths: w.clock.tick - c.stateSince - 1,
  });
}

/**
 * At the end of each December and of the run's last month: for each traced community, the year's
 * property fees paid to a property company (when any) and its owners' renovation debts and arrears
 * (when any household still owes). One pass over the traced communities' households, once a year.
 */
export function traceYearEnd(w: World): void {
  const log = w.trace;
  if (log === null || (w.clock.month !== 12 && w.clock.tick !== w.clock.ticks - 1)) return;
  const hh = w.households;
  const M = w.management;
  for (const c of w.communities) {
    if (log.on[c.id] !== 1) continue;
    const fees = log.feesYear[c.id];
    if (fees > 0) {
      logEvent(log, w.clock.tick, c.id, {
        kind: 'feesYear',
        year: w.clock.year,
        paidRmb: Math.round(fees * 100) / 100,
        collection: M.collection[c.id],
      });
      log.feesYear[c.id] = 0;
    }
    let owed = 0;
    let arrears = 0;
    let inArrears = 0;
    for (let h = c.hhStart; h < c.hhEnd; h++) {
      owed += hh.owedRmb[h];
      arrears += hh.arrearsRmb[h];
      if (hh.arrearsRmb[h] > 0) inArrears++;
    }
    if (owed > 0) {
      logEvent(log, w.clock.tick, c.id, {
        kind: 'arrearsYear',
        year: w.clock.year,
        owedRmb: Math.round(owed * 100) / 100,
        arrearsRmb: Math.round(arrears * 100) / 100,
        householdsInArrears: inArrears,
      });
    }
  }
}
