import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../scenarios/load.js';
import { localizedMessage } from '../../scenarios/messages.js';
import { parameterLeaves } from '../../scenarios/params-schema.js';
import { POLICY_BOUNDS, type PolicyPath } from '../../scenarios/policy-bounds.js';
import { ScenarioSchema } from '../../scenarios/schema.js';
import { compilePolicies, refreshPolicies } from '../../sim/world/policies.js';

const base = loadScenarioFile('scenarios/demo-small.yaml').scenario;
const PATHS = Object.keys(POLICY_BOUNDS) as PolicyPath[];

/** A copy of `s` with `value` written at the dotted `path`. */
function withValue<T>(s: T, path: string, value: unknown): T {
  const copy = structuredClone(s);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
  return copy;
}

/** The error `refreshPolicies` throws at (year, month, t), or undefined. */
function refreshError(s: typeof base, year: number, month: number, t: number): unknown {
  const p = compilePolicies(s);
  try {
    refreshPolicies(p, year, month, t);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('policy values at run time', () => {
  const scenario = withValue(
    base,
    'government.householdSubsidy.rmbPerHousehold',
    '20000 - 10000 * (year - 2024)',
  );

  it('evaluates expressions each tick and refuses a result out of bounds, in English and Chinese', () => {
    const p = compilePolicies(scenario);
    refreshPolicies(p, 2025, 1, 6);
    expect(p.now.householdSubsidyRmb).toBe(10_000);
    const err = refreshError(scenario, 2027, 3, 32);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe(
      'policy government.householdSubsidy.rmbPerHousehold = "20000 - 10000 * (year - 2024)" gives -10000 at 2027-03; expected 0..200000',
    );
    expect(localizedMessage(err, 'zh')).toBe(
      '政策 government.householdSubsidy.rmbPerHousehold = "20000 - 10000 * (year - 2024)" 在 2027-03 的取值为 -10000，应在 0 到 200000 之间',
    );
  });

  it.each(PATHS)('an expression result out of bounds at %s names that path of the scenario file', (path) => {
    const { min, max } = POLICY_BOUNDS[path];
    const at = (source: string) => refreshError(withValue(base, path, source), 2025, 1, 6);
    expect(at(`${max}`)).toBeUndefined();
    expect(at(`${min}`)).toBeUndefined();
    const err = at(`${max} + 1`);
    expect((err as Error).message).toBe(
      `policy ${path} = "${max} + 1" gives ${max + 1} at 2025-01; expected ${min}..${max}`,
    );
  });
});

describe('policy bounds: one source for the schema and the run-time check', () => {
  it('are exactly the policy fields of the scenario schema, with the bounds its tables print', () => {
    const policies = parameterLeaves().filter((l) =>
      l.boundsText.endsWith(', or an expression of year, month, t'),
    );
    expect(policies.map((l) => l.path)).toEqual(PATHS);
    for (const leaf of policies) {
      const { min, max } = POLICY_BOUNDS[leaf.path as PolicyPath];
      expect(leaf.boundsText).toMatch(new RegExp(`^${min}\\.\\.${max.toLocaleString('en-US')},`));
    }
  });

  it.each(PATHS)('a number at %s is checked at load time against the same bounds', (path) => {
    const { min, max } = POLICY_BOUNDS[path];
    expect(ScenarioSchema.safeParse(withValue(base, path, max)).success).toBe(true);
    expect(ScenarioSchema.safeParse(withValue(base, path, min)).success).toBe(true);
    const over = ScenarioSchema.safeParse(withValue(base, path, max + 1));
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });
});
