/**
 * `runOne`: one seeded run of a validated scenario, plain data in and plain data out. The last pure
 * function of the model: workers, the CLI and the browser all call it.
 */
import { capitaliseEnterprises } from '../../agents/enterprise.js';
import { assignTeams } from '../../agents/ngo.js';
import type { Scenario } from '../../scenarios/schema.js';
import { refreshPolicies } from '../world/policies.js';
import {
  type KeyIndicator,
  keyIndicators,
  METRICS,
  newMonthMoney,
  newRecorder,
  recordTick,
  resetMonthMoney,
} from './metrics.js';
import type { World } from '../world/state.js';
import { tick as runTick, type TickContext } from './phases.js';
import { tickDate, tickLabel } from '../kernel/calendar.js';
import { buildWorld, emptyMonth } from './build-world.js';

/** The result of one run. */
export interface RunResult {
  seed: number;
  ticks: number;
  /** "YYYY-MM" of each tick. */
  dates: string[];
  /** Metric names, in the order of `values` rows. */
  metrics: string[];
  /** Metric-major values: values[m × ticks + t]. */
  values: Float64Array;
  indicators: Record<KeyIndicator, number>;
  /** Money totals at the end (fen): sources, uses, balances held. */
  money: { sourcesFen: number; usesFen: number; internalFen: number };
}

/** Options of a run: an observer called after every tick (tests check invariants with it). */
export interface RunOptions {
  onTick?: (w: World) => void;
}

/** Run one seeded simulation of the scenario. */
export function runOne(scenario: Scenario, seed: number, options: RunOptions = {}): RunResult {
  const w = buildWorld(scenario, seed);
  const rec = newRecorder(w.clock.ticks);
  const ctx: TickContext = { budget: { factor: 1 }, money: newMonthMoney() };
  capitaliseEnterprises(w);
  // Firms' starting capital is a stock held before the first month, not a month's inflow.
  w.ledger.closeMonth();
  assignTeams(w);
  const dates: string[] = [];
  for (let t = 0; t < w.clock.ticks; t++) {
    const d = tickDate(scenario.calendar.start, t);
    w.clock.tick = t;
    w.clock.year = d.year;
    w.clock.month = d.month;
    dates.push(tickLabel(scenario.calendar.start, t));
    refreshPolicies(w.policies, d.year, d.month, t);
    resetMonthMoney(ctx.money);
    runTick(w, ctx);
    recordTick(w, rec, ctx.money);
    options.onTick?.(w);
    w.ledger.closeMonth();
    w.month = emptyMonth();
  }
  return {
    seed,
    ticks: w.clock.ticks,
    dates,
    metrics: METRICS.map((m) => m.name),
    values: rec.values,
    indicators: keyIndicators(w, rec),
    money: w.ledger.totals(),
  };
}
