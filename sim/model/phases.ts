/**
 * The month, whole: the phases of MODEL.md §3, listed once, in order, from the clock's advance to the
 * ledger's close, and the set-up before the first month. Who acts first is a modelling assumption,
 * and this list is the only place it is stated in code; `runOne` only loops over it.
 */
import { payElevatorMaintenance } from '../../agents/community-fund.js';
import { capitaliseEnterprises, enterprisePhase } from '../../agents/enterprise.js';
import { operatePackageAssets } from '../../agents/enterprise-package.js';
import { appropriateMonthly, type BudgetPath, calendarPhase } from '../../agents/government.js';
import { recoveryPhase, shocksPhase } from '../../agents/hazards.js';
import { managementPhase } from '../../agents/management.js';
import { assignTeams, ngoPhase } from '../../agents/ngo.js';
import {
  applyTrustSpread,
  disputeTrustPenalty,
  residentMoney,
  residentsPhase,
} from '../../agents/resident.js';
import { tickDate, tickLabel } from '../kernel/calendar.js';
import { refreshPolicies } from '../world/policies.js';
import type { World } from '../world/state.js';
import { emptyMonth } from './build-world.js';
import { fireSafetyPhase } from './fire-works.js';
import { type MonthMoney, newMonthMoney, resetMonthMoney } from './metrics.js';
import { newRecorder, type Recorder, recordTick } from './recorder.js';
import { depositMaintenanceFunds } from './funding-channels.js';
import { elevatorProgrammePhase } from './elevator-programme.js';
import { projectsPhase } from './projects.js';
import { traceYearEnd } from './trace-sites.js';

/** What the phases carry from one month to the next besides the world. */
export interface TickContext {
  /** Index of the month the next `tick` runs (0 for the first). */
  next: number;
  budget: BudgetPath;
  money: MonthMoney;
  recorder: Recorder;
  /** "YYYY-MM" of each month run so far. */
  dates: string[];
  /** Called after the month's metrics are recorded, before its ledger month closes (tests check invariants). */
  observe?: (w: World) => void;
}

type Phase = readonly [name: string, run: (w: World, ctx: TickContext) => void];

/** The phases of a month, in order. */
export const PHASES: readonly Phase[] = [
  ['calendar', (w, ctx) => calendar(w, ctx)],
  ['shocks', (w) => shocksPhase(w)],
  ['government', (w) => appropriateMonthly(w)],
  ['fireSafety', (w, ctx) => fireSafetyPhase(w, ctx.money)],
  [
    'enterprises',
    (w) => {
      operatePackageAssets(w);
      enterprisePhase(w);
    },
  ],
  ['ngos', (w) => ngoPhase(w)],
  [
    'residents',
    (w) => {
      residentsPhase(w);
      residentMoney(w);
      depositMaintenanceFunds(w);
      for (const c of w.communities) if (c.disputeMonthsLeft > 0) disputeTrustPenalty(w, c);
    },
  ],
  ['projects', (w, ctx) => projectsPhase(w, ctx.money)],
  ['elevators', (w, ctx) => elevatorProgrammePhase(w, ctx.money)],
  ['management', (w) => managementPhase(w)],
  [
    'recovery',
    (w) => {
      recoveryPhase(w);
      applyTrustSpread(w);
      payElevatorMaintenance(w);
    },
  ],
  ['close', (w, ctx) => close(w, ctx)],
];

/**
 * Phase 1: the clock advances to the month, the policy values (expressions of year, month, t) are
 * evaluated for it, the month's money counters reset; then the year's budget and library (January).
 */
function calendar(w: World, ctx: TickContext): void {
  const start = w.scenario.calendar.start;
  const t = ctx.next++;
  const d = tickDate(start, t);
  w.clock.tick = t;
  w.clock.year = d.year;
  w.clock.month = d.month;
  ctx.dates.push(tickLabel(start, t));
  refreshPolicies(w.policies, d.year, d.month, t);
  resetMonthMoney(ctx.money);
  calendarPhase(w, ctx.budget);
}

/**
 * The last phase: the ledger's conservation is checked, the month's metrics recorded, the observer
 * called, then the ledger's month closes and the month's event counters start afresh.
 */
function close(w: World, ctx: TickContext): void {
  const check = w.ledger.checkConservation();
  if (!check.ok) throw new Error(`money not conserved at tick ${w.clock.tick}: ${check.message}`);
  recordTick(w, ctx.recorder, ctx.money);
  if (w.trace !== null) traceYearEnd(w);
  ctx.observe?.(w);
  w.ledger.closeMonth();
  w.month = emptyMonth();
}

/**
 * Before the first month: firms are capitalised (a stock held before the first month, not a month's
 * inflow, so the ledger's month closes on it) and social organisations' teams are assigned.
 */
export function setUp(w: World, observe?: (w: World) => void): TickContext {
  capitaliseEnterprises(w);
  w.ledger.closeMonth();
  assignTeams(w);
  return {
    next: 0,
    budget: { factor: 1 },
    money: newMonthMoney(),
    recorder: newRecorder(w.clock.ticks),
    dates: [],
    ...(observe ? { observe } : {}),
  };
}

/** Run one month: every phase in order. */
export function tick(w: World, ctx: TickContext): void {
  for (const [, run] of PHASES) run(w, ctx);
}
