/** Shared set-ups of the validation tests: a one-community world on a complete graph. */
import { type ScenarioInput, ScenarioSchema } from '../../scenarios/schema.js';
import type { World } from '../../sim/world/state.js';
import { buildWorld } from '../../sim/model/build-world.js';

/**
 * A world of one community of `n` households whose ties form a complete graph (everyone is tied to
 * everyone else: the well-mixed population of the classic models), every household aware of the
 * plan. `residents` overrides the scenario's residents block.
 */
export function completeGraphWorld(n: number, seed: number, residents: ScenarioInput['residents']): World {
  const scenario = ScenarioSchema.parse({
    name: { en: 'validation', zh: '验证' },
    description: { en: 'validation', zh: '验证' },
    city: { generate: { communities: 1, householdsPerCommunity: { mean: n, sd: 0 } } },
    residents,
  });
  const w = buildWorld(scenario, seed);
  const hh = w.households;
  const count = hh.count;
  const start = new Int32Array(count + 1);
  const idx = new Int32Array(count * (count - 1));
  let k = 0;
  for (let i = 0; i < count; i++) {
    start[i] = k;
    for (let j = 0; j < count; j++) if (j !== i) idx[k++] = j;
  }
  start[count] = k;
  hh.tieStart = start;
  hh.tieIdx = idx;
  hh.aware.fill(1);
  hh.leader.fill(0);
  w.communities[0].hasPlanner = false;
  return w;
}

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
