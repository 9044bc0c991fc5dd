/**
 * The communities of a city before its households exist: listed ones as the scenario gives them,
 * generated ones drawn from the run's world stream, sizes rescaled to the city's household total.
 * Part of world construction (build-world.ts), in the same draw order.
 */
import type { Scenario } from '../../scenarios/schema.js';
import { COMPONENTS } from '../../scenarios/components.js';
import { clip } from '../kernel/math.js';
import type { Rng } from '../kernel/rng.js';

/** A community as the scenario lists or generates it, before its households exist. */
export interface CommunitySpec {
  name: string;
  district: string;
  households: number;
  unitCount: number;
  storeys: number;
  buildYear: number;
  renovated: boolean;
  condition: number[];
  floodExposure: number;
  siteAreaM2: number;
}

/** The city's communities: listed ones as given, generated ones drawn from the run's world stream. */
export function communitySpecs(s: Scenario, rng: Rng): CommunitySpec[] {
  const listed = s.city.communities;
  const hpf = s.city.generate.householdsPerFloorPerUnit;
  if (listed) {
    return listed.map((c) => ({
      name: c.name,
      district: c.district,
      households: c.households,
      unitCount: c.buildingUnits,
      storeys: c.storeys,
      buildYear: c.buildYear,
      renovated: c.renovated,
      condition: COMPONENTS.map((k) => c.condition[k]),
      floodExposure: c.floodExposure,
      siteAreaM2: c.siteAreaM2,
    }));
  }
  const g = s.city.generate;
  const specs: CommunitySpec[] = [];
  for (let i = 0; i < g.communities; i++) {
    const households = Math.round(
      clip(rng.normal(g.householdsPerCommunity.mean, g.householdsPerCommunity.sd), 4, 5000),
    );
    const storeys = g.storeys.min + rng.int(g.storeys.max - g.storeys.min + 1);
    const unitCount = Math.max(1, Math.round(households / (storeys * hpf)));
    const base = clip(rng.normal(g.condition.mean, g.condition.sd), 0.05, 1);
    specs.push({
      name: `C${String(i + 1).padStart(4, '0')}`,
      district: g.districts[i % g.districts.length],
      households,
      unitCount,
      storeys,
      buildYear: Math.round(rng.uniform(g.buildYear.min, g.buildYear.max)),
      renovated: rng.chance(g.alreadyRenovatedShare),
      condition: COMPONENTS.map(() => clip(base + rng.normal(0, 0.08), 0.02, 1)),
      floodExposure: clip(rng.normal(g.floodExposure.mean, g.floodExposure.sd), 0, 1),
      siteAreaM2: households * g.siteAreaM2PerHousehold,
    });
  }
  if (g.totalHouseholds !== undefined) rescaleHouseholds(specs, g.totalHouseholds, hpf);
  return specs;
}

/** Rescale community sizes to sum exactly to `target` (largest remainder), keeping each ≥ 1. */
function rescaleHouseholds(specs: CommunitySpec[], target: number, hpf: number): void {
  // Every community keeps at least one household, so fewer households than communities cannot be
  // met; the loader refuses such scenarios, and this guard stops the loop below from running forever.
  if (target < specs.length) {
    throw new Error(
      `cannot build the world: ${target} households cannot fill ${specs.length} communities (at least 1 each)`,
    );
  }
  const sum = specs.reduce((a, c) => a + c.households, 0);
  const raw = specs.map((c) => (c.households * target) / sum);
  const base = raw.map((x) => Math.max(1, Math.floor(x)));
  let left = target - base.reduce((a, b) => a + b, 0);
  const order = raw
    .map((_x, i) => i)
    .sort((a, b) => raw[b] - Math.floor(raw[b]) - (raw[a] - Math.floor(raw[a])) || a - b);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) base[order[k]]++;
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    if (base[order[k]] > 1) {
      base[order[k]]--;
      left++;
    }
  }
  specs.forEach((c, i) => {
    c.households = base[i];
    c.unitCount = Math.max(1, Math.round(base[i] / (c.storeys * hpf)));
  });
}
