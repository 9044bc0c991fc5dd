/**
 * The PPP contract over its life, MODEL.md §7.2: firms' equity, the start of a concession, the
 * overrun settlement at the end of construction (insurance, the firm's or city's share, disputes),
 * and the city's takeover of a firm that exits. Every yuan moves through the ledger; a firm's cash is
 * its part of the `enterprises` account (`ledger.firmCashRmb`), and every move into or out of that
 * account names the firm. Firms and the city pay only what they hold.
 *
 * Disputes [assumed form]: an uninsured overrun the firm paid above overrunThreshold × capex opens a
 * dispute; its duration (fast track days/30, else uniform on defaultMonths; × joint-meeting and
 * mediation factors) is rounded stochastically to whole months (so its mean is kept); at resolution
 * the city pays governmentShareOfSettlement of the disputed amount to the firm. Opening a dispute
 * moves the firm's reputation toward 0 by η (`residents.trust.eta`, reused for want of a dedicated rate).
 */
import { type Account, escrowPart } from '../sim/world/ledger.js';
import type { Community, Enterprise, World } from '../sim/world/state.js';
import { logEvent, tracing } from '../sim/world/trace.js';
import {
  concessionMonths,
  disputeMonths,
  operatingCostRmb,
  outlay,
  round2,
  splitOverrun,
  TAKEOVER_COST_MONTHS,
} from './enterprise-terms.js';

/** Add `rmb` to firm e's realised cash flow of the current tick (flows are indexed by tick). */
export function recordFlow(world: World, e: Enterprise, rmb: number): void {
  const t = world.clock.tick;
  while (e.flows.length <= t) e.flows.push(0);
  e.flows[t] += rmb;
}

/**
 * Pay up to `rmb` from firm e's cash to `to`, to its part `toPart` when `to` is pooled (a community
 * id for `communityFunds`, an `escrowPart` for `escrow`); returns the amount paid (RMB, whole fen).
 */
export function payFromFirm(world: World, e: Enterprise, to: Account, rmb: number, toPart?: number): number {
  const amount = round2(Math.min(rmb, world.ledger.firmCashRmb(e.id)));
  if (!(amount > 0)) return 0;
  world.ledger.transfer('enterprises', to, amount, { from: e.id, to: toPart });
  return amount;
}

/** Credit firm e with `rmb` from `from` (an internal source pays at most its balance); returns RMB. */
export function payToFirm(world: World, e: Enterprise, from: Account, rmb: number): number {
  const held = from.includes(':') ? rmb : Math.min(rmb, world.ledger.rmb(from));
  const amount = round2(held);
  if (!(amount > 0)) return 0;
  world.ledger.transfer(from, 'enterprises', amount, { to: e.id });
  return amount;
}

/** Pay up to `rmb` from the city fund to `to`, at most its balance; returns the amount paid (RMB). */
export function payFromCity(world: World, to: Account, rmb: number): number {
  const amount = round2(Math.min(rmb, world.ledger.rmb('cityFund')));
  if (!(amount > 0)) return 0;
  world.ledger.transfer('cityFund', to, amount);
  return amount;
}

/** Move firm e's reputation toward `target` (0..1) by η = residents.trust.eta. */
export function nudgeReputation(world: World, e: Enterprise, target: number): void {
  e.reputation += world.scenario.residents.trust.eta * (target - e.reputation);
}

/**
 * Tick 0: each firm's starting capital (`equityRmb`, rounded to the fen) enters the ledger from
 * `src:enterpriseEquity` to its part of `enterprises`. Call once.
 */
export function capitaliseEnterprises(world: World): void {
  for (const e of world.enterprises) {
    const equity = round2(e.equityRmb);
    if (equity > 0) world.ledger.transfer('src:enterpriseEquity', 'enterprises', equity, { to: e.id });
  }
}

/**
 * Start firm e's concession on community c at funding. `capexRmb` is the renovation capex at the
 * firm's cost efficiency (as the city contracts it). The firm pays its capex share
 * (capexShare × capexRmb) into c's renovation escrow, builds the FAR-bonus space at once (enterprises →
 * use:farConstruction, the space is let from the first operating month) and pays its premium share
 * (enterprises → use:insurancePremiums; the government's share is the caller's). Returns false and
 * changes nothing when the firm is inactive or its cash is short of the whole outlay.
 * Sets c.enterprise and c.concessionMonthsLeft; adds c to e.projects; counts e.wins.
 */
export function startConcession(world: World, c: Community, e: Enterprise, capexRmb: number): boolean {
  const s = world.scenario;
  const out = outlay(s, c, capexRmb);
  if (!e.active || world.ledger.firmCashRmb(e.id) < out.totalRmb) return false;
  payFromFirm(world, e, 'escrow', out.shareRmb, escrowPart(c.id, 'renovation'));
  payFromFirm(world, e, 'use:farConstruction', out.farRmb);
  payFromFirm(world, e, 'use:insurancePremiums', out.premiumRmb);
  recordFlow(world, e, -out.totalRmb);
  c.enterprise = e.id;
  c.concessionMonthsLeft = concessionMonths(s);
  e.projects.push(c.id);
  e.wins++;
  return true;
}

