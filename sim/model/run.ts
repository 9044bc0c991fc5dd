/**
 * `runOne`: one seeded run of a validated scenario, plain data in and plain data out. The last pure
 * function of the model: workers, the CLI and the browser all call it.
 */
import type { Scenario } from '../../scenarios/schema.js';
import type { World } from '../world/state.js';
import { newTraceLog, type TraceEvent, type TraceOptions } from '../world/trace.js';
import { buildWorld } from './build-world.js';
import { keyIndicators } from './indicators.js';
import { type KeyIndicator, METRICS } from './metrics.js';
import { setUp, tick } from './phases.js';
import { type StalledCommunity, stalledCommunities } from './trace.js';

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
  /** The event log, in order of occurrence (only when `options.trace` was given). */
  events?: TraceEvent[];
  /** Communities that never completed, where and why they stopped (only when `options.trace` was given). */
  stalled?: StalledCommunity[];
  /** Communities pending at the start, not renovated before it (only when `options.trace` was given). */
  pending?: number;
}

/** Options of a run: an observer called after every month's metrics are recorded (tests check invariants with it). */
export interface RunOptions {
  onTick?: (w: World) => void;
  /** Log events (sim/world/trace.ts) of every community, or of `trace.communities`; off when absent. */
  trace?: TraceOptions;
}

/** Run one seeded simulation of the scenario. */
export function runOne(scenario: Scenario, seed: number, options: RunOptions = {}): RunResult {
  const steps = runSteps(scenario, seed, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same run as {@link runOne}, pausing after the world is built and after every month, so a
 * caller on the main thread can give the event loop a turn (signals) or stop between months.
 */
export function* runSteps(
  scenario: Scenario,
  seed: number,
  options: RunOptions = {},
): Generator<void, RunResult> {
  const w = buildWorld(scenario, seed);
  if (options.trace) w.trace = newTraceLog(w.communities.length, scenario.calendar.start, options.trace);
  yield;
  const ctx = setUp(w, options.onTick);
  for (let t = 0; t < w.clock.ticks; t++) {
    tick(w, ctx);
    yield;
  }
  const result: RunResult = {
    seed,
    ticks: w.clock.ticks,
    dates: ctx.dates,
    metrics: METRICS.map((m) => m.name),
    values: ctx.recorder.values,
    indicators: keyIndicators(w, ctx.recorder),
    money: w.ledger.totals(),
  };
  if (w.trace) {
    result.events = w.trace.events;
    result.stalled = stalledCommunities(w, w.trace.events);
    result.pending = w.communities.filter((c) => !c.renovatedAtStart).length;
  }
  return result;
}
