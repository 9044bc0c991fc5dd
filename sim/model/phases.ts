/**
 * The monthly tick: the eight phases of MODEL.md §3, listed once, in order. Who acts first is a
 * modelling assumption, and this list is the only place it is stated in code.
 */
import { payElevatorMaintenance } from '../../agents/community-fund.js';
import { enterprisePhase } from '../../agents/enterprise.js';
import { appropriateMonthly, type BudgetPath, calendarPhase } from '../../agents/government.js';
import { recoveryPhase, shocksPhase } from '../../agents/hazards.js';
import { ngoPhase } from '../../agents/ngo.js';
import {
  applyTrustSpread,
  disputeTrustPenalty,
  residentMoney,
  residentsPhase,
} from '../../agents/resident.js';
import type { MonthMoney } from './metrics.js';
import { projectsPhase } from './projects.js';
import type { World } from '../world/state.js';

/** What a phase may carry from one tick to the next besides the world. */
export interface TickContext {
  budget: BudgetPath;
  money: MonthMoney;
}

type Phase = readonly [name: string, run: (w: World, ctx: TickContext) => void];

/** The phases of a month, in order. */
export const PHASES: readonly Phase[] = [
  ['calendar', (w, ctx) => calendarPhase(w, ctx.budget)],
  ['shocks', (w) => shocksPhase(w)],
  ['government', (w) => appropriateMonthly(w)],
  ['enterprises', (w) => enterprisePhase(w)],
  ['ngos', (w) => ngoPhase(w)],
  [
    'residents',
    (w) => {
      residentsPhase(w);
      residentMoney(w);
      for (const c of w.communities) if (c.disputeMonthsLeft > 0) disputeTrustPenalty(w, c);
    },
  ],
  ['projects', (w, ctx) => projectsPhase(w, ctx.money)],
  ['recovery', (w) => recoveryAndBookkeeping(w)],
];

/**
 * Phase 8 without the metrics: recovery, the month's demonstration effect on trust, elevator
 * maintenance (community fund first, then residents), ledger check.
 */
function recoveryAndBookkeeping(w: World): void {
  recoveryPhase(w);
  applyTrustSpread(w);
  payElevatorMaintenance(w);
  const check = w.ledger.checkConservation();
  if (!check.ok) throw new Error(`money not conserved at tick ${w.clock.tick}: ${check.message}`);
}

/** Run one month: every phase in order. */
export function tick(w: World, ctx: TickContext): void {
  for (const [, run] of PHASES) run(w, ctx);
}