/** Outcome of an overrun settlement (RMB). */
export interface OverrunSettlement {
  overrunRmb: number;
  insuredRmb: number;
  disputeOpened: boolean;
  /** Overrun nobody could pay (the firm defaulted and the city fund fell short): unmet need. */
  unpaidRmb: number;
}

/**
 * End of construction of community c with capex `capexRmb`: draw the overrun multiplier
 * (lognormal, enterprises stream). The insurer pays coverage × (overrun − deductible × capex)⁺
 * (src:insurers → use:renovationWorks). The rest is paid by the firm when `isPpp` (a firm that
 * cannot pay it all defaults and exits; the city fund pays the shortfall) or by the city fund
 * otherwise; what the city fund lacks is returned as `unpaidRmb`. A PPP firm that paid more than
 * overrunThreshold × capex opens a dispute (c.disputeMonthsLeft > 0 until resolved).
 */
export function settleOverrun(
  world: World,
  c: Community,
  capexRmb: number,
  isPpp: boolean,
): OverrunSettlement {
  const s = world.scenario;
  const m = world.streams.enterprises.lognormalMeanCv(s.enterprises.overrun.mean, s.enterprises.overrun.cv);
  const { overrunRmb, insuredRmb, restRmb } = splitOverrun(s, m, capexRmb);
  if (insuredRmb > 0) {
    world.ledger.transfer('src:insurers', 'use:renovationWorks', insuredRmb);
    world.month.insurancePayoutRmb += insuredRmb;
    world.totals.insurancePayoutRmb += insuredRmb;
  }
  const e = isPpp && c.enterprise >= 0 ? world.enterprises[c.enterprise] : null;
  let rest = restRmb;
  let disputeOpened = false;
  if (e?.active) {
    const paid = payFromFirm(world, e, 'use:renovationWorks', rest);
    recordFlow(world, e, -paid);
    rest = round2(rest - paid);
    if (rest > 0) exitFirm(world, e);
    else if (paid > s.enterprises.disputes.overrunThreshold * capexRmb) {
      openDispute(world, c, e, paid);
      disputeOpened = true;
    }
  }
  const cityPaid = payFromCity(world, 'use:renovationWorks', rest);
  return { overrunRmb, insuredRmb, disputeOpened, unpaidRmb: round2(rest - cityPaid) };
}

function openDispute(world: World, c: Community, e: Enterprise, amountRmb: number): void {
  const rng = world.streams.enterprises;
  const d = disputeMonths(world.scenario, rng);
  const whole = Math.floor(d);
  c.disputeMonthsLeft = Math.max(1, whole + (rng.chance(d - whole) ? 1 : 0));
  c.disputeOpenedTick = world.clock.tick;
  c.disputedRmb = amountRmb;
  world.government.disputesOpened++;
  nudgeReputation(world, e, 0);
}

/**
 * Count down open disputes (in id order); at 0 the city pays its settlement share of the disputed
 * amount to the firm still holding the concession (cityFund → enterprises, what the fund holds),
 * and the dispute's duration enters the governance counters.
 */
export function advanceDisputes(world: World): void {
  const share = world.scenario.enterprises.disputes.governmentShareOfSettlement;
  for (const c of world.communities) {
    if (c.disputeMonthsLeft <= 0) continue;
    if (--c.disputeMonthsLeft > 0) continue;
    const e = c.enterprise >= 0 ? world.enterprises[c.enterprise] : null;
    const cityPaid = e?.active ? payToFirm(world, e, 'cityFund', share * c.disputedRmb) : 0;
    if (e?.active) recordFlow(world, e, cityPaid);
    if (tracing(world, c.id)) {
      logEvent(world.trace!, world.clock.tick, c.id, {
        kind: 'disputeResolved',
        months: world.clock.tick - c.disputeOpenedTick,
        cityPaidRmb: cityPaid,
      });
    }
    c.disputedRmb = 0;
    world.government.disputesResolved++;
    world.government.disputeMonthsSum += world.clock.tick - c.disputeOpenedTick;
  }
}

/**
 * Firm e leaves the market: the city takes over its concessions (gov.takeovers++ each). An operating
 * concession ends ('done') with a one-off takeover cost of TAKEOVER_COST_MONTHS of its operating cost
 * (cityFund → use:operations, what the fund holds); one not yet operating continues as a public
 * project. The firm's remaining cash is distributed to its owners (→ use:enterpriseProfit).
 */
export function exitFirm(world: World, e: Enterprise): void {
  e.active = false;
  for (const id of e.projects) {
    const c = world.communities[id];
    if (c.enterprise !== e.id) continue;
    world.government.takeovers++;
    if (tracing(world, c.id)) {
      logEvent(world.trace!, world.clock.tick, c.id, {
        kind: 'concessionEnded',
        enterprise: e.id,
        takeover: true,
      });
    }
    if (c.state === 'operation') {
      payFromCity(world, 'use:operations', TAKEOVER_COST_MONTHS * operatingCostRmb(world, c));
      c.state = 'done';
      c.stateSince = world.clock.tick;
    }
    c.enterprise = -1;
    c.concessionMonthsLeft = 0;
  }
  e.projects.length = 0;
  payFromFirm(world, e, 'use:enterpriseProfit', world.ledger.firmCashRmb(e.id));
}
