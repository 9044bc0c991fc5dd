import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type Scenario, ScenarioSchema } from '../../scenarios/schema.js';

type Patch = { [k: string]: unknown };

/** `patch` merged into `base` key by key, recursively (arrays and values replace). */
export function merge(base: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = { ...((base as Record<string, unknown>) ?? {}) };
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = merge(out[k], v);
  return out;
}

/** demo-small with a deep patch applied, validated. */
export function demoSmall(patch: Patch = {}): Scenario {
  const raw = parse(readFileSync('scenarios/demo-small.yaml', 'utf8')) as unknown;
  return ScenarioSchema.parse(merge(raw, patch));
}

/** A shipped scenario, validated. */
export function shipped(name: string): Scenario {
  return ScenarioSchema.parse(parse(readFileSync(`scenarios/${name}.yaml`, 'utf8')));
}

/** Mean of an array. */
export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** The 20 seeds the direction checks use. */
export const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i);
