/** Small generated worlds for agent and submodel tests, and the clock moves the calendar phase makes. */
import { type ScenarioInput, ScenarioSchema } from '../../scenarios/schema.js';
import type { World } from '../../sim/state.js';
import { buildWorld, emptyMonth, tickDate } from '../../sim/world.js';

/** A generated city of `communities` communities with `extra` scenario fields, built with `seed`. */
export function smallWorld(extra: Partial<ScenarioInput> = {}, seed = 1, communities = 30): World {
  const s = ScenarioSchema.parse({
    name: { en: 'test', zh: '测试' },
    description: { en: 'test', zh: '测试' },
    city: { generate: { communities } },
    ...extra,
  });
  return buildWorld(s, seed);
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
