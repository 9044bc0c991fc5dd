/** Small worlds for the residents' tests. */
import { type ScenarioInput, ScenarioSchema } from '../../scenarios/schema.js';
import type { Community, World } from '../../sim/state.js';
import { buildWorld } from '../../sim/world.js';
import { startConsultation } from '../../agents/resident.js';

type Tree = { [k: string]: unknown };

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const old = out[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old)
        ? merge(old as Tree, v as Tree)
        : v;
  }
  return out;
}

/** A scenario of `communities` generated communities with the given overrides. */
export function smallScenario(overrides: Tree = {}, communities = 30) {
  const base: Tree = {
    name: { en: 'test', zh: '测试' },
    description: { en: 'test', zh: '测试' },
    city: { generate: { communities } },
  };
  return ScenarioSchema.parse(merge(base, overrides) as ScenarioInput);
}

/** A world of the scenario. */
export function smallWorld(overrides: Tree = {}, seed = 1, communities = 30): World {
  return buildWorld(smallScenario(overrides, communities), seed);
}

/** Put community c in consultation on a plan with every item (elevators as already marked). */
export function openConsultation(world: World, c: Community): void {
  c.state = 'consultation';
  c.stateSince = world.clock.tick;
  c.plan = {
    items: world.items.map((_, i) => i),
    residentShare: world.scenario.renovation.residentCostShare,
    groundCompensationRmb: 0,
    round: 1,
    revisions: 0,
    approved: false,
  };
  startConsultation(world, c);
}

/** Mean of a typed array over [start, end). */
export function mean(a: ArrayLike<number>, start = 0, end = a.length): number {
  let s = 0;
  for (let i = start; i < end; i++) s += a[i];
  return end > start ? s / (end - start) : 0;
}
