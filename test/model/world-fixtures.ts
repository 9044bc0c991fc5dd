/** Small generated worlds for agent and submodel tests, and the clock moves the calendar phase makes. */
import { type Scenario, type ScenarioInput, ScenarioSchema } from '../../scenarios/schema.js';
import type { World } from '../../sim/world/state.js';
import { tickDate } from '../../sim/kernel/calendar.js';
import { buildWorld, emptyMonth } from '../../sim/model/build-world.js';
import { merge } from './scenario-fixtures.js';

/** Scenario fields to override, merged key by key into the defaults. */
export type Tree = { [k: string]: unknown };

/** A validated scenario: a generated city of `communities` communities with `overrides` merged in. */
export function smallScenario(overrides: Tree | Partial<ScenarioInput> = {}, communities = 30): Scenario {
  const base = {
    name: { en: 'test', zh: '测试' },
    description: { en: 'test', zh: '测试' },
    city: { generate: { communities } },
  };
  return ScenarioSchema.parse(merge(base, overrides));
}

/** The world of {@link smallScenario}, built with `seed`. */
export function smallWorld(overrides: Tree | Partial<ScenarioInput> = {}, seed = 1, communities = 30): World {
  return buildWorld(smallScenario(overrides, communities), seed);
}

/** Set the clock to tick t and reset the month's counters (what the calendar phase does). */
export function at(world: World, t: number): void {
  const d = tickDate(world.scenario.calendar.start, t);
  world.clock.tick = t;
  world.clock.year = d.year;
  world.clock.month = d.month;
  world.month = emptyMonth();
}

/** Put `rmb` from the city budget into the city fund. */
export function fund(world: World, rmb: number): void {
  world.ledger.transfer('src:cityBudget', 'cityFund', rmb);
}
